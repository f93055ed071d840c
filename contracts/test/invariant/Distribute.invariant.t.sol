// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {DistributeFixture} from "../utils/DistributeFixture.sol";
import {DistributeHandler} from "./DistributeHandler.sol";
import {console2} from "forge-std/console2.sol";

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
        handler = new DistributeHandler(token, reputation, registry, taskRegistryAt, actors);
        targetContract(address(handler));
        // `progress` walks whole lifecycles, so it gets half the calls; every other action once.
        bytes4[] memory selectors = new bytes4[](28);
        bytes4[14] memory others = [
            DistributeHandler.buy.selector,
            DistributeHandler.sell.selector,
            DistributeHandler.buyThenSell.selector,
            DistributeHandler.sandwichSettlement.selector,
            DistributeHandler.propose.selector,
            DistributeHandler.stakeTokens.selector,
            DistributeHandler.stakeReputation.selector,
            DistributeHandler.unstake.selector,
            DistributeHandler.submitList.selector,
            DistributeHandler.backList.selector,
            DistributeHandler.advance.selector,
            DistributeHandler.withdrawStake.selector,
            DistributeHandler.withdrawOwed.selector,
            DistributeHandler.warp.selector
        ];
        for (uint256 i; i < others.length; ++i) {
            selectors[2 * i] = others[i];
            selectors[2 * i + 1] = DistributeHandler.progress.selector;
        }
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// Every stage a project can reach here was reached in the run (past Active the handler stands in for the
    /// task registry), and the lifecycle actions ran. The counts go to the log (-vv).
    function afterInvariant() external view {
        _logCounts();
        IProjectRegistry.Stage[7] memory stages = [
            IProjectRegistry.Stage.Staked,
            IProjectRegistry.Stage.Active,
            IProjectRegistry.Stage.Validation,
            IProjectRegistry.Stage.Voting,
            IProjectRegistry.Stage.Complete,
            IProjectRegistry.Stage.Failed,
            IProjectRegistry.Stage.Expired
        ];
        for (uint256 i; i < stages.length; ++i) {
            assertGt(
                handler.reached(stages[i]), 0, string.concat("stage never reached: ", vm.toString(uint8(stages[i])))
            );
        }
        assertGt(handler.successes("progress.fill"), 0, "no project was fully staked");
        assertGt(handler.successes("progress.acceptList"), 0, "no list was accepted");
    }

    function _logCounts() internal view {
        string[10] memory names = [
            "None", "Proposed", "Staked", "Active", "Validation", "Voting", "Complete", "Failed", "Expired", "Cancelled"
        ];
        string memory line = "reached:";
        for (uint256 i = 1; i < names.length; ++i) {
            line = string.concat(line, " ", names[i], "=", vm.toString(handler.reached(IProjectRegistry.Stage(i))));
        }
        console2.log(line);
        bytes32[11] memory actions = [
            bytes32("progress.propose"),
            "progress.fill",
            "progress.acceptList",
            "protocolSetStage",
            "advance",
            "propose",
            "stakeTokens",
            "stakeReputation",
            "submitList",
            "backList",
            "withdrawStake"
        ];
        line = "successes:";
        for (uint256 i; i < actions.length; ++i) {
            line = string.concat(line, " ", _name(actions[i]), "=", vm.toString(handler.successes(actions[i])));
        }
        console2.log(line);
    }

    function _name(bytes32 action) internal pure returns (string memory name) {
        uint256 length;
        while (length < 32 && action[length] != 0) ++length;
        name = new string(length);
        for (uint256 i; i < length; ++i) {
            bytes(name)[i] = action[i];
        }
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
