// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IDisputeCourt} from "../../src/interfaces/IDisputeCourt.sol";
import {DisputeFixture} from "../utils/DisputeFixture.sol";
import {DisputeCourtHandler} from "./DisputeCourtHandler.sol";
import {console} from "forge-std/console.sol";

/// @notice Dispute deposits are fully accounted under random disputes through every stage.
contract DisputeCourtInvariantTest is DisputeFixture {
    DisputeCourtHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new DisputeCourtHandler(court, consumption, operator, claimant, defendant, pool);
        address[3] memory payers = [operator, claimant, defendant];
        for (uint256 i; i < payers.length; ++i) {
            _fund(payers[i], 1_000_000e6);
        }
        targetContract(address(handler));
    }

    /// Σ paid to resolvers + Σ refunds + what is still held for open stages = Σ deposits; the court's balance is
    /// exactly what it still owes.
    function invariant_depositsFullyAccounted() public view {
        uint256 owedRefunds;
        uint256 held;
        for (uint256 i; i < handler.disputeCount(); ++i) {
            IDisputeCourt.DisputeView memory dispute = court.getDispute(handler.disputeIds(i));
            owedRefunds += dispute.openerRefund + dispute.respondentRefund;
            held += dispute.depositsHeld;
        }
        uint256 owedEarnings;
        for (uint256 i; i < handler.resolverCount(); ++i) {
            owedEarnings += court.earningsOf(handler.resolverAt(i));
        }
        uint256 paidToResolvers = owedEarnings + handler.earningsWithdrawn();
        uint256 refunds = owedRefunds + handler.refundsWithdrawn();
        assertEq(paidToResolvers + refunds + held, handler.deposited());
        assertEq(token.balanceOf(address(court)), owedEarnings + owedRefunds + held);
    }

    /// Nobody decides two stages of one dispute, and no party is ever its resolver.
    function invariant_resolversDistinctAndNeverParties() public view {
        for (uint256 i; i < handler.disputeCount(); ++i) {
            IDisputeCourt.DisputeView memory dispute = court.getDispute(handler.disputeIds(i));
            for (uint256 s; s < 3; ++s) {
                address resolver = dispute.resolvers[s];
                if (resolver == address(0)) continue;
                assertTrue(resolver != dispute.opener && resolver != dispute.respondent);
                for (uint256 t; t < s; ++t) {
                    assertTrue(resolver != dispute.resolvers[t]);
                }
            }
        }
    }

    /// Successful calls per action of the run, disputes that reached mediation and arbitration, and final rulings,
    /// as one line; with `DISPUTE_INVARIANT_TALLY=<file under .data/>` each run appends it there for a total.
    function afterInvariant() external {
        string[11] memory actions = [
            "openConsumption",
            "openClaim",
            "respond",
            "assignResolver",
            "decide",
            "replaceResolver",
            "escalate",
            "finalize",
            "withdrawRefund",
            "withdrawEarnings",
            "resolved"
        ];
        string memory line = "";
        for (uint256 i; i < actions.length; ++i) {
            line = string.concat(line, actions[i], "=", vm.toString(handler.calls(actions[i])), " ");
        }
        line = string.concat(
            line,
            "mediation=",
            vm.toString(handler.stagesReached(1)),
            " arbitration=",
            vm.toString(handler.stagesReached(2))
        );
        console.log(line);
        string memory tally = vm.envOr("DISPUTE_INVARIANT_TALLY", string(""));
        if (bytes(tally).length != 0) vm.writeLine(tally, line);
    }
}
