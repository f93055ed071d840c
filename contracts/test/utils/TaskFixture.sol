// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PlcrVoting} from "../../src/distribute/PlcrVoting.sol";
import {TaskRegistry} from "../../src/distribute/TaskRegistry.sol";
import {IPlcrVoting} from "../../src/interfaces/IPlcrVoting.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {ITaskRegistry} from "../../src/interfaces/ITaskRegistry.sol";
import {ProjectFixture} from "./ProjectFixture.sol";

/// @notice The whole Distribute pipeline (with the deploy script's part-2 defaults), validators and voters
/// with tokens and reputation, and helpers that drive a project from Active to settlement.
abstract contract TaskFixture is ProjectFixture {
    uint256 internal constant TASK_PERIOD = 5 days;
    uint256 internal constant VALIDATION_PERIOD = 3 days;
    uint256 internal constant COMPLETION_THRESHOLD_BPS = 5000;
    uint256 internal constant COMMIT_PERIOD = 2 days;
    uint256 internal constant REVEAL_PERIOD = 2 days;
    uint256 internal constant QUORUM_BPS = 1000;

    PlcrVoting internal voting;
    TaskRegistry internal taskRegistry;

    address internal erin = makeAddr("erin");
    address internal frank = makeAddr("frank");
    address internal grace = makeAddr("grace");
    address internal heidi = makeAddr("heidi");
    address internal ivan = makeAddr("ivan");
    address internal judy = makeAddr("judy");

    function setUp() public virtual override {
        super.setUp();
        address[6] memory members = [erin, frank, grace, heidi, ivan, judy];
        for (uint256 i; i < members.length; ++i) {
            _buy(members[i], 5 ether);
            _register(members[i]);
        }
    }

    function _deployVotingAndTasks() internal override {
        voting = new PlcrVoting(token, reputation, taskRegistryAt, _votingParameters());
        taskRegistry = new TaskRegistry(token, reputation, registry, voting, _taskParameters());
        assertEq(address(voting), votingAt, "voting prediction");
        assertEq(address(taskRegistry), taskRegistryAt, "task registry prediction");
    }

    function _votingParameters() internal pure returns (IPlcrVoting.Parameters memory) {
        return IPlcrVoting.Parameters({commitPeriod: COMMIT_PERIOD, revealPeriod: REVEAL_PERIOD, quorumBps: QUORUM_BPS});
    }

    function _taskParameters() internal pure returns (ITaskRegistry.Parameters memory) {
        return ITaskRegistry.Parameters({
            taskPeriod: TASK_PERIOD,
            validationPeriod: VALIDATION_PERIOD,
            completionThresholdBps: COMPLETION_THRESHOLD_BPS
        });
    }

    /// A project of `COST` whose accepted list (bob's) has `taskCount` tasks, activated in the task registry.
    function _activeProject(uint256 taskCount) internal returns (uint256 projectId) {
        projectId = _proposeDefault();
        _stakeFully(projectId);
        _acceptList(projectId, taskCount);
        vm.warp(block.timestamp + STAKED_PERIOD + 1);
        taskRegistry.advance(projectId);
    }

    /// bob submits a list of `taskCount` tasks and carol backs it: above 50% of the weight.
    function _acceptList(uint256 projectId, uint256 taskCount) internal {
        uint256 listId = _submit(bob, projectId, taskCount);
        vm.prank(carol);
        registry.backTaskList(projectId, listId);
    }

    function _claim(address claimer, uint256 projectId, uint256 taskIndex) internal {
        vm.prank(claimer);
        taskRegistry.claimTask(projectId, taskIndex);
    }

    function _evidence(address claimer, uint256 projectId, uint256 taskIndex) internal {
        vm.prank(claimer);
        taskRegistry.submitEvidence(
            projectId, taskIndex, keccak256(abi.encode("evidence", projectId, taskIndex)), IProjectRegistry.CidCodec.Raw
        );
    }

    function _claimAndSubmit(address claimer, uint256 projectId, uint256 taskIndex) internal {
        _claim(claimer, projectId, taskIndex);
        _evidence(claimer, projectId, taskIndex);
    }

    /// Ends Active (waiting for its end unless every task is submitted) and starts Validation.
    function _startValidation(uint256 projectId) internal {
        ITaskRegistry.ProjectTasksView memory view_ = taskRegistry.getProjectTasks(projectId);
        if (view_.submittedCount < view_.taskCount) vm.warp(view_.stageDeadline + 1);
        taskRegistry.advance(projectId);
    }

    function _validate(address validator, uint256 projectId, uint256 taskIndex, bool approve)
        internal
        returns (uint256 stake)
    {
        stake = taskRegistry.minValidationStake(projectId, taskIndex, approve);
        vm.prank(validator);
        taskRegistry.validate(projectId, taskIndex, approve, stake);
    }

    function _endStage(uint256 projectId) internal {
        vm.warp(taskRegistry.getProjectTasks(projectId).stageDeadline + 1);
        taskRegistry.advance(projectId);
    }

    function _vote(address voter, uint256 pollId, bool support, uint256 tokens, uint256 rep) internal {
        bytes32 commitHash = voting.commitHashOf(pollId, voter, support, keccak256(abi.encode(voter)));
        vm.prank(voter);
        voting.commitVote(pollId, commitHash, tokens, rep);
    }

    function _revealVote(address voter, uint256 pollId, bool support) internal {
        vm.prank(voter);
        voting.revealVote(pollId, support, keccak256(abi.encode(voter)));
    }

    function _stage(uint256 projectId) internal view returns (IProjectRegistry.Stage) {
        return registry.getProject(projectId).stage;
    }

    function _status(uint256 projectId, uint256 taskIndex) internal view returns (ITaskRegistry.TaskStatus) {
        return taskRegistry.getTask(projectId, taskIndex).status;
    }
}
