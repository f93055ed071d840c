// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDisputeSubject} from "../src/interfaces/IDisputeSubject.sol";
import {DisputeFixture} from "./utils/DisputeFixture.sol";

/// @notice Gas per dispute action as a transaction pays it (`isolate = true`), in its typical state: the court already
/// holds deposits of an earlier dispute, so its token balance and the dispute counter are not new. Ceilings (issue 12):
/// open dispute ≤ 160k, decide ≤ 80k, escalate ≤ 100k; respond and assign are reported. The subject here is the
/// test-only `DisputeSubjectFixture`, whose `onDisputeOpened` writes one new slot as a ledger marking its record would.
contract OperationsGasDisputesTest is DisputeFixture {
    function setUp() public override {
        super.setUp();
        _openClaim();
    }

    function test_gas_openDispute_consumption() public {
        _openConsumption(1);
        emit log_named_uint("open dispute (consumption record, exempt feeder)", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 160_000);
    }

    function test_gas_openClaim() public {
        _openClaim();
        emit log_named_uint("open a free-form claim", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 160_000);
    }

    function test_gas_respond_beforeTheSeed() public {
        uint256 disputeId = _openClaim();
        _respond(disputeId, defendant);
        emit log_named_uint("respond (seed not mined yet)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_respond_assigning() public {
        uint256 disputeId = _openClaim();
        vm.roll(block.number + 2);
        _respond(disputeId, defendant);
        emit log_named_uint("respond (assigns conciliation's resolver)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_assignResolver() public {
        uint256 disputeId = _openConsumption(1);
        vm.roll(block.number + 2);
        court.assignResolver(disputeId);
        emit log_named_uint("assign resolver (from the seed)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_decide_forOpener() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, IDisputeSubject.Ruling.ForOpener);
        emit log_named_uint("decide (for the opener, resolver's first fee)", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 80_000);
    }

    function test_gas_decide_tie() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, IDisputeSubject.Ruling.Tie);
        emit log_named_uint("decide (tie, both refunded)", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 80_000);
    }

    /// Arbitration resolves at once: the decision includes the subject's `onDisputeResolved`.
    function test_gas_decide_arbitration() public {
        uint256 disputeId = _openConsumption(1);
        _assign(disputeId);
        _decide(disputeId, IDisputeSubject.Ruling.ForRespondent);
        _escalate(disputeId, operator);
        _decide(disputeId, IDisputeSubject.Ruling.ForRespondent);
        _escalate(disputeId, operator);
        _decide(disputeId, IDisputeSubject.Ruling.ForOpener);
        emit log_named_uint("decide (arbitration, final: tells the subject)", vm.lastCallGas().gasTotalUsed);
    }

    /// Against the exempt feeder the escalation also assigns mediation's resolver.
    function test_gas_escalate_assigning() public {
        uint256 disputeId = _openConsumption(1);
        _assign(disputeId);
        _decide(disputeId, IDisputeSubject.Ruling.ForRespondent);
        _escalate(disputeId, operator);
        emit log_named_uint("escalate (exempt respondent: assigns at once)", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 100_000);
    }

    function test_gas_escalate_awaitingResponse() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, IDisputeSubject.Ruling.ForOpener);
        _escalate(disputeId, defendant);
        emit log_named_uint("escalate (the other side must match)", vm.lastCallGas().gasTotalUsed);
        assertLe(vm.lastCallGas().gasTotalUsed, 100_000);
    }

    function test_gas_respond_toAnEscalation() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, IDisputeSubject.Ruling.ForOpener);
        _escalate(disputeId, defendant);
        _respond(disputeId, claimant);
        emit log_named_uint("respond to an escalation (assigns mediation)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_replaceResolver() public {
        uint256 disputeId = _assignedClaim();
        vm.warp(block.timestamp + DECISION_WINDOW + 1);
        court.replaceResolver(disputeId);
        emit log_named_uint("replace a resolver who missed the deadline", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_finalize() public {
        uint256 disputeId = _openConsumption(1);
        _assign(disputeId);
        _decide(disputeId, IDisputeSubject.Ruling.ForOpener);
        vm.warp(block.timestamp + APPEAL_WINDOW + 1);
        court.finalize(disputeId);
        emit log_named_uint("finalize (tells the subject)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_withdrawRefund() public {
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, IDisputeSubject.Ruling.ForOpener);
        vm.prank(claimant);
        court.withdrawRefund(disputeId);
        emit log_named_uint("withdraw a refund", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_withdrawEarnings() public {
        uint256 disputeId = _assignedClaim();
        address resolver = _decide(disputeId, IDisputeSubject.Ruling.ForOpener);
        vm.prank(resolver);
        court.withdrawEarnings();
        emit log_named_uint("withdraw a resolver's earnings", vm.lastCallGas().gasTotalUsed);
    }
}
