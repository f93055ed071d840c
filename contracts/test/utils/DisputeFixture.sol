// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDisputeCourt} from "../../src/interfaces/IDisputeCourt.sol";
import {IDisputeSubject} from "../../src/interfaces/IDisputeSubject.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {DisputeCourt} from "../../src/network/DisputeCourt.sol";
import {ParticipantRegistry} from "../../src/network/ParticipantRegistry.sol";
import {SettlementToken} from "../../src/network/SettlementToken.sol";
import {DisputeSubjectFixture} from "./DisputeSubjectFixture.sol";
import {Test} from "forge-std/Test.sol";

/// @notice A dispute court with the deploy script's default parameters, paid in the real settlement token, against
/// test-only subjects (the consumption ledger's respondent is the feeder, the expense ledger's the platform, both
/// exempt) and with a pool of five resolvers. `DisputeCourtIntegration.t.sol` runs it against the real ledgers.
abstract contract DisputeFixture is Test {
    uint256 internal constant CONCILIATION_FEE = 20e6;
    uint256 internal constant MEDIATION_FEE = 100e6;
    uint256 internal constant ARBITRATION_FEE = 400e6;
    uint256 internal constant RESPONSE_WINDOW = 3 days;
    uint256 internal constant DECISION_WINDOW = 7 days;
    uint256 internal constant APPEAL_WINDOW = 3 days;
    uint256 internal constant POOL_SIZE = 5;

    bytes32 internal constant EVIDENCE = keccak256("evidence");
    bytes32 internal constant REASON = keccak256("reason");
    IProjectRegistry.CidCodec internal constant CODEC = IProjectRegistry.CidCodec.DagPb;

    address internal governance = makeAddr("governance");
    address internal operator = makeAddr("operator");
    address internal feeder = makeAddr("feeder");
    address internal platform = makeAddr("platform");
    address internal claimant = makeAddr("claimant");
    address internal defendant = makeAddr("defendant");
    address internal outsider = makeAddr("outsider");

    SettlementToken internal token;
    ParticipantRegistry internal participants;
    DisputeSubjectFixture internal consumption;
    DisputeSubjectFixture internal expenses;
    DisputeCourt internal court;
    address[] internal pool;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        token = new SettlementToken();
        participants = new ParticipantRegistry(governance);
        consumption = new DisputeSubjectFixture(feeder, true);
        expenses = new DisputeSubjectFixture(platform, true);
        court = _deployCourt(_parameters());
        consumption.setCourt(address(court));
        expenses.setCourt(address(court));
        vm.startPrank(governance);
        participants.grantRole(participants.OPERATOR_ROLE(), operator);
        participants.grantRole(participants.OPERATOR_ROLE(), claimant);
        participants.grantRole(participants.VALIDATOR_ROLE(), defendant);
        for (uint256 i; i < POOL_SIZE; ++i) {
            address resolver = makeAddr(string.concat("resolver", vm.toString(i)));
            pool.push(resolver);
            court.addResolver(resolver);
        }
        vm.stopPrank();
        address[6] memory payers = [operator, feeder, platform, claimant, defendant, outsider];
        for (uint256 i; i < payers.length; ++i) {
            _fund(payers[i], 10_000e6);
        }
    }

    function _parameters() internal pure returns (IDisputeCourt.Parameters memory) {
        return IDisputeCourt.Parameters({
            conciliationFee: CONCILIATION_FEE,
            mediationFee: MEDIATION_FEE,
            arbitrationFee: ARBITRATION_FEE,
            responseWindow: RESPONSE_WINDOW,
            decisionWindow: DECISION_WINDOW,
            appealWindow: APPEAL_WINDOW
        });
    }

    function _deployCourt(IDisputeCourt.Parameters memory parameters) internal returns (DisputeCourt) {
        return new DisputeCourt(governance, token, participants, consumption, expenses, parameters);
    }

    /// Gives `account` `amount` more (beyond the faucet's per-call cap, which fuzzed fees exceed) and lets the court
    /// pull it.
    function _fund(address account, uint256 amount) internal {
        deal(address(token), account, token.balanceOf(account) + amount);
        vm.prank(account);
        token.approve(address(court), type(uint256).max);
    }

    /// The operator disputes consumption record `subjectId` (the feeder, exempt, responds).
    function _openConsumption(uint256 subjectId) internal returns (uint256 disputeId) {
        vm.prank(operator);
        disputeId = court.openDispute(consumption, subjectId, EVIDENCE, CODEC);
    }

    /// The claimant brings a free-form claim against the defendant (not exempt).
    function _openClaim() internal returns (uint256 disputeId) {
        vm.prank(claimant);
        disputeId = court.openClaim(defendant, EVIDENCE, CODEC);
    }

    function _respond(uint256 disputeId, address party) internal {
        vm.prank(party);
        court.respond(disputeId, EVIDENCE, CODEC);
    }

    /// Mines past the seed block and assigns conciliation's resolver.
    function _assign(uint256 disputeId) internal returns (address resolver) {
        vm.roll(court.getDispute(disputeId).seedBlock + 1);
        court.assignResolver(disputeId);
        resolver = _resolverOf(disputeId);
    }

    function _resolverOf(uint256 disputeId) internal view returns (address) {
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        return dispute.resolvers[uint256(dispute.stage)];
    }

    function _decide(uint256 disputeId, IDisputeSubject.Ruling ruling) internal returns (address resolver) {
        resolver = _resolverOf(disputeId);
        vm.prank(resolver);
        court.decide(disputeId, ruling, REASON, CODEC);
    }

    function _escalate(uint256 disputeId, address party) internal {
        vm.prank(party);
        court.escalate(disputeId, EVIDENCE, CODEC);
    }

    /// A claim whose conciliation is funded and assigned.
    function _assignedClaim() internal returns (uint256 disputeId) {
        disputeId = _openClaim();
        _respond(disputeId, defendant);
        _assign(disputeId);
    }
}
