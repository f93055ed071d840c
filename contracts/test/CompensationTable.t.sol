// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICompensationTable} from "../src/interfaces/ICompensationTable.sol";
import {IConsumptionLedger} from "../src/interfaces/IConsumptionLedger.sol";
import {IDisputeSubject} from "../src/interfaces/IDisputeSubject.sol";
import {IPeriodClock} from "../src/interfaces/IPeriodClock.sol";
import {CompensationTable} from "../src/network/CompensationTable.sol";
import {OperationsFixture} from "./utils/OperationsFixture.sol";

contract CompensationTableTest is OperationsFixture {
    address internal operatorB = makeAddr("operatorB");
    address internal investor = makeAddr("investor");
    address internal outsider = makeAddr("outsider");

    function setUp() public override {
        super.setUp();
        _makeOperator(operatorB);
    }

    /// Period 0: operator 100 GB with 400 € of expenses, operatorB 300 GB, an investor with 1,000 €; fee 2% = 28 €.
    /// Shares of 1,428 €: operator 357, operatorB 1,071. Nets: operator +43, operatorB −1,071, investor +1,000,
    /// platform +28.
    function _standardPeriod() internal {
        _recordConsumption(operator, 0, 100);
        _recordConsumption(operatorB, 0, 300);
        _credit(operator, 0, 400e6);
        _credit(investor, 0, 1000e6);
    }

    function _closedStandardPeriod() internal {
        _standardPeriod();
        _closeThrough(0);
    }

    /*//////////////////////////////////////////////////////////////
                               CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    function test_constructor_zeroAddress_reverts() public {
        vm.expectRevert(ICompensationTable.CompensationZeroAddress.selector);
        new CompensationTable(participants, euro, address(0), consumption, platformAccount, _parameters());
        vm.expectRevert(ICompensationTable.CompensationZeroAddress.selector);
        new CompensationTable(participants, euro, expenseLedger, consumption, address(0), _parameters());
    }

    function test_constructor_periodLengthOutOfRange_reverts() public {
        ICompensationTable.Parameters memory parameters = _parameters();
        parameters.periodLength = 93 days;
        vm.expectRevert(
            abi.encodeWithSelector(
                ICompensationTable.CompensationParameterOutOfRange.selector, "periodLength", 93 days, 1 days, 92 days
            )
        );
        new CompensationTable(participants, euro, expenseLedger, consumption, platformAccount, parameters);
        parameters.periodLength = 1 days - 1;
        vm.expectPartialRevert(ICompensationTable.CompensationParameterOutOfRange.selector);
        new CompensationTable(participants, euro, expenseLedger, consumption, platformAccount, parameters);
    }

    function test_constructor_windowsAndFeeOutOfRange_revert() public {
        ICompensationTable.Parameters memory parameters = _parameters();
        parameters.graceWindow = 32 days;
        vm.expectPartialRevert(ICompensationTable.CompensationParameterOutOfRange.selector);
        new CompensationTable(participants, euro, expenseLedger, consumption, platformAccount, parameters);
        parameters = _parameters();
        parameters.reviewWindow = 0;
        vm.expectPartialRevert(ICompensationTable.CompensationParameterOutOfRange.selector);
        new CompensationTable(participants, euro, expenseLedger, consumption, platformAccount, parameters);
        parameters = _parameters();
        parameters.recordingWindow = 59 minutes;
        vm.expectPartialRevert(ICompensationTable.CompensationParameterOutOfRange.selector);
        new CompensationTable(participants, euro, expenseLedger, consumption, platformAccount, parameters);
        parameters = _parameters();
        parameters.platformFeeBps = 1001;
        vm.expectPartialRevert(ICompensationTable.CompensationParameterOutOfRange.selector);
        new CompensationTable(participants, euro, expenseLedger, consumption, platformAccount, parameters);
        parameters = _parameters();
        parameters.genesis = block.timestamp + 367 days;
        vm.expectPartialRevert(ICompensationTable.CompensationParameterOutOfRange.selector);
        new CompensationTable(participants, euro, expenseLedger, consumption, platformAccount, parameters);
    }

    function test_constructor_parameters_returned() public view {
        assertEq(table.genesis(), genesisTime);
        assertEq(table.periodLength(), PERIOD);
        assertEq(table.graceWindow(), GRACE);
        assertEq(table.reviewWindow(), REVIEW);
        assertEq(table.recordingWindow(), RECORDING);
        assertEq(table.platformFeeBps(), FEE_BPS);
        assertEq(table.platform(), platformAccount);
        assertEq(address(table.settlementToken()), address(euro));
        assertEq(table.nextPeriodToClose(), 0);
    }

    /*//////////////////////////////////////////////////////////////
                                  CLOCK
    //////////////////////////////////////////////////////////////*/

    function test_currentPeriod_beforeGenesis_reverts() public {
        ICompensationTable.Parameters memory parameters = _parameters();
        parameters.genesis = block.timestamp + 1 days;
        CompensationTable later =
            new CompensationTable(participants, euro, expenseLedger, consumption, platformAccount, parameters);
        vm.expectRevert(
            abi.encodeWithSelector(ICompensationTable.CompensationBeforeGenesis.selector, block.timestamp + 1 days)
        );
        later.currentPeriod();
    }

    function test_currentPeriod_countsWholePeriods() public {
        assertEq(table.currentPeriod(), 0);
        vm.warp(_periodStart(3) - 1);
        assertEq(table.currentPeriod(), 2);
        vm.warp(_periodStart(3));
        assertEq(table.currentPeriod(), 3);
    }

    function test_phaseOf_walksEveryPhase() public {
        assertEq(uint8(table.phaseOf(1)), uint8(IPeriodClock.PeriodPhase.Upcoming));
        assertEq(uint8(table.phaseOf(0)), uint8(IPeriodClock.PeriodPhase.Running));
        vm.warp(_periodStart(1));
        assertEq(uint8(table.phaseOf(0)), uint8(IPeriodClock.PeriodPhase.Grace));
        vm.warp(_reviewStart(0));
        assertEq(uint8(table.phaseOf(0)), uint8(IPeriodClock.PeriodPhase.Review));
        vm.warp(_closableAt(0));
        assertEq(uint8(table.phaseOf(0)), uint8(IPeriodClock.PeriodPhase.Closable));
        table.close(0);
        assertEq(uint8(table.phaseOf(0)), uint8(IPeriodClock.PeriodPhase.Closed));
        assertEq(uint8(table.phaseOf(type(uint256).max)), uint8(IPeriodClock.PeriodPhase.Upcoming));
    }

    /*//////////////////////////////////////////////////////////////
                              CREDIT EXPENSE
    //////////////////////////////////////////////////////////////*/

    function test_creditExpense_outsider_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationUnauthorizedCaller.selector, outsider));
        table.creditExpense(investor, 0, 1e6);
    }

    function test_creditExpense_amountOutOfRange_reverts() public {
        vm.startPrank(expenseLedger);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationAmountOutOfRange.selector, 0, 1e15));
        table.creditExpense(investor, 0, 0);
        vm.expectRevert(
            abi.encodeWithSelector(ICompensationTable.CompensationAmountOutOfRange.selector, 1e15 + 1, 1e15)
        );
        table.creditExpense(investor, 0, 1e15 + 1);
        vm.stopPrank();
    }

    function test_creditExpense_upcomingPeriod_reverts() public {
        vm.prank(expenseLedger);
        vm.expectRevert(
            abi.encodeWithSelector(
                ICompensationTable.CompensationPeriodNotOpen.selector, 1, IPeriodClock.PeriodPhase.Upcoming
            )
        );
        table.creditExpense(investor, 1, 1e6);
    }

    function test_creditExpense_closedPeriod_reverts() public {
        _closeThrough(0);
        vm.prank(expenseLedger);
        vm.expectRevert(
            abi.encodeWithSelector(
                ICompensationTable.CompensationPeriodNotOpen.selector, 0, IPeriodClock.PeriodPhase.Closed
            )
        );
        table.creditExpense(investor, 0, 1e6);
    }

    function test_creditExpense_roleWithoutConsumption_countsAtOnce() public {
        vm.expectEmit(address(table));
        emit ICompensationTable.ExpenseCredited(investor, 0, 5e6, true);
        _credit(investor, 0, 5e6);
        (uint256 counted, uint256 waiting,,) = table.entryOf(investor, 0);
        assertEq(counted, 5e6);
        assertEq(waiting, 0);
        assertEq(table.periodTotals(0).expenses, 5e6);
    }

    function test_creditExpense_operatorWithoutConsumption_waits() public {
        vm.expectEmit(address(table));
        emit ICompensationTable.ExpenseCredited(operator, 0, 5e6, false);
        _credit(operator, 0, 5e6);
        (uint256 counted, uint256 waiting,,) = table.entryOf(operator, 0);
        assertEq(counted, 0);
        assertEq(waiting, 5e6);
        assertEq(table.periodTotals(0).expenses, 0);
    }

    function test_creditExpense_operatorWithConsumption_countsAtOnce() public {
        _recordConsumption(operator, 0, 10);
        _credit(operator, 0, 5e6);
        assertEq(table.periodTotals(0).expenses, 5e6);
    }

    /*//////////////////////////////////////////////////////////////
                               CONSUMPTION
    //////////////////////////////////////////////////////////////*/

    function test_countConsumption_outsider_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationUnauthorizedCaller.selector, outsider));
        table.countConsumption(operator, 0, 1);
    }

    function test_withholdConsumption_outsider_reverts() public {
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationUnauthorizedCaller.selector, outsider));
        table.withholdConsumption(operator, 0, 1);
    }

    function test_countConsumption_waitingExpenses_joinTotals() public {
        _credit(operator, 0, 7e6);
        vm.expectEmit(address(table));
        emit ICompensationTable.ConsumptionCounted(operator, 0, 50, 7e6);
        _recordConsumption(operator, 0, 50);
        ICompensationTable.PeriodTotals memory totals = table.periodTotals(0);
        assertEq(totals.expenses, 7e6);
        assertEq(totals.consumption, 50);
        (uint256 counted, uint256 waiting,,) = table.entryOf(operator, 0);
        assertEq(counted, 7e6);
        assertEq(waiting, 0);
    }

    function test_withholdConsumption_dispute_removesConsumptionAndExpenses() public {
        _recordConsumption(operator, 0, 50);
        _credit(operator, 0, 7e6);
        vm.warp(_reviewStart(0));
        uint256 subject = consumption.subjectIdOf(operator, 0);
        vm.expectEmit(address(table));
        emit ICompensationTable.ConsumptionWithheld(operator, 0, 50, 7e6);
        vm.prank(court);
        consumption.onDisputeOpened(subject, operator);
        ICompensationTable.PeriodTotals memory totals = table.periodTotals(0);
        assertEq(totals.expenses, 0);
        assertEq(totals.consumption, 0);
        (, uint256 waiting,,) = table.entryOf(operator, 0);
        assertEq(waiting, 7e6);
    }

    function test_withholdConsumption_closedPeriod_reverts() public {
        _closeThrough(0);
        vm.prank(address(consumption));
        vm.expectRevert(
            abi.encodeWithSelector(
                ICompensationTable.CompensationPeriodNotOpen.selector, 0, IPeriodClock.PeriodPhase.Closed
            )
        );
        table.withholdConsumption(operator, 0, 1);
    }

    /// Consumption in dispute at close joins the period open when the ruling comes, with the waiting expenses:
    /// exclusion never erases a debt.
    function test_countConsumption_afterClose_carriesIntoCurrentPeriod() public {
        _recordConsumption(operator, 0, 50);
        _recordConsumption(operatorB, 0, 50);
        _credit(operator, 0, 7e6);
        vm.warp(_reviewStart(0));
        uint256 subject = consumption.subjectIdOf(operator, 0);
        vm.prank(court);
        consumption.onDisputeOpened(subject, operator);
        _closeThrough(0);
        assertEq(table.netPositionOf(operator, 0), 0);
        uint256 current = table.currentPeriod();
        vm.expectEmit(address(table));
        emit ICompensationTable.ConsumptionCarried(operator, 0, current, 50, 7e6);
        vm.prank(court);
        consumption.onDisputeResolved(subject, IDisputeSubject.Ruling.ForRespondent);
        (,, uint256 carriedExpenses, uint256 carriedConsumption) = table.entryOf(operator, current);
        assertEq(carriedExpenses, 7e6);
        assertEq(carriedConsumption, 50);
        ICompensationTable.PeriodTotals memory totals = table.periodTotals(current);
        assertEq(totals.expenses, 7e6);
        assertEq(totals.consumption, 50);
        assertEq(table.netPositionOf(operator, 0), 0, "the closed period's position does not move");
    }

    /*//////////////////////////////////////////////////////////////
                                  CLOSE
    //////////////////////////////////////////////////////////////*/

    function test_close_beforeReviewEnds_reverts() public {
        vm.warp(_closableAt(0) - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ICompensationTable.CompensationPeriodNotClosable.selector, 0, IPeriodClock.PeriodPhase.Review
            )
        );
        table.close(0);
    }

    function test_close_twice_reverts() public {
        _closeThrough(0);
        vm.expectRevert(
            abi.encodeWithSelector(
                ICompensationTable.CompensationPeriodNotClosable.selector, 0, IPeriodClock.PeriodPhase.Closed
            )
        );
        table.close(0);
    }

    function test_close_outOfOrder_reverts() public {
        vm.warp(_closableAt(1));
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationCloseOutOfOrder.selector, 1, 0));
        table.close(1);
    }

    function test_close_freezesTotalsAndFee() public {
        _standardPeriod();
        vm.warp(_closableAt(0));
        vm.expectEmit(address(table));
        emit ICompensationTable.PeriodClosed(0, 1400e6, 28e6, 400, false);
        table.close(0);
        ICompensationTable.PeriodTotals memory totals = table.periodTotals(0);
        assertEq(totals.platformFee, 28e6);
        assertEq(totals.closedAt, block.timestamp);
        assertEq(totals.recordingEndsAt, block.timestamp + RECORDING);
        assertEq(table.nextPeriodToClose(), 1);
    }

    /// ΣC = 0 voids the period: every position is zero, nobody settles or claims.
    function test_close_noConsumption_voidsPeriod() public {
        _credit(investor, 0, 1000e6);
        vm.warp(_closableAt(0));
        vm.expectEmit(address(table));
        emit ICompensationTable.PeriodClosed(0, 1000e6, 0, 0, true);
        table.close(0);
        assertEq(table.netPositionOf(investor, 0), 0);
        table.recordPositions(0, _single(investor));
        assertEq(uint8(table.positionOf(investor, 0).kind), uint8(ICompensationTable.PositionKind.None));
    }

    function test_closedPeriod_takesNoNewFact() public {
        _closeThrough(0);
        vm.prank(expenseLedger);
        vm.expectPartialRevert(ICompensationTable.CompensationPeriodNotOpen.selector);
        table.creditExpense(investor, 0, 1e6);
        vm.prank(feeder);
        vm.expectPartialRevert(IConsumptionLedger.ConsumptionOutsideFactWindow.selector);
        consumption.recordConsumption(operator, 0, 1);
        (uint256 counted,,,) = table.entryOf(investor, 0);
        assertEq(counted, 0);
    }

    /*//////////////////////////////////////////////////////////////
                                POSITIONS
    //////////////////////////////////////////////////////////////*/

    function test_netPositionOf_standardPeriod_sumsToZero() public {
        _closedStandardPeriod();
        assertEq(table.netPositionOf(operator, 0), 43e6);
        assertEq(table.netPositionOf(operatorB, 0), -1071e6);
        assertEq(table.netPositionOf(investor, 0), 1000e6);
        assertEq(table.netPositionOf(platformAccount, 0), 28e6);
        assertEq(table.netPositionOf(outsider, 0), 0);
    }

    function test_netPositionOf_openPeriod_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationPeriodNotClosed.selector, 0));
        table.netPositionOf(operator, 0);
    }

    function test_recordPositions_openPeriod_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationPeriodNotClosed.selector, 0));
        table.recordPositions(0, _single(operator));
    }

    function test_recordPositions_tooMany_reverts() public {
        _closeThrough(0);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationTooManyAccounts.selector, 101, 100));
        table.recordPositions(0, new address[](101));
    }

    function test_recordPositions_debtAndCredit_recorded() public {
        _closedStandardPeriod();
        address[] memory accounts = new address[](3);
        accounts[0] = operatorB;
        accounts[1] = investor;
        accounts[2] = outsider;
        vm.expectEmit(address(table));
        emit ICompensationTable.PositionRecorded(operatorB, 0, -1071e6, ICompensationTable.PositionKind.Debt);
        vm.expectEmit(address(table));
        emit ICompensationTable.PositionRecorded(investor, 0, 1000e6, ICompensationTable.PositionKind.Credit);
        vm.prank(outsider);
        table.recordPositions(0, accounts);
        ICompensationTable.Position memory debt = table.positionOf(operatorB, 0);
        assertEq(debt.amount, 1071e6);
        assertEq(uint8(debt.kind), uint8(ICompensationTable.PositionKind.Debt));
        assertTrue(table.hasUnsettledDebt(operatorB));
        assertEq(table.unsettledDebtCount(operatorB), 1);
        assertEq(table.periodTotals(0).totalCredit, 1000e6);
        assertEq(uint8(table.positionOf(outsider, 0).kind), uint8(ICompensationTable.PositionKind.None));
    }

    function test_recordPositions_twice_recordsOnce() public {
        _closedStandardPeriod();
        table.recordPositions(0, _single(operatorB));
        table.recordPositions(0, _single(operatorB));
        assertEq(table.positionOf(operatorB, 0).amount, 1071e6);
        assertEq(table.unsettledDebtCount(operatorB), 1);
    }

    function test_recordPositionsOf_findsEveryClosedPeriod() public {
        _recordConsumption(operatorB, 0, 10);
        _credit(investor, 0, 10e6);
        vm.warp(_periodStart(1));
        _recordConsumption(operatorB, 1, 10);
        _credit(investor, 1, 10e6);
        _closeThrough(1);
        table.recordPositionsOf(operatorB);
        assertEq(table.unsettledDebtCount(operatorB), 2);
        assertEq(table.positionOf(operatorB, 1).amount, 10.2e6);
    }

    function test_recordPositionsOf_afterWindow_recordsLateCredit() public {
        _closedStandardPeriod();
        vm.warp(block.timestamp + RECORDING);
        table.recordPositionsOf(investor);
        assertEq(uint8(table.positionOf(investor, 0).kind), uint8(ICompensationTable.PositionKind.LateCredit));
        ICompensationTable.PeriodTotals memory totals = table.periodTotals(0);
        assertEq(totals.totalCredit, 0);
        assertEq(totals.lateCredit, 1000e6);
    }

    /// More listed periods than one call records: the cursor keeps the progress and claim asks for another call.
    function test_recordPositionsOf_manyPeriods_boundedPerCall() public {
        for (uint256 p; p < 18; ++p) {
            vm.warp(_periodStart(p));
            _recordConsumption(operatorB, p, 10);
            _credit(investor, p, 1e6);
        }
        _closeThrough(17);
        table.recordPositionsOf(operatorB);
        assertEq(table.unsettledDebtCount(operatorB), 16);
        table.recordPositionsOf(operatorB);
        assertEq(table.unsettledDebtCount(operatorB), 18);
    }

    function test_claim_positionsPending_reverts() public {
        for (uint256 p; p < 18; ++p) {
            vm.warp(_periodStart(p));
            _recordConsumption(operatorB, p, 10);
            _credit(investor, p, 1e6);
        }
        _closeThrough(17);
        vm.warp(block.timestamp + RECORDING);
        vm.prank(investor);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationPositionsPending.selector, investor));
        table.claim(0);
    }

    /*//////////////////////////////////////////////////////////////
                                  SETTLE
    //////////////////////////////////////////////////////////////*/

    function test_settle_openPeriod_reverts() public {
        vm.prank(operatorB);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationPeriodNotClosed.selector, 0));
        table.settle(0, 1);
    }

    function test_settle_noDebt_reverts() public {
        _closedStandardPeriod();
        vm.prank(investor);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationNoDebt.selector, investor, 0));
        table.settle(0, 1);
    }

    function test_settle_zeroOrTooMuch_reverts() public {
        _closedStandardPeriod();
        _fund(operatorB, 2000e6);
        vm.startPrank(operatorB);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationAmountOutOfRange.selector, 0, 1071e6));
        table.settle(0, 0);
        vm.expectRevert(
            abi.encodeWithSelector(ICompensationTable.CompensationSettlementExceedsDebt.selector, 0, 1071e6 + 1, 1071e6)
        );
        table.settle(0, 1071e6 + 1);
        vm.stopPrank();
    }

    /// Settling records the caller's position first, so an unrecorded debtor can pay at once.
    function test_settle_partialThenFull_clearsDebt() public {
        _closedStandardPeriod();
        _fund(operatorB, 2000e6);
        vm.expectEmit(address(table));
        emit ICompensationTable.DebtSettled(operatorB, 0, 71e6, 1000e6);
        vm.prank(operatorB);
        table.settle(0, 71e6);
        assertTrue(table.hasUnsettledDebt(operatorB));
        vm.prank(operatorB);
        table.settle(0, 1000e6);
        assertFalse(table.hasUnsettledDebt(operatorB));
        assertEq(table.periodTotals(0).settled, 1071e6);
        assertEq(euro.balanceOf(address(table)), 1071e6);
        assertEq(table.positionOf(operatorB, 0).paid, 1071e6);
    }

    /*//////////////////////////////////////////////////////////////
                                  CLAIM
    //////////////////////////////////////////////////////////////*/

    function test_claim_recordingOpen_reverts() public {
        _closedStandardPeriod();
        vm.prank(investor);
        vm.expectRevert(
            abi.encodeWithSelector(
                ICompensationTable.CompensationRecordingOpen.selector, 0, block.timestamp + RECORDING
            )
        );
        table.claim(0);
    }

    function test_claim_openPeriod_reverts() public {
        vm.prank(investor);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationPeriodNotClosed.selector, 0));
        table.claim(0);
    }

    function test_claim_noCredit_reverts() public {
        _closedStandardPeriod();
        vm.warp(block.timestamp + RECORDING);
        vm.prank(outsider);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationNoCredit.selector, outsider, 0));
        table.claim(0);
    }

    function test_claim_nothingPaidIn_reverts() public {
        _closedStandardPeriod();
        table.recordPositions(0, _single(investor));
        vm.warp(block.timestamp + RECORDING);
        vm.prank(investor);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationNothingToClaim.selector, investor, 0));
        table.claim(0);
    }

    /// A creditor with an unsettled debt of another closed period claims nothing until it settles.
    function test_claim_unsettledDebt_reverts() public {
        _recordConsumption(operatorB, 0, 10);
        _credit(investor, 0, 10e6);
        vm.warp(_periodStart(1));
        _recordConsumption(operator, 1, 10);
        _recordConsumption(operatorB, 1, 10);
        _credit(operatorB, 1, 100e6);
        _closeThrough(1);
        table.recordPositions(1, _single(operatorB));
        _fund(operator, 1000e6);
        vm.prank(operator);
        table.settle(1, 51e6);
        vm.warp(block.timestamp + RECORDING);
        vm.prank(operatorB);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationUnsettledDebt.selector, operatorB));
        table.claim(1);
    }

    /// Creditors take their share of what was paid in, and claim again as late debtors pay.
    function test_claim_proRata_thenAgainAfterLatePayment() public {
        _closedStandardPeriod();
        address[] memory creditors = new address[](3);
        creditors[0] = operator;
        creditors[1] = investor;
        creditors[2] = platformAccount;
        table.recordPositions(0, creditors);
        _fund(operatorB, 2000e6);
        vm.prank(operatorB);
        table.settle(0, 535.5e6);
        vm.warp(block.timestamp + RECORDING);
        assertEq(table.claimableOf(investor, 0), 500e6);
        vm.expectEmit(address(table));
        emit ICompensationTable.CreditClaimed(investor, 0, 500e6);
        vm.prank(investor);
        assertEq(table.claim(0), 500e6);
        vm.prank(operatorB);
        table.settle(0, 535.5e6);
        vm.prank(investor);
        assertEq(table.claim(0), 500e6);
        vm.prank(operator);
        assertEq(table.claim(0), 43e6);
        vm.prank(platformAccount);
        assertEq(table.claim(0), 28e6);
        assertEq(euro.balanceOf(investor), 1000e6);
        assertEq(euro.balanceOf(address(table)), 0);
        assertEq(table.claimableOf(investor, 0), 0);
    }

    /// A credit recorded after the window is paid only from what comes in beyond the frozen total.
    function test_claim_lateCredit_paidOnlyBeyondFrozenTotal() public {
        _closedStandardPeriod();
        address[] memory onTime = new address[](2);
        onTime[0] = investor;
        onTime[1] = platformAccount;
        table.recordPositions(0, onTime);
        _fund(operatorB, 2000e6);
        vm.prank(operatorB);
        table.settle(0, 1028e6);
        vm.warp(block.timestamp + RECORDING);
        table.recordPositions(0, _single(operator));
        assertEq(uint8(table.positionOf(operator, 0).kind), uint8(ICompensationTable.PositionKind.LateCredit));
        assertEq(table.claimableOf(operator, 0), 0);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(ICompensationTable.CompensationNothingToClaim.selector, operator, 0));
        table.claim(0);
        vm.prank(operatorB);
        table.settle(0, 20e6);
        vm.prank(operator);
        assertEq(table.claim(0), 20e6);
        vm.prank(investor);
        assertEq(table.claim(0), 1000e6, "on-time creditors keep their full share");
        vm.prank(operatorB);
        table.settle(0, 23e6);
        vm.prank(operator);
        assertEq(table.claim(0), 23e6);
    }

    function test_claimableOf_duringWindowOrWithoutCredit_isZero() public {
        _closedStandardPeriod();
        table.recordPositions(0, _single(investor));
        assertEq(table.claimableOf(investor, 0), 0);
        assertEq(table.claimableOf(operatorB, 0), 0);
    }
}
