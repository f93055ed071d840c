// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {TaskFixture} from "../utils/TaskFixture.sol";
import {TaskLifecycleHandler} from "./TaskLifecycleHandler.sol";
import {console2} from "forge-std/console2.sol";

/// @notice Random projects from Active through Validation, Voting and settlement with many actors.
contract TaskLifecycleInvariantTest is TaskFixture {
    TaskLifecycleHandler internal handler;
    address[] internal actors;
    uint256 internal repMintedBefore;

    function setUp() public override {
        super.setUp();
        actors = [alice, bob, carol, dave, erin, frank, grace, heidi, ivan, judy];
        uint256 etherIn = address(token).balance;
        handler = new TaskLifecycleHandler(token, reputation, registry, taskRegistry, voting, actors, etherIn);
        handler.addProject(_activeProject(3));
        handler.addProject(_activeProject(6));
        targetContract(address(handler));
        // `addProject` is setup only; `drive` walks the projects to settlement, so it gets a third of the calls.
        bytes4[13] memory actions = [
            TaskLifecycleHandler.claim.selector,
            TaskLifecycleHandler.submit.selector,
            TaskLifecycleHandler.slash.selector,
            TaskLifecycleHandler.validate.selector,
            TaskLifecycleHandler.vote.selector,
            TaskLifecycleHandler.reveal.selector,
            TaskLifecycleHandler.withdrawEscrow.selector,
            TaskLifecycleHandler.withdrawPayout.selector,
            TaskLifecycleHandler.withdrawOwed.selector,
            TaskLifecycleHandler.withdrawStake.selector,
            TaskLifecycleHandler.advance.selector,
            TaskLifecycleHandler.drive.selector,
            TaskLifecycleHandler.drive.selector
        ];
        bytes4[] memory selectors = new bytes4[](actions.length + 5);
        for (uint256 i; i < actions.length; ++i) {
            selectors[i] = actions[i];
        }
        for (uint256 i = actions.length; i < selectors.length; ++i) {
            selectors[i] = TaskLifecycleHandler.drive.selector;
        }
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// In every run both projects were settled (Complete or Failed); which stages they passed on the way is
    /// logged (-vv): a run whose noise ends Active before any evidence fails both without Validation.
    function afterInvariant() external view {
        string[10] memory names = [
            "None", "Proposed", "Staked", "Active", "Validation", "Voting", "Complete", "Failed", "Expired", "Cancelled"
        ];
        string memory line = "reached:";
        for (uint256 i = 3; i < 8; ++i) {
            line = string.concat(line, " ", names[i], "=", vm.toString(handler.reached(IProjectRegistry.Stage(i))));
        }
        console2.log(line);
        console2.log(
            string.concat(
                "successes: drive.advance=",
                vm.toString(handler.successes("drive.advance")),
                " drive.deliver=",
                vm.toString(handler.successes("drive.deliver")),
                " drive.validate=",
                vm.toString(handler.successes("drive.validate")),
                " drive.commit=",
                vm.toString(handler.successes("drive.commit")),
                " drive.reveal=",
                vm.toString(handler.successes("drive.reveal")),
                " advance=",
                vm.toString(handler.successes("advance"))
            )
        );
        uint256 settled =
            handler.reached(IProjectRegistry.Stage.Complete) + handler.reached(IProjectRegistry.Stage.Failed);
        assertEq(settled, 2, "a project was never settled");
    }

    /// Ether in = ether out + ether held.
    function invariant_etherConserved() public view {
        assertEq(address(token).balance, handler.ghostEtherIn() - handler.ghostEtherOut());
    }

    /// The token holds at least the pool, every escrow, what is owed and what waits in the release window.
    function invariant_etherCoversObligations() public view {
        (uint256 pool,) = token.priceState();
        (uint256 etherPending,,) = token.pendingRelease();
        uint256 owed;
        for (uint256 i; i < actors.length; ++i) {
            owed += token.owedTo(actors[i]);
        }
        uint256 escrows = token.escrowOf(1) + token.escrowOf(2) + token.escrowOf(3);
        assertGe(address(token).balance, pool + etherPending + owed + escrows);
    }

    /// Token supply is exactly what the known holders hold: nothing is created or lost outside mints and burns.
    function invariant_tokensConserved() public view {
        uint256 held = token.balanceOf(token.DEAD_ADDRESS()) + token.balanceOf(address(registry))
            + token.balanceOf(address(taskRegistry)) + token.balanceOf(address(voting));
        for (uint256 i; i < actors.length; ++i) {
            held += token.balanceOf(actors[i]);
        }
        assertEq(held, token.totalSupply());
    }

    /// Reputation is free balances plus what the protocol contracts hold locked.
    function invariant_reputationConserved() public view {
        uint256 held = reputation.lockedBy(address(registry)) + reputation.lockedBy(address(taskRegistry))
            + reputation.lockedBy(address(voting));
        for (uint256 i; i < actors.length; ++i) {
            held += reputation.balanceOf(actors[i]);
        }
        assertEq(held, reputation.totalSupply());
    }

    /// The voting contract holds exactly the escrow not yet withdrawn.
    function invariant_votingEscrowHeld() public view {
        assertEq(token.balanceOf(address(voting)), handler.ghostEscrowTokens() * 1e18);
        assertEq(reputation.lockedBy(address(voting)), handler.ghostEscrowReputation() * 1e18);
    }

    /// No escrow or payout was ever withdrawn twice.
    function invariant_noDoubleWithdrawal() public view {
        assertFalse(handler.ghostDoubleWithdrawal());
    }
}
