// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {TaskRegistry} from "../src/distribute/TaskRegistry.sol";
import {ICapitalToken} from "../src/interfaces/ICapitalToken.sol";
import {IPlcrVoting} from "../src/interfaces/IPlcrVoting.sol";
import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {IReputationRegistry} from "../src/interfaces/IReputationRegistry.sol";
import {ITaskRegistry} from "../src/interfaces/ITaskRegistry.sol";
import {TaskMath} from "../src/libraries/TaskMath.sol";
import {TaskFixture} from "./utils/TaskFixture.sol";

contract TaskRegistryTest is TaskFixture {
    IProjectRegistry.Stage internal constant NONE = IProjectRegistry.Stage.None;
    IProjectRegistry.Stage internal constant ACTIVE = IProjectRegistry.Stage.Active;
    IProjectRegistry.Stage internal constant VALIDATION = IProjectRegistry.Stage.Validation;
    IProjectRegistry.Stage internal constant VOTING = IProjectRegistry.Stage.Voting;
    IProjectRegistry.Stage internal constant COMPLETE = IProjectRegistry.Stage.Complete;
    IProjectRegistry.Stage internal constant FAILED = IProjectRegistry.Stage.Failed;

    uint256 internal projectId;

    function setUp() public override {
        super.setUp();
        projectId = _activeProject(4); // weightings 2500 each
    }

    function _lock(uint256 taskIndex) internal view returns (uint256) {
        return taskRegistry.getTask(projectId, taskIndex).claimLock;
    }

    /// Tasks 0-3 claimed and submitted by alice, erin, alice, erin; Validation started.
    function _allSubmittedInValidation() internal {
        _claimAndSubmit(alice, projectId, 0);
        _claimAndSubmit(erin, projectId, 1);
        _claimAndSubmit(alice, projectId, 2);
        _claimAndSubmit(erin, projectId, 3);
        _startValidation(projectId);
    }

    // --- constructor ---

    function test_constructor_taskPeriodAboveActive_reverts() public {
        ITaskRegistry.Parameters memory params = _taskParameters();
        params.taskPeriod = ACTIVE_PERIOD + 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                ITaskRegistry.TaskParameterOutOfBounds.selector, "taskPeriod", ACTIVE_PERIOD + 1, 1 hours, ACTIVE_PERIOD
            )
        );
        new TaskRegistry(token, reputation, registry, voting, params);
    }

    function test_constructor_thresholdBelowHalf_reverts() public {
        ITaskRegistry.Parameters memory params = _taskParameters();
        params.completionThresholdBps = 4999;
        vm.expectRevert(
            abi.encodeWithSelector(
                ITaskRegistry.TaskParameterOutOfBounds.selector, "completionThresholdBps", 4999, 5000, 10_000
            )
        );
        new TaskRegistry(token, reputation, registry, voting, params);
    }

    function test_parameters_returnsDeployment() public view {
        ITaskRegistry.Parameters memory params = taskRegistry.parameters();
        assertEq(params.taskPeriod, TASK_PERIOD);
        assertEq(params.validationPeriod, VALIDATION_PERIOD);
        assertEq(params.completionThresholdBps, COMPLETION_THRESHOLD_BPS);
        assertEq(taskRegistry.taskIdOf(3, 7), 3 << 8 | 7);
    }

    // --- advance: activation ---

    function test_advance_staked_activatesWithAcceptedList() public view {
        ITaskRegistry.ProjectTasksView memory view_ = taskRegistry.getProjectTasks(projectId);
        assertEq(uint8(view_.stage), uint8(ACTIVE));
        assertEq(view_.taskCount, 4);
        assertEq(view_.cost, COST);
        assertEq(view_.stakedReputation, registry.getProject(projectId).stakedReputation);
        assertEq(view_.stageDeadline, registry.getProject(projectId).stageDeadline);
        assertEq(taskRegistry.getTask(projectId, 2).weighting, 2500);
        assertEq(uint8(_stage(projectId)), uint8(ACTIVE));
    }

    function test_advance_alreadyActiveInRegistry_activates() public {
        uint256 other = _proposeDefault();
        _stakeFully(other);
        _acceptList(other, 3);
        vm.warp(block.timestamp + STAKED_PERIOD + 1);
        registry.advance(other);
        assertEq(uint8(taskRegistry.getProjectTasks(other).stage), uint8(NONE));
        vm.expectEmit(address(taskRegistry));
        emit ITaskRegistry.TasksActivated(other, 3, registry.getProject(other).stageDeadline);
        taskRegistry.advance(other);
        assertEq(uint8(taskRegistry.getProjectTasks(other).stage), uint8(ACTIVE));
    }

    function test_advance_stakedNotDue_reverts() public {
        uint256 other = _proposeDefault();
        _stakeFully(other);
        uint256 deadline = registry.getProject(other).stageDeadline;
        vm.expectRevert(
            abi.encodeWithSelector(
                IProjectRegistry.ProjectNotDue.selector, other, IProjectRegistry.Stage.Staked, deadline
            )
        );
        taskRegistry.advance(other);
    }

    function test_advance_stakedWithoutMajority_failsInRegistry() public {
        uint256 other = _proposeDefault();
        _stakeFully(other);
        vm.warp(block.timestamp + STAKED_PERIOD + 1);
        taskRegistry.advance(other);
        assertEq(uint8(_stage(other)), uint8(FAILED));
        assertEq(uint8(taskRegistry.getProjectTasks(other).stage), uint8(NONE));
    }

    function test_advance_expiredProject_reverts() public {
        uint256 other = _proposeDefault();
        vm.warp(block.timestamp + 8 days);
        registry.expire(other);
        vm.expectRevert(
            abi.encodeWithSelector(ITaskRegistry.TaskWrongStage.selector, other, IProjectRegistry.Stage.Expired, ACTIVE)
        );
        taskRegistry.advance(other);
    }

    // --- claimTask ---

    function test_claimTask_locksReputation() public {
        uint256 lock = _lock(0);
        assertEq(lock, (registry.getProject(projectId).stakedReputation * 2500 + 9999) / 10_000);
        uint256 before = reputation.balanceOf(erin);
        vm.expectEmit(address(taskRegistry));
        emit ITaskRegistry.TaskClaimed(projectId, 0, erin, lock, block.timestamp + TASK_PERIOD);
        _claim(erin, projectId, 0);
        assertEq(reputation.balanceOf(erin), before - lock);
        assertEq(reputation.lockedBy(address(taskRegistry)), lock);
        ITaskRegistry.TaskView memory task = taskRegistry.getTask(projectId, 0);
        assertEq(task.claimer, erin);
        assertEq(uint8(task.status), uint8(ITaskRegistry.TaskStatus.Claimed));
        assertEq(task.deadline, block.timestamp + TASK_PERIOD);
    }

    function test_claimTask_notActivated_reverts() public {
        uint256 other = _proposeDefault();
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskWrongStage.selector, other, NONE, ACTIVE));
        _claim(erin, other, 0);
    }

    function test_claimTask_lessThanTaskPeriodLeft_reverts() public {
        uint256 lastClaimAt = taskRegistry.getProjectTasks(projectId).stageDeadline - TASK_PERIOD;
        vm.warp(lastClaimAt + 1);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskClaimWindowClosed.selector, projectId, lastClaimAt));
        _claim(erin, projectId, 0);
    }

    function test_claimTask_unknownIndex_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskNotFound.selector, projectId, 4));
        _claim(erin, projectId, 4);
    }

    function test_claimTask_alreadyClaimed_reverts() public {
        _claim(erin, projectId, 0);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITaskRegistry.TaskWrongStatus.selector,
                projectId,
                0,
                ITaskRegistry.TaskStatus.Claimed,
                ITaskRegistry.TaskStatus.Open
            )
        );
        _claim(frank, projectId, 0);
    }

    function test_claimTask_withoutReputation_reverts() public {
        address stranger = makeAddr("stranger");
        vm.expectRevert(
            abi.encodeWithSelector(IReputationRegistry.ReputationInsufficientBalance.selector, stranger, 0, _lock(0))
        );
        _claim(stranger, projectId, 0);
    }

    // --- slashAndReopen ---

    function test_slashAndReopen_afterDeadline_burnsLockAndReopens() public {
        _claim(erin, projectId, 0);
        uint256 lock = _lock(0);
        uint256 supply = reputation.totalSupply();
        vm.warp(block.timestamp + TASK_PERIOD + 1);
        vm.expectEmit(address(taskRegistry));
        emit ITaskRegistry.TaskSlashed(projectId, 0, erin, frank, lock);
        vm.prank(frank);
        taskRegistry.slashAndReopen(projectId, 0);
        assertEq(reputation.totalSupply(), supply - lock);
        assertEq(reputation.lockedBy(address(taskRegistry)), 0);
        assertTrue(taskRegistry.isSlashed(projectId, 0, erin));
        assertEq(uint8(_status(projectId, 0)), uint8(ITaskRegistry.TaskStatus.Open));
        _claim(frank, projectId, 0);
        assertEq(taskRegistry.getTask(projectId, 0).claimer, frank);
    }

    function test_slashAndReopen_slashedClaimerClaimsAgain_reverts() public {
        _claim(erin, projectId, 0);
        vm.warp(block.timestamp + TASK_PERIOD + 1);
        taskRegistry.slashAndReopen(projectId, 0);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskClaimerSlashed.selector, projectId, 0, erin));
        _claim(erin, projectId, 0);
    }

    function test_slashAndReopen_beforeDeadline_reverts() public {
        _claim(erin, projectId, 0);
        uint256 deadline = block.timestamp + TASK_PERIOD;
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskDeadlineNotPassed.selector, projectId, 0, deadline));
        taskRegistry.slashAndReopen(projectId, 0);
    }

    function test_slashAndReopen_submitted_reverts() public {
        _claimAndSubmit(erin, projectId, 0);
        vm.warp(block.timestamp + TASK_PERIOD + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITaskRegistry.TaskWrongStatus.selector,
                projectId,
                0,
                ITaskRegistry.TaskStatus.Submitted,
                ITaskRegistry.TaskStatus.Claimed
            )
        );
        taskRegistry.slashAndReopen(projectId, 0);
    }

    // --- submitEvidence ---

    function test_submitEvidence_storesDigest() public {
        _claim(erin, projectId, 1);
        bytes32 digest = keccak256("cid");
        vm.expectEmit(address(taskRegistry));
        emit ITaskRegistry.EvidenceSubmitted(projectId, 1, erin, digest, IProjectRegistry.CidCodec.DagPb);
        vm.prank(erin);
        taskRegistry.submitEvidence(projectId, 1, digest, IProjectRegistry.CidCodec.DagPb);
        ITaskRegistry.TaskView memory task = taskRegistry.getTask(projectId, 1);
        assertEq(task.evidenceDigest, digest);
        assertEq(uint8(task.evidenceCodec), uint8(IProjectRegistry.CidCodec.DagPb));
        assertEq(uint8(task.status), uint8(ITaskRegistry.TaskStatus.Submitted));
        assertEq(taskRegistry.getProjectTasks(projectId).submittedCount, 1);
    }

    function test_submitEvidence_notClaimer_reverts() public {
        _claim(erin, projectId, 1);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskNotClaimer.selector, projectId, 1, frank));
        vm.prank(frank);
        taskRegistry.submitEvidence(projectId, 1, keccak256("cid"), IProjectRegistry.CidCodec.Raw);
    }

    function test_submitEvidence_emptyDigest_reverts() public {
        _claim(erin, projectId, 1);
        vm.expectRevert(ITaskRegistry.TaskEmptyEvidence.selector);
        vm.prank(erin);
        taskRegistry.submitEvidence(projectId, 1, bytes32(0), IProjectRegistry.CidCodec.Raw);
    }

    function test_submitEvidence_afterDeadline_reverts() public {
        _claim(erin, projectId, 1);
        uint256 deadline = block.timestamp + TASK_PERIOD;
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskDeadlinePassed.selector, projectId, 1, deadline));
        _evidence(erin, projectId, 1);
    }

    function test_submitEvidence_twice_reverts() public {
        _claimAndSubmit(erin, projectId, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITaskRegistry.TaskWrongStatus.selector,
                projectId,
                1,
                ITaskRegistry.TaskStatus.Submitted,
                ITaskRegistry.TaskStatus.Claimed
            )
        );
        _evidence(erin, projectId, 1);
    }

    // --- advance: Active ---

    function test_advance_activeNotDue_reverts() public {
        _claimAndSubmit(erin, projectId, 0);
        uint256 activeEnd = taskRegistry.getProjectTasks(projectId).stageDeadline;
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskNotDue.selector, projectId, ACTIVE, activeEnd));
        taskRegistry.advance(projectId);
    }

    function test_advance_everyTaskSubmitted_startsValidationEarly() public {
        _allSubmittedInValidation();
        ITaskRegistry.ProjectTasksView memory view_ = taskRegistry.getProjectTasks(projectId);
        assertEq(uint8(view_.stage), uint8(VALIDATION));
        assertEq(view_.stageDeadline, block.timestamp + VALIDATION_PERIOD);
        (uint256 pool, uint256 supply) = token.priceState();
        assertEq(view_.validationPool, pool);
        assertEq(view_.validationSupply, supply);
        assertEq(uint8(_stage(projectId)), uint8(VALIDATION));
        assertEq(uint8(_status(projectId, 0)), uint8(ITaskRegistry.TaskStatus.Validating));
    }

    function test_advance_activeEndedNothingSubmitted_settlesFailed() public {
        _claim(erin, projectId, 0);
        uint256 supply = reputation.totalSupply();
        uint256 escrow = token.escrowOf(projectId);
        vm.warp(taskRegistry.getProjectTasks(projectId).stageDeadline + 1);
        taskRegistry.advance(projectId);
        assertEq(uint8(_stage(projectId)), uint8(FAILED));
        assertEq(uint8(_status(projectId, 0)), uint8(ITaskRegistry.TaskStatus.Failed));
        // erin's lock and every staked reputation burned; the whole escrow back to the pool.
        assertEq(reputation.totalSupply(), supply - _lock(0) - registry.getProject(projectId).stakedReputation);
        assertEq(token.escrowOf(projectId), 0);
        (uint256 etherPending,,) = token.pendingRelease();
        assertGe(etherPending, escrow - 1);
    }

    // --- validate ---

    function test_validate_takesSlotsInOrder() public {
        _allSubmittedInValidation();
        uint256 minimum = taskRegistry.minValidationStake(projectId, 0, true);
        ITaskRegistry.TaskView memory task = taskRegistry.getTask(projectId, 0);
        (uint256 pool, uint256 supply) = token.priceState();
        assertEq(minimum, TaskMath.minValidationStake(0, task.reserve, pool, supply));
        uint256 before = token.balanceOf(frank);
        vm.expectEmit(address(taskRegistry));
        emit ITaskRegistry.TaskValidated(projectId, 0, frank, true, 0, minimum);
        vm.prank(frank);
        taskRegistry.validate(projectId, 0, true, minimum);
        assertEq(token.balanceOf(frank), before - minimum);
        _validate(grace, projectId, 0, true);
        ITaskRegistry.ValidatorView memory second = taskRegistry.getValidator(projectId, 0, grace);
        assertTrue(second.validating);
        assertEq(second.slot, 1);
        assertEq(taskRegistry.getTask(projectId, 0).approvals, 2);
    }

    function test_validate_minimumIsTwiceTheSlotShareOfTheReserve() public {
        _allSubmittedInValidation();
        uint256 reserve = taskRegistry.getTask(projectId, 0).reserve;
        (uint256 pool, uint256 supply) = token.priceState();
        uint256 minimum = taskRegistry.minValidationStake(projectId, 0, true);
        // worth (at the sell price) at least 2 × 36% of the reserve
        assertGe(minimum * pool / supply + 1, reserve * 2 * 3600 / 10_000);
    }

    function test_validate_belowMinimum_reverts() public {
        _allSubmittedInValidation();
        uint256 minimum = taskRegistry.minValidationStake(projectId, 0, true);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskStakeTooSmall.selector, minimum - 1, minimum));
        vm.prank(frank);
        taskRegistry.validate(projectId, 0, true, minimum - 1);
    }

    function test_validate_byClaimer_reverts() public {
        _allSubmittedInValidation();
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskClaimerCannotValidate.selector, projectId, 0));
        vm.prank(alice);
        taskRegistry.validate(projectId, 0, true, 1e24);
    }

    /// Regression (TCR): one account cannot squat several slots of a task, on either side.
    function test_validate_secondSlotSameAccount_reverts() public {
        _allSubmittedInValidation();
        _validate(frank, projectId, 0, true);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskAlreadyValidating.selector, projectId, 0, frank));
        vm.prank(frank);
        taskRegistry.validate(projectId, 0, true, 1e24);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskAlreadyValidating.selector, projectId, 0, frank));
        vm.prank(frank);
        taskRegistry.validate(projectId, 0, false, 1e24);
        assertEq(taskRegistry.getTask(projectId, 0).approvals, 1);
    }

    function test_validate_sideFull_reverts() public {
        _allSubmittedInValidation();
        address[5] memory validators = [bob, carol, frank, grace, heidi];
        for (uint256 i; i < 5; ++i) {
            _validate(validators[i], projectId, 0, true);
        }
        assertEq(taskRegistry.minValidationStake(projectId, 0, true), 0);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskSlotsFull.selector, projectId, 0, true));
        vm.prank(ivan);
        taskRegistry.validate(projectId, 0, true, 1e24);
    }

    function test_validate_afterWindow_reverts() public {
        _allSubmittedInValidation();
        uint256 end = taskRegistry.getProjectTasks(projectId).stageDeadline;
        vm.warp(end + 1);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskValidationClosed.selector, projectId, end));
        vm.prank(frank);
        taskRegistry.validate(projectId, 0, true, 1e24);
    }

    function test_validate_unsubmittedTask_reverts() public {
        _claimAndSubmit(erin, projectId, 0);
        _startValidation(projectId);
        vm.expectRevert(
            abi.encodeWithSelector(
                ITaskRegistry.TaskWrongStatus.selector,
                projectId,
                1,
                ITaskRegistry.TaskStatus.Open,
                ITaskRegistry.TaskStatus.Submitted
            )
        );
        vm.prank(frank);
        taskRegistry.validate(projectId, 1, true, 1e24);
    }

    function test_validate_duringActive_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskWrongStage.selector, projectId, ACTIVE, VALIDATION));
        vm.prank(frank);
        taskRegistry.validate(projectId, 0, true, 1e24);
    }

    // --- advance: Validation and settlement without votes ---

    function test_advance_validationNotDue_reverts() public {
        _allSubmittedInValidation();
        uint256 end = taskRegistry.getProjectTasks(projectId).stageDeadline;
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskNotDue.selector, projectId, VALIDATION, end));
        taskRegistry.advance(projectId);
    }

    function test_advance_oneSidedOutcomes_settlesWithoutVoting() public {
        _allSubmittedInValidation();
        _validate(frank, projectId, 0, true); // completed
        _validate(frank, projectId, 1, true); // completed
        _validate(grace, projectId, 2, false); // failed; task 3: nobody validates
        uint256 escrow = token.escrowOf(projectId);
        _endStage(projectId);
        assertEq(uint8(_stage(projectId)), uint8(COMPLETE));
        ITaskRegistry.ProjectTasksView memory view_ = taskRegistry.getProjectTasks(projectId);
        assertEq(view_.completedMask, 3);
        assertEq(uint8(_status(projectId, 0)), uint8(ITaskRegistry.TaskStatus.Completed));
        assertEq(uint8(_status(projectId, 2)), uint8(ITaskRegistry.TaskStatus.Failed));
        assertEq(uint8(_status(projectId, 3)), uint8(ITaskRegistry.TaskStatus.Failed));
        // kept: 2 task payouts, 3 reserves (tasks 0-2), 1% staker reward
        uint256 taskEther = COST * 2500 / 10_000;
        uint256 kept = 2 * taskEther + 3 * (taskEther * 500 / 10_000) + COST / 100;
        assertEq(token.escrowOf(projectId), kept);
        assertLt(kept, escrow);
    }

    function test_advance_completedBelowThreshold_fails() public {
        _allSubmittedInValidation();
        _validate(frank, projectId, 0, true); // 25% completed only
        _endStage(projectId);
        assertEq(uint8(_stage(projectId)), uint8(FAILED));
        // task 0 still pays its claimer
        (, uint256 rep, uint256 etherAmount) = taskRegistry.pendingPayout(projectId, 0, alice);
        assertEq(rep, 2 * _lock(0));
        assertEq(etherAmount, COST * 2500 / 10_000);
    }

    // --- withdrawPayout ---

    function test_withdrawPayout_completedClaimer_paysTwiceLockAndEther() public {
        _allSubmittedInValidation();
        _validate(frank, projectId, 0, true);
        _validate(frank, projectId, 1, true);
        _endStage(projectId);
        uint256 repBefore = reputation.balanceOf(alice);
        uint256 etherBefore = alice.balance;
        uint256 owedBefore = token.owedTo(alice); // her proposer reward, owed since funding
        uint256 lock = _lock(0);
        vm.expectEmit(address(taskRegistry));
        emit ITaskRegistry.ClaimerPaid(projectId, 0, alice, lock, lock, COST / 4);
        vm.prank(alice);
        taskRegistry.withdrawPayout(projectId, 0);
        assertEq(reputation.balanceOf(alice), repBefore + 2 * lock);
        // The ether arrives with the withdrawal itself: nothing more becomes owed in the token.
        assertEq(alice.balance, etherBefore + COST / 4);
        assertEq(token.owedTo(alice), owedBefore);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskNothingToWithdraw.selector, projectId, 0, alice));
        vm.prank(alice);
        taskRegistry.withdrawPayout(projectId, 0);
    }

    function test_withdrawPayout_unvalidatedClaimer_getsLockBack() public {
        _allSubmittedInValidation();
        _validate(frank, projectId, 0, true);
        _validate(frank, projectId, 1, true);
        _endStage(projectId);
        uint256 before = reputation.balanceOf(erin);
        uint256 etherBefore = erin.balance;
        vm.prank(erin);
        taskRegistry.withdrawPayout(projectId, 3);
        assertEq(reputation.balanceOf(erin), before + _lock(3));
        assertEq(erin.balance, etherBefore); // no ether for an unvalidated task
    }

    function test_withdrawPayout_rejectedClaimer_reverts() public {
        _allSubmittedInValidation();
        _validate(grace, projectId, 2, false);
        _endStage(projectId);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskNothingToWithdraw.selector, projectId, 2, alice));
        vm.prank(alice);
        taskRegistry.withdrawPayout(projectId, 2);
    }

    function test_withdrawPayout_beforeSettlement_reverts() public {
        _allSubmittedInValidation();
        _validate(frank, projectId, 0, true);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskNothingToWithdraw.selector, projectId, 0, frank));
        vm.prank(frank);
        taskRegistry.withdrawPayout(projectId, 0);
    }

    function test_withdrawPayout_correctValidators_shareTheWholeReserve() public {
        _allSubmittedInValidation();
        uint256 stakeFrank = _validate(frank, projectId, 0, true);
        _validate(grace, projectId, 0, true);
        _validate(heidi, projectId, 0, true);
        _endStage(projectId);
        uint256 reserve = taskRegistry.getTask(projectId, 0).reserve;
        uint256 before = token.balanceOf(frank);
        uint256 etherBefore = frank.balance + grace.balance + heidi.balance;
        uint256 frankBefore = frank.balance;
        vm.prank(frank);
        taskRegistry.withdrawPayout(projectId, 0);
        vm.prank(grace);
        taskRegistry.withdrawPayout(projectId, 0);
        vm.prank(heidi);
        taskRegistry.withdrawPayout(projectId, 0);
        assertEq(token.balanceOf(frank), before + stakeFrank);
        assertEq(frank.balance + grace.balance + heidi.balance, etherBefore + reserve);
        assertEq(frank.balance - frankBefore, reserve * 3600 / 8200);
    }

    /// A claimer that refuses ether cannot withdraw (and can try again from an account that accepts it).
    function test_withdrawPayout_callerRejectsEther_reverts() public {
        _allSubmittedInValidation();
        _validate(frank, projectId, 0, true);
        _endStage(projectId);
        vm.etch(alice, hex"5f5ffd"); // PUSH0 PUSH0 REVERT: refuses every call
        vm.expectRevert(abi.encodeWithSelector(ICapitalToken.CapitalEtherTransferFailed.selector, alice, COST / 4));
        vm.prank(alice);
        taskRegistry.withdrawPayout(projectId, 0);
        assertEq(token.escrowOf(projectId) >= COST / 4, true);
    }

    function test_sendFromEscrow_notProtocol_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ICapitalToken.CapitalNotProtocol.selector, address(this)));
        token.sendFromEscrow(projectId, address(this), 1);
    }

    function test_withdrawPayouts_batchAcrossTasks() public {
        _allSubmittedInValidation();
        _validate(frank, projectId, 0, true);
        _validate(frank, projectId, 1, true);
        _endStage(projectId);
        uint256[] memory ids = new uint256[](2);
        ids[0] = taskRegistry.taskIdOf(projectId, 0);
        ids[1] = taskRegistry.taskIdOf(projectId, 1);
        vm.prank(frank);
        taskRegistry.withdrawPayouts(ids);
        assertTrue(taskRegistry.getValidator(projectId, 1, frank).withdrawn);
    }

    function test_withdrawPayouts_tooMany_reverts() public {
        uint256[] memory ids = new uint256[](33);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskBatchTooLarge.selector, 33, 32));
        taskRegistry.withdrawPayouts(ids);
    }

    // --- disputes and voting ---

    function _disputeTaskZero() internal returns (uint256 pollId) {
        _allSubmittedInValidation();
        _validate(frank, projectId, 0, true);
        _validate(grace, projectId, 0, false);
        _validate(frank, projectId, 1, true);
        _validate(frank, projectId, 2, true);
        _endStage(projectId);
        pollId = taskRegistry.taskIdOf(projectId, 0);
    }

    function test_advance_disputed_opensPollsAndEntersVoting() public {
        uint256 pollId = _disputeTaskZero();
        assertEq(uint8(_stage(projectId)), uint8(VOTING));
        assertEq(uint8(_status(projectId, 0)), uint8(ITaskRegistry.TaskStatus.Disputed));
        assertEq(uint8(_status(projectId, 1)), uint8(ITaskRegistry.TaskStatus.Completed));
        IPlcrVoting.PollGroupView memory group = voting.getPollGroup(projectId);
        assertEq(group.taskMask, 1);
        assertEq(group.opener, address(taskRegistry));
        assertEq(taskRegistry.getProjectTasks(projectId).stageDeadline, group.revealEnd);
        assertTrue(taskRegistry.isExcludedVoter(pollId, alice)); // claimer
        assertTrue(taskRegistry.isExcludedVoter(pollId, frank)); // validator
        assertFalse(taskRegistry.isExcludedVoter(pollId, ivan));
    }

    function test_commitVote_claimerOrValidator_reverts() public {
        uint256 pollId = _disputeTaskZero();
        vm.expectRevert(abi.encodeWithSelector(IPlcrVoting.VotingVoterExcluded.selector, pollId, alice));
        vm.prank(alice);
        voting.commitVote(pollId, keccak256("sealed"), 1, 0);
        vm.expectRevert(abi.encodeWithSelector(IPlcrVoting.VotingVoterExcluded.selector, pollId, grace));
        vm.prank(grace);
        voting.commitVote(pollId, keccak256("sealed"), 1, 0);
    }

    function test_advance_votingNotDue_reverts() public {
        _disputeTaskZero();
        uint256 end = taskRegistry.getProjectTasks(projectId).stageDeadline;
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskNotDue.selector, projectId, VOTING, end));
        taskRegistry.advance(projectId);
    }

    function test_advance_pollWithQuorum_decidesAndBurnsLosers() public {
        uint256 pollId = _disputeTaskZero();
        uint256 rejectingStake = taskRegistry.getTask(projectId, 0).rejectingStake;
        _vote(ivan, pollId, false, 0, 60);
        _vote(judy, pollId, true, 0, 40);
        vm.warp(block.timestamp + COMMIT_PERIOD + 1);
        _revealVote(ivan, pollId, false);
        _revealVote(judy, pollId, true);
        uint256 supply = token.totalSupply();
        _endStage(projectId);
        // rejected by vote: tasks 1 and 2 complete (50%): Complete; frank's approving stake on 0 burned
        assertEq(uint8(_status(projectId, 0)), uint8(ITaskRegistry.TaskStatus.Failed));
        assertEq(uint8(_stage(projectId)), uint8(COMPLETE));
        assertEq(token.totalSupply(), supply - taskRegistry.getTask(projectId, 0).approvingStake);
        (uint256 tokens,, uint256 reward) = taskRegistry.pendingPayout(projectId, 0, grace);
        assertEq(tokens, rejectingStake);
        assertEq(reward, taskRegistry.getTask(projectId, 0).reserve);
    }

    function test_advance_pollWithoutQuorum_largerValidationStakeWins() public {
        _allSubmittedInValidation();
        uint256 minimum = taskRegistry.minValidationStake(projectId, 0, true);
        vm.prank(frank);
        taskRegistry.validate(projectId, 0, true, minimum * 3);
        _validate(grace, projectId, 0, false);
        _endStage(projectId);
        _endStage(projectId);
        assertEq(uint8(_status(projectId, 0)), uint8(ITaskRegistry.TaskStatus.Completed));
    }

    function test_advance_pollWithoutQuorumEqualStakes_fails() public {
        _allSubmittedInValidation();
        _validate(frank, projectId, 0, true);
        _validate(grace, projectId, 0, false);
        _endStage(projectId);
        _endStage(projectId);
        assertEq(uint8(_status(projectId, 0)), uint8(ITaskRegistry.TaskStatus.Failed));
        assertEq(uint8(_stage(projectId)), uint8(FAILED));
    }

    function test_advance_settled_reverts() public {
        _allSubmittedInValidation();
        _endStage(projectId);
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskNotDue.selector, projectId, FAILED, 0));
        taskRegistry.advance(projectId);
    }

    // --- views ---

    function test_getTasks_returnsEveryTask() public view {
        ITaskRegistry.TaskView[] memory tasks = taskRegistry.getTasks(projectId);
        assertEq(tasks.length, 4);
        assertEq(tasks[3].taskId, taskRegistry.taskIdOf(projectId, 3));
    }

    function test_getTask_unknownIndex_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ITaskRegistry.TaskNotFound.selector, projectId, 9));
        taskRegistry.getTask(projectId, 9);
    }

    // --- fuzz ---

    function testFuzz_validatorReward_sharesSumToReserve(uint96 reserve, uint8 filled) public pure {
        uint256 count = bound(filled, 1, 5);
        uint256 sum;
        for (uint256 slot; slot < count; ++slot) {
            uint256 reward = TaskMath.validatorReward(reserve, slot, count);
            assertLe(reward, uint256(reserve) * TaskMath.slotShare(slot) / TaskMath.cumulativeShare(count) + 1);
            sum += reward;
        }
        assertEq(sum, reserve);
    }

    function testFuzz_minValidationStake_worthTwiceTheShare(uint8 slot, uint64 reserve, uint96 pool, uint128 supply)
        public
        pure
    {
        slot = uint8(bound(slot, 0, 4));
        vm.assume(pool > 0 && supply > 0);
        uint256 minimum = TaskMath.minValidationStake(slot, reserve, pool, supply);
        // minimum · pool / supply ≥ 2 · share · reserve (cross-multiplied)
        assertGe(minimum * pool * 10_000, 2 * TaskMath.slotShare(slot) * uint256(reserve) * supply);
    }

    function testFuzz_votePasses_antisymmetric(uint32 a, uint32 b, uint32 c, uint32 d, uint64 t, uint64 r) public pure {
        vm.assume(t > 0 && r > 0);
        uint256 weightFor = TaskMath.voteWeight(a, b, t, r);
        uint256 weightAgainst = TaskMath.voteWeight(c, d, t, r);
        assertFalse(weightFor > weightAgainst && weightAgainst > weightFor);
        assertEq(TaskMath.voteWeight(a, b, t, r) == TaskMath.voteWeight(b, a, r, t), true);
    }
}
