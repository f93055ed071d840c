// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICompensationTable} from "../../src/interfaces/ICompensationTable.sol";
import {IConsumptionLedger} from "../../src/interfaces/IConsumptionLedger.sol";
import {IExpenseLedger} from "../../src/interfaces/IExpenseLedger.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {CompensationTable} from "../../src/network/CompensationTable.sol";
import {ConsumptionLedger} from "../../src/network/ConsumptionLedger.sol";
import {ExpenseLedger} from "../../src/network/ExpenseLedger.sol";
import {ParticipantRegistry} from "../../src/network/ParticipantRegistry.sol";
import {SettlementToken} from "../../src/network/SettlementToken.sol";
import {Test} from "forge-std/Test.sol";

/// @notice The expense ledger over a participant registry with three validators, two operators and one public
/// administration, wired as the deploy script wires it: the real settlement token, compensation table and
/// consumption ledger (the dispute court is a plain address: tests prank as it).
abstract contract ExpenseFixture is Test {
    uint256 internal constant GENESIS = 1_700_000_000;
    uint256 internal constant PERIOD_LENGTH = 7 days;
    uint256 internal constant GRACE_WINDOW = 2 days;
    uint256 internal constant REVIEW_WINDOW = 5 days;
    uint256 internal constant RECORDING_WINDOW = 2 days;
    uint256 internal constant PLATFORM_FEE_BPS = 200;
    uint256 internal constant REVIEW_FEE = 5e6;
    uint256 internal constant DEPOSIT = 10e6;
    uint256 internal constant ANSWER_WINDOW = 2 days;
    uint256 internal constant AMOUNT = 1250e6;
    bytes32 internal constant EVIDENCE = keccak256("evidence");
    bytes32 internal constant REASON = keccak256("reason");
    IProjectRegistry.CidCodec internal constant REGISTRY_RAW = IProjectRegistry.CidCodec.Raw;
    bytes32 internal constant INVOICE = keccak256(abi.encode("B12345678", "F-2026-001"));

    address internal governance = makeAddr("governance");
    address internal platform = makeAddr("platform");
    address internal court = makeAddr("court");
    address internal operator = makeAddr("operator");
    address internal otherOperator = makeAddr("otherOperator");
    address internal administration = makeAddr("administration");
    address internal investor = makeAddr("investor");
    address internal outsider = makeAddr("outsider");
    address internal feeder = makeAddr("feeder");
    address[3] internal validators = [makeAddr("validator0"), makeAddr("validator1"), makeAddr("validator2")];

    ParticipantRegistry internal participants;
    SettlementToken internal token;
    CompensationTable internal table;
    ExpenseLedger internal ledger;
    ConsumptionLedger internal consumption;

    function setUp() public virtual {
        vm.warp(GENESIS);
        vm.roll(100);
        vm.chainId(31_337);
        participants = new ParticipantRegistry(governance);
        token = new SettlementToken();
        uint256 nonce = vm.getNonce(address(this));
        address predictedLedger = vm.computeCreateAddress(address(this), nonce + 1);
        address predictedConsumption = vm.computeCreateAddress(address(this), nonce + 2);
        table = new CompensationTable(
            participants,
            token,
            predictedLedger,
            IConsumptionLedger(predictedConsumption),
            platform,
            ICompensationTable.Parameters({
                genesis: GENESIS,
                periodLength: PERIOD_LENGTH,
                graceWindow: GRACE_WINDOW,
                reviewWindow: REVIEW_WINDOW,
                recordingWindow: RECORDING_WINDOW,
                platformFeeBps: PLATFORM_FEE_BPS
            })
        );
        ledger = new ExpenseLedger(table, participants, token, court, platform, REVIEW_FEE, DEPOSIT, ANSWER_WINDOW);
        consumption = new ConsumptionLedger(participants, table, court);
        assertEq(address(ledger), predictedLedger);
        assertEq(address(consumption), predictedConsumption);
        _grant(participants.FEEDER_ROLE(), feeder);
        _grant(participants.OPERATOR_ROLE(), operator);
        _grant(participants.OPERATOR_ROLE(), otherOperator);
        _grant(participants.PUBLIC_ADMINISTRATION_ROLE(), administration);
        _grant(participants.PLATFORM_ROLE(), platform);
        for (uint256 i; i < validators.length; ++i) {
            _grant(participants.VALIDATOR_ROLE(), validators[i]);
        }
        vm.prank(investor);
        participants.joinAsInvestor();
        _fund(operator);
        _fund(otherOperator);
        _fund(administration);
        _fund(investor);
    }

    function _grant(bytes32 role, address account) internal {
        vm.prank(governance);
        participants.grantRole(role, account);
    }

    function _revoke(bytes32 role, address account) internal {
        vm.prank(governance);
        participants.revokeRole(role, account);
    }

    /// 100 deposits' worth of tokens, approved to the ledger.
    function _fund(address account) internal {
        vm.startPrank(account);
        token.faucet(100 * DEPOSIT);
        token.approve(address(ledger), type(uint256).max);
        vm.stopPrank();
    }

    /// What the table holds of `account`'s expenses in `period`: counted, or waiting for its consumption.
    function _credited(address account, uint256 period) internal view returns (uint256) {
        (uint256 counted, uint256 waiting,,) = table.entryOf(account, period);
        return counted + waiting;
    }

    function _declare(address declarer, bytes32 invoiceKey) internal returns (uint256 expenseId) {
        // The period from the clock's arithmetic, not a call, so that `vm.expectRevert` sees `declare`.
        uint256 period = (block.timestamp - GENESIS) / PERIOD_LENGTH;
        vm.prank(declarer);
        expenseId = ledger.declare(AMOUNT, period, invoiceKey, EVIDENCE, IProjectRegistry.CidCodec.Raw);
    }

    /// Mines past the draw's block (forge gives rolled blocks no hash: the test sets one) and draws.
    function _draw(uint256 expenseId) internal returns (address[3] memory reviewers) {
        _mineDrawBlock(expenseId);
        ledger.draw(expenseId);
        reviewers = _reviewersOf(expenseId);
    }

    function _mineDrawBlock(uint256 expenseId) internal {
        uint256 anchor = ledger.getExpense(expenseId).drawAnchor;
        if (block.number < anchor + 2) vm.roll(anchor + 2);
        vm.setBlockhash(anchor + 1, keccak256(abi.encode("block", anchor + 1)));
    }

    function _reviewersOf(uint256 expenseId) internal view returns (address[3] memory reviewers) {
        IExpenseLedger.ReviewerSlot[3] memory seats = ledger.reviewersOf(expenseId);
        for (uint256 i; i < 3; ++i) {
            reviewers[i] = seats[i].reviewer;
        }
    }

    function _validate(address reviewer, uint256 expenseId) internal {
        vm.prank(reviewer);
        ledger.validate(expenseId);
    }

    function _reject(address reviewer, uint256 expenseId) internal {
        vm.prank(reviewer);
        ledger.reject(expenseId, REASON, IProjectRegistry.CidCodec.Raw);
    }

    /// Declared by the operator, drawn, and rejected by the first two reviewers.
    function _rejected() internal returns (uint256 expenseId, address[3] memory reviewers) {
        expenseId = _declare(operator, INVOICE);
        reviewers = _draw(expenseId);
        _reject(reviewers[0], expenseId);
        _reject(reviewers[1], expenseId);
    }

    /// The first moment period `period` no longer takes reviews.
    function _reviewWindowEnd(uint256 period) internal pure returns (uint256) {
        return GENESIS + (period + 1) * PERIOD_LENGTH + GRACE_WINDOW + REVIEW_WINDOW;
    }

    function _isEligible(address account) internal view returns (bool) {
        return participants.hasRole(participants.VALIDATOR_ROLE(), account)
            || participants.hasRole(participants.OPERATOR_ROLE(), account)
            || participants.hasRole(participants.PUBLIC_ADMINISTRATION_ROLE(), account);
    }
}
