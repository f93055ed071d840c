// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDisputeCourt} from "../../src/interfaces/IDisputeCourt.sol";
import {IDisputeSubject} from "../../src/interfaces/IDisputeSubject.sol";
import {DisputeFixture} from "../utils/DisputeFixture.sol";

/// @notice The fee splits at every fee the parameters allow: the resolver always earns the whole stage fee, the
/// refunds and the fee add up to the deposits, and a tie's odd unit falls on the side that brought the stage.
contract DisputeCourtFuzzTest is DisputeFixture {
    uint256 internal constant MAX_FEE = 1e12;

    /// A court whose conciliation and mediation fees are `fee`, with the fixture's pool.
    function _courtWithFee(uint256 fee) internal {
        IDisputeCourt.Parameters memory parameters = _parameters();
        parameters.conciliationFee = fee;
        parameters.mediationFee = fee;
        court = _deployCourt(parameters);
        consumption.setCourt(address(court));
        vm.startPrank(governance);
        for (uint256 i; i < POOL_SIZE; ++i) {
            court.addResolver(pool[i]);
        }
        vm.stopPrank();
        address[4] memory payers = [operator, feeder, claimant, defendant];
        for (uint256 i; i < payers.length; ++i) {
            _fund(payers[i], 2 * fee);
        }
    }

    function testFuzz_decide_claim_splitsTheDepositsExactly(uint256 fee, uint8 rulingSeed) public {
        fee = bound(fee, 1, MAX_FEE);
        IDisputeSubject.Ruling ruling = IDisputeSubject.Ruling(rulingSeed % 3);
        _courtWithFee(fee);
        uint256 disputeId = _assignedClaim();
        address resolver = _decide(disputeId, ruling);

        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(court.earningsOf(resolver), fee);
        assertEq(dispute.openerRefund + dispute.respondentRefund + fee, 2 * fee);
        if (ruling == IDisputeSubject.Ruling.ForOpener) assertEq(dispute.openerRefund, fee);
        if (ruling == IDisputeSubject.Ruling.ForRespondent) assertEq(dispute.respondentRefund, fee);
        if (ruling == IDisputeSubject.Ruling.Tie) {
            // The opener brought conciliation: it pays ⌈fee/2⌉, so it gets ⌊fee/2⌋ back.
            assertEq(dispute.openerRefund, fee / 2);
            assertEq(dispute.respondentRefund, fee - fee / 2);
        }
        assertEq(token.balanceOf(address(court)), 2 * fee);
    }

    /// The respondent brings mediation: on a tie it pays the larger half.
    function testFuzz_decide_tieOnTheRespondentsEscalation_respondentPaysTheLargerHalf(uint256 fee) public {
        fee = bound(fee, 1, MAX_FEE);
        _courtWithFee(fee);
        uint256 disputeId = _assignedClaim();
        _decide(disputeId, IDisputeSubject.Ruling.ForOpener);
        _escalate(disputeId, defendant);
        _respond(disputeId, claimant);
        _decide(disputeId, IDisputeSubject.Ruling.Tie);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        // Conciliation gave the opener its fee back; mediation's tie gives the respondent ⌊fee/2⌋.
        assertEq(dispute.respondentRefund, fee / 2);
        assertEq(dispute.openerRefund, fee + (fee - fee / 2));
    }

    /// Against the exempt feeder only the opener deposited: the resolver is paid from it whatever the ruling.
    function testFuzz_decide_exemptRespondent_resolverAlwaysEarnsTheFee(uint256 fee, uint8 rulingSeed) public {
        fee = bound(fee, 1, MAX_FEE);
        IDisputeSubject.Ruling ruling = IDisputeSubject.Ruling(rulingSeed % 3);
        _courtWithFee(fee);
        uint256 disputeId = _openConsumption(1);
        address resolver = _assign(disputeId);
        _decide(disputeId, ruling);
        IDisputeCourt.DisputeView memory dispute = court.getDispute(disputeId);
        assertEq(court.earningsOf(resolver), fee);
        assertEq(dispute.openerRefund + dispute.respondentRefund, 0);
    }

    /// Withdrawing everything empties the court: what came in went out to resolvers and refunds.
    function testFuzz_withdraw_afterATie_emptiesTheCourt(uint256 fee) public {
        fee = bound(fee, 1, MAX_FEE);
        _courtWithFee(fee);
        uint256 disputeId = _assignedClaim();
        address resolver = _decide(disputeId, IDisputeSubject.Ruling.Tie);
        vm.prank(resolver);
        court.withdrawEarnings();
        if (fee / 2 != 0) {
            vm.prank(claimant);
            court.withdrawRefund(disputeId);
        }
        vm.prank(defendant);
        court.withdrawRefund(disputeId);
        assertEq(token.balanceOf(address(court)), 0);
        assertEq(token.balanceOf(resolver), fee);
    }
}
