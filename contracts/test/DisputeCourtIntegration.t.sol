// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICompensationTable} from "../src/interfaces/ICompensationTable.sol";
import {IConsumptionLedger} from "../src/interfaces/IConsumptionLedger.sol";
import {IDisputeCourt} from "../src/interfaces/IDisputeCourt.sol";
import {IDisputeSubject} from "../src/interfaces/IDisputeSubject.sol";
import {IExpenseLedger} from "../src/interfaces/IExpenseLedger.sol";
import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {CompensationTable} from "../src/network/CompensationTable.sol";
import {ConsumptionLedger} from "../src/network/ConsumptionLedger.sol";
import {DisputeCourt} from "../src/network/DisputeCourt.sol";
import {ExpenseLedger} from "../src/network/ExpenseLedger.sol";
import {ParticipantRegistry} from "../src/network/ParticipantRegistry.sol";
import {SettlementToken} from "../src/network/SettlementToken.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The court against the real ledgers, wired as the deploy script wires them (table, consumption ledger,
/// court, expense ledger, each pointing at the others' predicted addresses): a consumption dispute escalated to
/// mediation and resolved, and a rejected expense won by its declarer.
contract DisputeCourtIntegrationTest is Test {
    uint256 internal constant PERIOD = 7 days;
    uint256 internal constant GRACE = 2 days;
    uint256 internal constant REVIEW = 3 days;
    uint256 internal constant REVIEW_FEE = 5e6;
    uint256 internal constant DEPOSIT = 10e6;
    uint256 internal constant AMOUNT = 1250e6;
    uint256 internal constant CONCILIATION_FEE = 20e6;
    uint256 internal constant MEDIATION_FEE = 100e6;
    uint256 internal constant APPEAL_WINDOW = 3 days;
    bytes32 internal constant EVIDENCE = keccak256("evidence");
    bytes32 internal constant REASON = keccak256("reason");
    IProjectRegistry.CidCodec internal constant CODEC = IProjectRegistry.CidCodec.DagPb;

    address internal governance = makeAddr("governance");
    address internal platform = makeAddr("platform");
    address internal feeder = makeAddr("feeder");
    address internal operator = makeAddr("operator");
    address[3] internal validators = [makeAddr("validator0"), makeAddr("validator1"), makeAddr("validator2")];

    ParticipantRegistry internal participants;
    SettlementToken internal euro;
    CompensationTable internal table;
    ConsumptionLedger internal consumption;
    DisputeCourt internal court;
    ExpenseLedger internal expenses;
    uint256 internal genesis;

    function setUp() public {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        vm.chainId(31_337);
        genesis = block.timestamp;
        participants = new ParticipantRegistry(governance);
        euro = new SettlementToken();
        uint256 nonce = vm.getNonce(address(this));
        address predictedConsumption = vm.computeCreateAddress(address(this), nonce + 1);
        address predictedCourt = vm.computeCreateAddress(address(this), nonce + 2);
        address predictedExpenses = vm.computeCreateAddress(address(this), nonce + 3);
        table = new CompensationTable(
            participants,
            euro,
            predictedExpenses,
            IConsumptionLedger(predictedConsumption),
            platform,
            ICompensationTable.Parameters({
                genesis: genesis,
                periodLength: PERIOD,
                graceWindow: GRACE,
                reviewWindow: REVIEW,
                recordingWindow: 2 days,
                platformFeeBps: 200
            })
        );
        consumption = new ConsumptionLedger(participants, table, predictedCourt);
        court = new DisputeCourt(
            governance,
            euro,
            participants,
            consumption,
            IDisputeSubject(predictedExpenses),
            IDisputeCourt.Parameters({
                conciliationFee: CONCILIATION_FEE,
                mediationFee: MEDIATION_FEE,
                arbitrationFee: 400e6,
                responseWindow: 3 days,
                decisionWindow: 7 days,
                appealWindow: APPEAL_WINDOW
            })
        );
        expenses = new ExpenseLedger(table, participants, euro, address(court), platform, REVIEW_FEE, DEPOSIT, 2 days);
        assertEq(address(court), predictedCourt);
        assertEq(address(expenses), predictedExpenses);

        vm.startPrank(governance);
        participants.grantRole(participants.FEEDER_ROLE(), feeder);
        participants.grantRole(participants.OPERATOR_ROLE(), operator);
        participants.grantRole(participants.PLATFORM_ROLE(), platform);
        for (uint256 i; i < validators.length; ++i) {
            participants.grantRole(participants.VALIDATOR_ROLE(), validators[i]);
        }
        for (uint256 i; i < 5; ++i) {
            court.addResolver(makeAddr(string.concat("resolver", vm.toString(i))));
        }
        vm.stopPrank();
        vm.startPrank(operator);
        euro.faucet(10_000e6);
        euro.approve(address(court), type(uint256).max);
        euro.approve(address(expenses), type(uint256).max);
        vm.stopPrank();
    }

    function _assign(uint256 disputeId) internal {
        vm.roll(court.getDispute(disputeId).seedBlock + 1);
        court.assignResolver(disputeId);
    }

    function _decide(uint256 disputeId, IDisputeSubject.Ruling ruling) internal {
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        vm.prank(dispute.resolvers[uint256(dispute.stage)]);
        court.decide(disputeId, ruling, REASON, CODEC);
    }

    /// The feeder recorded 100 GB; the operator disputes it in review, loses conciliation, wins mediation: the
    /// record is voided so the feeder records again.
    function test_consumptionDispute_escalatedToMediation_voidsTheRecord() public {
        vm.prank(feeder);
        consumption.recordConsumption(operator, 0, 100);
        vm.warp(genesis + PERIOD + GRACE + 1);
        uint256 subjectId = consumption.subjectIdOf(operator, 0);
        vm.prank(operator);
        uint256 disputeId = court.openDispute(consumption, subjectId, EVIDENCE, CODEC);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(dispute.respondent, feeder);
        assertTrue(dispute.respondentExempt);
        assertEq(dispute.subjectId, subjectId);
        assertEq(uint256(consumption.recordOf(operator, 0).state), uint256(IConsumptionLedger.RecordState.Disputed));

        _assign(disputeId);
        _decide(disputeId, IDisputeSubject.Ruling.ForRespondent);
        vm.prank(operator);
        court.escalate(disputeId, EVIDENCE, CODEC);
        assertEq(uint256(court.getDispute(disputeId).stage), uint256(IDisputeCourt.Stage.Mediation));
        _decide(disputeId, IDisputeSubject.Ruling.ForOpener);
        vm.warp(block.timestamp + APPEAL_WINDOW + 1);
        court.finalize(disputeId);

        assertEq(uint256(court.getDispute(disputeId).status), uint256(IDisputeCourt.DisputeStatus.Resolved));
        assertEq(uint256(consumption.recordOf(operator, 0).state), uint256(IConsumptionLedger.RecordState.Voided));
        // Against the exempt feeder the operator paid both stages' fees; the resolvers hold them.
        assertEq(euro.balanceOf(address(court)), CONCILIATION_FEE + MEDIATION_FEE);
    }

    /// Two validators reject the operator's expense; the operator disputes and wins conciliation: the expense is
    /// validated in its period.
    function test_expenseDispute_wonByTheDeclarer_validatesTheExpense() public {
        vm.prank(operator);
        uint256 expenseId = expenses.declare(AMOUNT, 0, keccak256("invoice"), EVIDENCE, CODEC);
        uint256 anchor = expenses.getExpense(expenseId).drawAnchor;
        vm.roll(anchor + 2);
        vm.setBlockhash(anchor + 1, keccak256("draw"));
        expenses.draw(expenseId);
        IExpenseLedger.ReviewerSlot[3] memory seats = expenses.reviewersOf(expenseId);
        for (uint256 i; i < 2; ++i) {
            vm.prank(seats[i].reviewer);
            expenses.reject(expenseId, REASON, CODEC);
        }
        assertEq(uint256(expenses.getExpense(expenseId).status), uint256(IExpenseLedger.ExpenseStatus.Rejected));

        vm.prank(operator);
        uint256 disputeId = court.openDispute(expenses, expenseId, EVIDENCE, CODEC);
        assertEq(court.getDispute(disputeId).respondent, platform);
        _assign(disputeId);
        _decide(disputeId, IDisputeSubject.Ruling.ForOpener);
        vm.warp(block.timestamp + APPEAL_WINDOW + 1);
        court.finalize(disputeId);

        assertEq(uint256(expenses.getExpense(expenseId).status), uint256(IExpenseLedger.ExpenseStatus.Validated));
    }

    /// Whole transactions against the real consumption ledger (which takes the record out of the totals).
    function test_gas_openDispute_realConsumptionLedger() public {
        // A first dispute leaves the court holding deposits, as it usually does.
        vm.prank(operator);
        court.openClaim(feeder, EVIDENCE, CODEC);
        vm.prank(feeder);
        consumption.recordConsumption(operator, 0, 100);
        vm.warp(genesis + PERIOD + GRACE + 1);
        uint256 subjectId = consumption.subjectIdOf(operator, 0);
        vm.prank(operator);
        court.openDispute(consumption, subjectId, EVIDENCE, CODEC);
        emit log_named_uint("open dispute (real consumption ledger)", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 160_000);
    }
}
