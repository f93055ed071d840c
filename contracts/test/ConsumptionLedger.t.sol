// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICompensationTable} from "../src/interfaces/ICompensationTable.sol";
import {IConsumptionLedger} from "../src/interfaces/IConsumptionLedger.sol";
import {IDisputeSubject} from "../src/interfaces/IDisputeSubject.sol";
import {IPeriodClock} from "../src/interfaces/IPeriodClock.sol";
import {ConsumptionLedger} from "../src/network/ConsumptionLedger.sol";
import {OperationsFixture} from "./utils/OperationsFixture.sol";

contract ConsumptionLedgerTest is OperationsFixture {
    address internal outsider = makeAddr("outsider");
    address internal operatorB = makeAddr("operatorB");
    uint256 internal subject;

    function setUp() public override {
        super.setUp();
        _makeOperator(operatorB);
        subject = consumption.subjectIdOf(operator, 0);
    }

    function _state(address operator_, uint256 period) internal view returns (IConsumptionLedger.RecordState) {
        return consumption.recordOf(operator_, period).state;
    }

    function _openDispute() internal {
        vm.warp(_reviewStart(0));
        vm.prank(court);
        consumption.onDisputeOpened(subject, operator);
    }

    function _rule(IDisputeSubject.Ruling ruling) internal {
        vm.prank(court);
        consumption.onDisputeResolved(subject, ruling);
    }

    /*//////////////////////////////////////////////////////////////
                               CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    function test_constructor_zeroAddress_reverts() public {
        vm.expectRevert(IConsumptionLedger.ConsumptionZeroAddress.selector);
        new ConsumptionLedger(participants, table, address(0));
        vm.expectRevert(IConsumptionLedger.ConsumptionZeroAddress.selector);
        new ConsumptionLedger(participants, ICompensationTable(address(0)), court);
    }

    /*//////////////////////////////////////////////////////////////
                                  RECORD
    //////////////////////////////////////////////////////////////*/

    function test_recordConsumption_outsider_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IConsumptionLedger.ConsumptionNotFeeder.selector, outsider));
        consumption.recordConsumption(operator, 0, 10);
    }

    function test_recordConsumption_notOperator_reverts() public {
        vm.prank(feeder);
        vm.expectRevert(abi.encodeWithSelector(IConsumptionLedger.ConsumptionNotOperator.selector, outsider));
        consumption.recordConsumption(outsider, 0, 10);
    }

    function test_recordConsumption_tooLarge_reverts() public {
        vm.prank(feeder);
        vm.expectRevert(abi.encodeWithSelector(IConsumptionLedger.ConsumptionOutOfRange.selector, 1e12 + 1, 1e12));
        consumption.recordConsumption(operator, 0, 1e12 + 1);
    }

    function test_recordConsumption_outsideFactWindow_reverts() public {
        vm.prank(feeder);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsumptionLedger.ConsumptionOutsideFactWindow.selector, 1, uint8(IPeriodClock.PeriodPhase.Upcoming)
            )
        );
        consumption.recordConsumption(operator, 1, 10);
        vm.warp(_reviewStart(0));
        vm.prank(feeder);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsumptionLedger.ConsumptionOutsideFactWindow.selector, 0, uint8(IPeriodClock.PeriodPhase.Review)
            )
        );
        consumption.recordConsumption(operator, 0, 10);
    }

    function test_recordConsumption_inGrace_counts() public {
        vm.warp(_periodStart(1));
        _recordConsumption(operator, 0, 10);
        assertEq(table.periodTotals(0).consumption, 10);
    }

    function test_recordConsumption_twice_reverts() public {
        _recordConsumption(operator, 0, 10);
        vm.prank(feeder);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsumptionLedger.ConsumptionWrongState.selector, operator, 0, IConsumptionLedger.RecordState.Recorded
            )
        );
        consumption.recordConsumption(operator, 0, 12);
    }

    function test_recordConsumption_firstTime_recordsAndCounts() public {
        vm.expectEmit(address(consumption));
        emit IConsumptionLedger.ConsumptionRecorded(operator, 0, feeder, 10, false);
        _recordConsumption(operator, 0, 10);
        IConsumptionLedger.ConsumptionRecord memory record = consumption.recordOf(operator, 0);
        assertEq(record.feeder, feeder);
        assertEq(record.consumption, 10);
        assertEq(uint8(record.state), uint8(IConsumptionLedger.RecordState.Recorded));
        (bool counted, uint256 gb) = consumption.countedConsumption(operator, 0);
        assertTrue(counted);
        assertEq(gb, 10);
        assertEq(table.periodTotals(0).consumption, 10);
    }

    /*//////////////////////////////////////////////////////////////
                                 VALIDATE
    //////////////////////////////////////////////////////////////*/

    function test_validateConsumption_nothingRecorded_reverts() public {
        vm.prank(operator);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsumptionLedger.ConsumptionWrongState.selector, operator, 0, IConsumptionLedger.RecordState.None
            )
        );
        consumption.validateConsumption(0);
    }

    function test_validateConsumption_afterReview_reverts() public {
        _recordConsumption(operator, 0, 10);
        vm.warp(_closableAt(0));
        vm.prank(operator);
        vm.expectRevert(
            abi.encodeWithSelector(
                IConsumptionLedger.ConsumptionReviewOver.selector, 0, uint8(IPeriodClock.PeriodPhase.Closable)
            )
        );
        consumption.validateConsumption(0);
    }

    function test_validateConsumption_byOperator_marksValidated() public {
        _recordConsumption(operator, 0, 10);
        vm.warp(_reviewStart(0));
        vm.expectEmit(address(consumption));
        emit IConsumptionLedger.ConsumptionValidated(operator, 0);
        vm.prank(operator);
        consumption.validateConsumption(0);
        assertEq(uint8(_state(operator, 0)), uint8(IConsumptionLedger.RecordState.Validated));
        vm.prank(operator);
        vm.expectPartialRevert(IConsumptionLedger.ConsumptionWrongState.selector);
        consumption.validateConsumption(0);
    }

    /*//////////////////////////////////////////////////////////////
                                 DISPUTES
    //////////////////////////////////////////////////////////////*/

    function test_onDisputeOpened_outsider_reverts() public {
        _recordConsumption(operator, 0, 10);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IConsumptionLedger.ConsumptionUnauthorizedCaller.selector, outsider));
        consumption.onDisputeOpened(subject, operator);
    }

    function test_onDisputeOpened_notTheOperator_reverts() public {
        _recordConsumption(operator, 0, 10);
        vm.prank(court);
        vm.expectRevert(
            abi.encodeWithSelector(IConsumptionLedger.ConsumptionNotRecordOperator.selector, operatorB, operator)
        );
        consumption.onDisputeOpened(subject, operatorB);
    }

    function test_onDisputeOpened_nothingRecorded_reverts() public {
        vm.prank(court);
        vm.expectPartialRevert(IConsumptionLedger.ConsumptionWrongState.selector);
        consumption.onDisputeOpened(subject, operator);
    }

    function test_onDisputeOpened_afterReview_reverts() public {
        _recordConsumption(operator, 0, 10);
        vm.warp(_closableAt(0));
        vm.prank(court);
        vm.expectPartialRevert(IConsumptionLedger.ConsumptionReviewOver.selector);
        consumption.onDisputeOpened(subject, operator);
    }

    function test_onDisputeOpened_validatedRecord_reverts() public {
        _recordConsumption(operator, 0, 10);
        vm.prank(operator);
        consumption.validateConsumption(0);
        vm.prank(court);
        vm.expectPartialRevert(IConsumptionLedger.ConsumptionWrongState.selector);
        consumption.onDisputeOpened(subject, operator);
    }

    function test_onDisputeOpened_byOperator_withholdsAndNamesFeeder() public {
        _recordConsumption(operator, 0, 10);
        vm.warp(_reviewStart(0));
        vm.expectEmit(address(consumption));
        emit IConsumptionLedger.ConsumptionDisputed(operator, 0, subject);
        vm.prank(court);
        (address respondent, bool exempt) = consumption.onDisputeOpened(subject, operator);
        assertEq(respondent, feeder);
        assertTrue(exempt);
        assertEq(uint8(_state(operator, 0)), uint8(IConsumptionLedger.RecordState.Disputed));
        (bool counted,) = consumption.countedConsumption(operator, 0);
        assertFalse(counted);
        assertEq(table.periodTotals(0).consumption, 0);
    }

    function test_onDisputeResolved_outsider_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(IConsumptionLedger.ConsumptionUnauthorizedCaller.selector, outsider));
        consumption.onDisputeResolved(subject, IDisputeSubject.Ruling.Tie);
    }

    function test_onDisputeResolved_notDisputed_reverts() public {
        _recordConsumption(operator, 0, 10);
        vm.prank(court);
        vm.expectPartialRevert(IConsumptionLedger.ConsumptionWrongState.selector);
        consumption.onDisputeResolved(subject, IDisputeSubject.Ruling.Tie);
    }

    function test_onDisputeResolved_feederWins_validatesAndCounts() public {
        _recordConsumption(operator, 0, 10);
        _openDispute();
        vm.expectEmit(address(consumption));
        emit IConsumptionLedger.ConsumptionRuled(
            operator, 0, IDisputeSubject.Ruling.ForRespondent, IConsumptionLedger.RecordState.Validated, false
        );
        _rule(IDisputeSubject.Ruling.ForRespondent);
        assertEq(uint8(_state(operator, 0)), uint8(IConsumptionLedger.RecordState.Validated));
        assertEq(table.periodTotals(0).consumption, 10);
    }

    /// A tie leaves the feeder's record standing: the operator brought no proof that it is wrong.
    function test_onDisputeResolved_tie_validatesAndCounts() public {
        _recordConsumption(operator, 0, 10);
        _openDispute();
        _rule(IDisputeSubject.Ruling.Tie);
        assertEq(uint8(_state(operator, 0)), uint8(IConsumptionLedger.RecordState.Validated));
        assertEq(table.periodTotals(0).consumption, 10);
    }

    function test_onDisputeResolved_operatorWins_voidsSoFeederRecordsAgain() public {
        _recordConsumption(operator, 0, 10);
        _openDispute();
        _rule(IDisputeSubject.Ruling.ForOpener);
        assertEq(uint8(_state(operator, 0)), uint8(IConsumptionLedger.RecordState.Voided));
        assertEq(table.periodTotals(0).consumption, 0);
        _recordConsumption(operator, 0, 7);
        assertEq(uint8(_state(operator, 0)), uint8(IConsumptionLedger.RecordState.Recorded));
        assertEq(table.periodTotals(0).consumption, 7);
        vm.prank(court);
        consumption.onDisputeOpened(subject, operator);
        assertEq(table.periodTotals(0).consumption, 0, "a record made again in review can be disputed again");
    }

    /// Exclusion never erases a debt: consumption in dispute at close joins the period running at the ruling.
    function test_onDisputeResolved_afterClose_carriesDebtForward() public {
        _recordConsumption(operator, 0, 10);
        _recordConsumption(operatorB, 0, 10);
        vm.prank(expenseLedger);
        table.creditExpense(operatorB, 0, 100e6);
        _openDispute();
        _closeThrough(0);
        assertEq(table.netPositionOf(operator, 0), 0);
        assertEq(table.netPositionOf(operatorB, 0), -2e6, "alone in the period, operatorB pays the fee");
        _rule(IDisputeSubject.Ruling.ForRespondent);
        IConsumptionLedger.ConsumptionRecord memory record = consumption.recordOf(operator, 0);
        assertTrue(record.carried);
        (bool counted,) = consumption.countedConsumption(operator, 0);
        assertFalse(counted, "it no longer counts in its own, closed period");
        uint256 current = table.currentPeriod();
        (,,, uint256 carried) = table.entryOf(operator, current);
        assertEq(carried, 10);
        assertEq(table.periodTotals(current).consumption, 10);
    }

    /// After close, a voided record made again counts in the running period and is final.
    function test_recordConsumption_againAfterClose_carriedAndFinal() public {
        _recordConsumption(operator, 0, 10);
        _openDispute();
        _closeThrough(0);
        _rule(IDisputeSubject.Ruling.ForOpener);
        vm.expectEmit(address(consumption));
        emit IConsumptionLedger.ConsumptionRecorded(operator, 0, feeder, 8, true);
        _recordConsumption(operator, 0, 8);
        assertEq(table.periodTotals(table.currentPeriod()).consumption, 8);
        vm.prank(court);
        vm.expectPartialRevert(IConsumptionLedger.ConsumptionReviewOver.selector);
        consumption.onDisputeOpened(subject, operator);
    }

    /*//////////////////////////////////////////////////////////////
                               SUBJECT IDS
    //////////////////////////////////////////////////////////////*/

    function test_subjectIdOf_roundTrips() public view {
        (address operator_, uint256 period) = consumption.recordOfSubject(consumption.subjectIdOf(operatorB, 42));
        assertEq(operator_, operatorB);
        assertEq(period, 42);
    }

    function test_subjectIdOf_outOfRange_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IConsumptionLedger.ConsumptionPeriodOutOfRange.selector, 1 << 96));
        consumption.subjectIdOf(operator, 1 << 96);
    }
}
