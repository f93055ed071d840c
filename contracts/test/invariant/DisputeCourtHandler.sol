// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDisputeCourt} from "../../src/interfaces/IDisputeCourt.sol";
import {IDisputeSubject} from "../../src/interfaces/IDisputeSubject.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {DisputeCourt} from "../../src/network/DisputeCourt.sol";
import {DisputeSubjectFixture} from "../utils/DisputeSubjectFixture.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Drives the court through every stage with valid calls only: consumption disputes against the exempt
/// feeder and free-form claims, responses, assignments, decisions with random rulings, escalations by either side,
/// missed deadlines and replacements, defaults, finalizations and withdrawals. Ghosts count money in and out.
contract DisputeCourtHandler is Test {
    uint256 internal constant MAX_DISPUTES = 4;
    bytes32 internal constant EVIDENCE = keccak256("evidence");
    IProjectRegistry.CidCodec internal constant CODEC = IProjectRegistry.CidCodec.DagPb;

    DisputeCourt internal immutable court;
    DisputeSubjectFixture internal immutable consumption;
    address internal immutable operator;
    address internal immutable claimant;
    address internal immutable defendant;
    address[] internal resolvers;

    uint256[] public disputeIds;
    uint256 internal nextRecord;

    uint256 public deposited;
    uint256 public refundsWithdrawn;
    uint256 public earningsWithdrawn;

    mapping(string action => uint256) public calls;
    /// Disputes that reached each stage (by index).
    uint256[3] public stagesReached;

    constructor(
        DisputeCourt court_,
        DisputeSubjectFixture consumption_,
        address operator_,
        address claimant_,
        address defendant_,
        address[] memory resolvers_
    ) {
        court = court_;
        consumption = consumption_;
        operator = operator_;
        claimant = claimant_;
        defendant = defendant_;
        resolvers = resolvers_;
    }

    /*//////////////////////////////////////////////////////////////
                                ACTIONS
    //////////////////////////////////////////////////////////////*/

    function openConsumption() external {
        if (disputeIds.length == MAX_DISPUTES) return;
        vm.prank(operator);
        disputeIds.push(court.openDispute(consumption, ++nextRecord, EVIDENCE, CODEC));
        _deposit(IDisputeCourt.Stage.Conciliation, "openConsumption");
        ++stagesReached[0];
    }

    function openClaim() external {
        if (disputeIds.length == MAX_DISPUTES) return;
        vm.prank(claimant);
        disputeIds.push(court.openClaim(defendant, EVIDENCE, CODEC));
        _deposit(IDisputeCourt.Stage.Conciliation, "openClaim");
        ++stagesReached[0];
    }

    function respond(uint256 seed) external {
        (bool found, uint256 disputeId, IDisputeCourt.DisputeView memory dispute) =
            _find(seed, IDisputeCourt.DisputeStatus.AwaitingResponse);
        if (!found || block.timestamp > dispute.deadline) return;
        vm.prank(dispute.broughtByRespondent ? dispute.opener : dispute.respondent);
        court.respond(disputeId, EVIDENCE, CODEC);
        _deposit(dispute.stage, "respond");
    }

    function assignResolver(uint256 seed) external {
        (bool found, uint256 disputeId, IDisputeCourt.DisputeView memory dispute) =
            _find(seed, IDisputeCourt.DisputeStatus.AwaitingResolver);
        if (!found) return;
        if (dispute.stage == IDisputeCourt.Stage.Conciliation && block.number <= dispute.seedBlock) {
            vm.roll(dispute.seedBlock + 1);
        }
        court.assignResolver(disputeId);
        _resolvedIfSo(disputeId);
        ++calls["assignResolver"];
    }

    function decide(uint256 seed, uint8 rulingSeed) external {
        (bool found, uint256 disputeId, IDisputeCourt.DisputeView memory dispute) =
            _find(seed, IDisputeCourt.DisputeStatus.AwaitingDecision);
        if (!found || block.timestamp > dispute.deadline) return;
        address resolver = dispute.resolvers[uint256(dispute.stage)];
        if (!court.isResolver(resolver)) return;
        vm.prank(resolver);
        court.decide(disputeId, IDisputeSubject.Ruling(rulingSeed % 3), keccak256("reason"), CODEC);
        _resolvedIfSo(disputeId);
        ++calls["decide"];
    }

    /// A resolver lets its decision deadline pass (time moves to it) and anyone replaces it.
    function missDeadline(uint256 seed) external {
        (bool found, uint256 disputeId, IDisputeCourt.DisputeView memory dispute) =
            _find(seed, IDisputeCourt.DisputeStatus.AwaitingDecision);
        if (!found) return;
        if (block.timestamp <= dispute.deadline) vm.warp(dispute.deadline + 1);
        court.replaceResolver(disputeId);
        _resolvedIfSo(disputeId);
        ++calls["replaceResolver"];
    }

    function escalate(uint256 seed, bool byRespondent) external {
        (bool found, uint256 disputeId, IDisputeCourt.DisputeView memory dispute) =
            _find(seed, IDisputeCourt.DisputeStatus.Decided);
        if (!found || block.timestamp > dispute.deadline || dispute.stage == IDisputeCourt.Stage.Arbitration) return;
        IDisputeCourt.Stage next = IDisputeCourt.Stage(uint256(dispute.stage) + 1);
        vm.prank(byRespondent ? dispute.respondent : dispute.opener);
        court.escalate(disputeId, EVIDENCE, CODEC);
        _deposit(next, "escalate");
        ++stagesReached[uint256(next)];
    }

    function finalize(uint256 seed) external {
        (bool found, uint256 disputeId, IDisputeCourt.DisputeView memory dispute) =
            _find(seed, IDisputeCourt.DisputeStatus.Decided);
        if (!found) (found, disputeId, dispute) = _find(seed, IDisputeCourt.DisputeStatus.AwaitingResponse);
        if (!found || block.timestamp <= dispute.deadline) return;
        court.finalize(disputeId);
        _resolvedIfSo(disputeId);
        ++calls["finalize"];
    }

    function withdrawRefund(uint256 seed, bool asRespondent) external {
        if (disputeIds.length == 0) return;
        uint256 disputeId = disputeIds[seed % disputeIds.length];
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        uint256 amount = asRespondent ? dispute.respondentRefund : dispute.openerRefund;
        if (amount == 0) return;
        vm.prank(asRespondent ? dispute.respondent : dispute.opener);
        court.withdrawRefund(disputeId);
        refundsWithdrawn += amount;
        ++calls["withdrawRefund"];
    }

    function withdrawEarnings(uint256 seed) external {
        address resolver = resolvers[seed % resolvers.length];
        uint256 amount = court.earningsOf(resolver);
        if (amount == 0) return;
        vm.prank(resolver);
        court.withdrawEarnings();
        earningsWithdrawn += amount;
        ++calls["withdrawEarnings"];
    }

    /// Time moves here and when a resolver misses its deadline, so deadlines pass only now and then.
    function wait(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1 hours, 2 days));
        vm.roll(block.number + 1);
        ++calls["wait"];
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    function disputeCount() external view returns (uint256) {
        return disputeIds.length;
    }

    function resolverCount() external view returns (uint256) {
        return resolvers.length;
    }

    function resolverAt(uint256 index) external view returns (address) {
        return resolvers[index];
    }

    /*//////////////////////////////////////////////////////////////
                               INTERNALS
    //////////////////////////////////////////////////////////////*/

    function _deposit(IDisputeCourt.Stage stage, string memory action) internal {
        deposited += court.stageFee(stage);
        ++calls[action];
    }

    function _resolvedIfSo(uint256 disputeId) internal {
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        if (dispute.status == IDisputeCourt.DisputeStatus.Resolved) ++calls["resolved"];
    }

    /// The first dispute from a random start that is in `status`.
    function _find(uint256 seed, IDisputeCourt.DisputeStatus status)
        internal
        view
        returns (bool found, uint256 disputeId, IDisputeCourt.DisputeView memory dispute)
    {
        uint256 count = disputeIds.length;
        for (uint256 i; i < count; ++i) {
            disputeId = disputeIds[(seed % count + i) % count];
            dispute = court.getDispute(disputeId);
            if (dispute.status == status) return (true, disputeId, dispute);
        }
    }
}
