// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {DistributeFixture} from "../utils/DistributeFixture.sol";
import {DistributeHandler} from "./DistributeHandler.sol";

/// @notice Random projects, stakes, lists, trades and time travel; properties of the pool and the registry.
contract DistributeInvariantTest is DistributeFixture {
    DistributeHandler internal handler;
    address[] internal actors;

    function setUp() public override {
        super.setUp();
        for (uint256 i; i < 5; ++i) {
            address actor = makeAddr(string.concat("actor", vm.toString(i)));
            actors.push(actor);
            _register(actor);
            _buy(actor, 5 ether);
        }
        handler = new DistributeHandler(token, reputation, registry, actors);
        targetContract(address(handler));
    }

    /// The contract always holds at least pool + pending release + escrows + owed.
    function invariant_etherCoversPoolEscrowsAndOwed() public view {
        (uint256 pending,,) = token.pendingRelease();
        uint256 accounted = token.availablePool() + pending;
        uint256 count = registry.projectCount();
        for (uint256 id = 1; id <= count; ++id) {
            accounted += token.escrowOf(id);
        }
        for (uint256 i; i < actors.length; ++i) {
            accounted += token.owedTo(actors[i]);
        }
        assertGe(address(token).balance, accounted);
    }

    /// Total supply equals the sum of every balance that can exist here.
    function invariant_supplyEqualsBalances() public view {
        uint256 sum = token.balanceOf(token.DEAD_ADDRESS()) + token.balanceOf(address(registry));
        for (uint256 i; i < actors.length; ++i) {
            sum += token.balanceOf(actors[i]);
        }
        assertEq(token.totalSupply(), sum);
    }

    /// Reputation only sits in accounts or locked by the registry; it never reaches anyone else.
    function invariant_reputationStaysWithAccountsOrLocks() public view {
        uint256 sum = reputation.lockedBy(address(registry));
        for (uint256 i; i < actors.length; ++i) {
            sum += reputation.balanceOf(actors[i]);
        }
        assertEq(reputation.totalSupply(), sum);
        assertEq(reputation.balanceOf(address(handler)), 0);
        assertEq(reputation.balanceOf(address(registry)), 0);
    }

    /// Stakes are conserved until a stage ends: while Proposed, positions sum to the project totals.
    function invariant_stakesConservedWhileProposed() public view {
        uint256 count = registry.projectCount();
        for (uint256 id = 1; id <= count; ++id) {
            IProjectRegistry.ProjectView memory p = registry.getProject(id);
            if (p.stage != IProjectRegistry.Stage.Proposed && p.stage != IProjectRegistry.Stage.Staked) continue;
            uint256 tokens;
            uint256 rep;
            for (uint256 i; i < actors.length; ++i) {
                IProjectRegistry.StakeView memory s = registry.getStake(id, actors[i]);
                tokens += s.tokens;
                rep += s.reputation;
            }
            assertEq(tokens, p.stakedTokens);
            assertEq(rep, p.stakedReputation);
            assertLe(p.stakedTokens, p.requiredTokens);
            assertLe(p.stakedReputation, p.requiredReputation);
        }
    }

    /// Stages only move forward.
    function invariant_stagesOnlyMoveForward() public view {
        assertFalse(handler.ghostStageWentBack());
    }

    /// An atomic buy→sell, or a buy / settlement / sell sandwich, never gains ether.
    function invariant_roundTripsNeverGain() public view {
        assertFalse(handler.ghostRoundTripGained());
    }
}
