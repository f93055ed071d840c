// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {TaskFixture} from "./utils/TaskFixture.sol";

/// @notice Gas per part-2 action against the ceilings of issue 5, as a transaction pays it (`isolate = true`:
/// 21,000 base, calldata and cold accesses included), each in its typical state; and the stage changes of a
/// 32-task project in their worst case (every task claimed, submitted and disputed).
contract TaskGasTest is TaskFixture {
    uint256 internal projectId;

    function _report(string memory action, uint256 used, uint256 ceiling) internal {
        emit log_named_uint(action, used);
        assertLe(used, ceiling, action);
    }

    function test_gas_claimTask() public {
        projectId = _activeProject(10);
        _claim(erin, projectId, 0);
        _claim(alice, projectId, 1);
        _report("claim", vm.lastCallGas().gasTotalUsed, 90_000);
    }

    function test_gas_submitEvidence() public {
        projectId = _activeProject(10);
        _claimAndSubmit(erin, projectId, 0);
        _claim(alice, projectId, 1);
        _evidence(alice, projectId, 1);
        _report("submit evidence", vm.lastCallGas().gasTotalUsed, 60_000);
    }

    function test_gas_validate_firstOnTask() public {
        projectId = _activeProject(2);
        _claimAndSubmit(alice, projectId, 0);
        _claimAndSubmit(erin, projectId, 1);
        _startValidation(projectId);
        _validate(frank, projectId, 0, true);
        _validate(grace, projectId, 1, true);
        _report("validate (first on task)", vm.lastCallGas().gasTotalUsed, 110_000);
    }

    function test_gas_validate_secondOnTask() public {
        projectId = _activeProject(2);
        _claimAndSubmit(alice, projectId, 0);
        _claimAndSubmit(erin, projectId, 1);
        _startValidation(projectId);
        _validate(frank, projectId, 0, true);
        _validate(grace, projectId, 0, false);
        _report("validate (second on task)", vm.lastCallGas().gasTotalUsed, 110_000);
    }

    function _disputed() internal returns (uint256 pollId) {
        projectId = _activeProject(2);
        _claimAndSubmit(alice, projectId, 0);
        _claimAndSubmit(erin, projectId, 1);
        _startValidation(projectId);
        _validate(frank, projectId, 0, true);
        _validate(grace, projectId, 0, false);
        _endStage(projectId);
        pollId = taskRegistry.taskIdOf(projectId, 0);
        _vote(heidi, pollId, true, 10, 10);
    }

    function test_gas_commitVote() public {
        uint256 pollId = _disputed();
        _vote(ivan, pollId, true, 100, 0);
        _report("commit (tokens)", vm.lastCallGas().gasTotalUsed, 80_000);
        _vote(judy, pollId, false, 0, 50);
        _report("commit (reputation)", vm.lastCallGas().gasTotalUsed, 80_000);
    }

    /// Reported against the 80k ceiling of issue 11, which this branch does not meet: see decisions.md (issue 11,
    /// branch hard-gas) for the storage arithmetic.
    function test_gas_commitVote_tokensAndReputation() public {
        uint256 pollId = _disputed();
        _vote(ivan, pollId, true, 100, 20);
        emit log_named_uint("commit (tokens and reputation)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_revealVote() public {
        uint256 pollId = _disputed();
        _vote(ivan, pollId, true, 100, 20);
        vm.warp(block.timestamp + COMMIT_PERIOD + 1);
        _revealVote(heidi, pollId, true);
        _revealVote(ivan, pollId, true);
        _report("reveal", vm.lastCallGas().gasTotalUsed, 70_000);
    }

    function test_gas_withdrawEscrow() public {
        uint256 pollId = _disputed();
        _vote(ivan, pollId, true, 100, 20);
        vm.warp(block.timestamp + COMMIT_PERIOD + REVEAL_PERIOD + 1);
        vm.prank(ivan);
        voting.withdrawEscrow(pollId);
        _report("withdraw escrow (tokens and reputation)", vm.lastCallGas().gasTotalUsed, 60_000);
    }

    function test_gas_withdrawPayout() public {
        projectId = _activeProject(2);
        _claimAndSubmit(alice, projectId, 0);
        _claimAndSubmit(erin, projectId, 1);
        _startValidation(projectId);
        _validate(frank, projectId, 0, true);
        _validate(grace, projectId, 1, true);
        _endStage(projectId);
        vm.prank(frank);
        taskRegistry.withdrawPayout(projectId, 0);
        emit log_named_uint("withdraw payout (validator)", vm.lastCallGas().gasTotalUsed);
        uint256 etherBefore = alice.balance;
        vm.prank(alice);
        taskRegistry.withdrawPayout(projectId, 0);
        assertGt(alice.balance, etherBefore);
        _report("withdraw payout with its ether (claimer)", vm.lastCallGas().gasTotalUsed, 90_000);
    }

    /// Every stage change of a 32-task project, every task claimed, submitted and disputed.
    function test_gas_stageChanges_32Tasks() public {
        projectId = _proposeDefault();
        _stakeFully(projectId);
        _acceptList(projectId, 32);
        vm.warp(block.timestamp + STAKED_PERIOD + 1);
        taskRegistry.advance(projectId);
        _report("advance Staked -> Active (32 tasks)", vm.lastCallGas().gasTotalUsed, 500_000);
        address[2] memory claimers = [alice, erin];
        for (uint256 i; i < 32; ++i) {
            _claimAndSubmit(claimers[i % 2], projectId, i);
        }
        taskRegistry.advance(projectId);
        _report("advance Active -> Validation (32 tasks)", vm.lastCallGas().gasTotalUsed, 500_000);
        for (uint256 i; i < 32; ++i) {
            _validate(frank, projectId, i, true);
            _validate(grace, projectId, i, false);
        }
        _endStage(projectId);
        _report("advance Validation -> Voting (32 disputed)", vm.lastCallGas().gasTotalUsed, 500_000);
        for (uint256 i; i < 32; ++i) {
            _vote(heidi, taskRegistry.taskIdOf(projectId, i), i % 2 == 0, 100, 0);
        }
        vm.warp(block.timestamp + COMMIT_PERIOD + 1);
        for (uint256 i; i < 32; ++i) {
            _revealVote(heidi, taskRegistry.taskIdOf(projectId, i), i % 2 == 0);
        }
        _endStage(projectId);
        _report("advance Voting -> settled (32 disputed)", vm.lastCallGas().gasTotalUsed, 500_000);
        assertEq(uint8(_stage(projectId)), uint8(IProjectRegistry.Stage.Failed));
    }
}
