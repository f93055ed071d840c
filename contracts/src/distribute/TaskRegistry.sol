// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICapitalToken} from "../interfaces/ICapitalToken.sol";
import {IPlcrVoting, IPollOpener} from "../interfaces/IPlcrVoting.sol";
import {IProjectRegistry} from "../interfaces/IProjectRegistry.sol";
import {IReputationRegistry} from "../interfaces/IReputationRegistry.sol";
import {ITaskRegistry} from "../interfaces/ITaskRegistry.sol";
import {DistributeMath} from "../libraries/DistributeMath.sol";
import {TaskMath} from "../libraries/TaskMath.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title TaskRegistry
/// @notice Distribute tasks from Active to settlement. Claim locks are held in the reputation registry under
/// this contract; validation stakes are held by this contract; the project's ether stays in its escrow in the
/// capital token until a payout or settlement moves it.
/// @dev Holds the protocol role of the capital token, the reputation registry, the project registry and the
/// voting contract; has no privileged functions of its own.
contract TaskRegistry is ITaskRegistry, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /*//////////////////////////////////////////////////////////////
                                CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ITaskRegistry
    uint256 public constant MAX_BATCH = 32;

    /*//////////////////////////////////////////////////////////////
                                 STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @dev Slot 0 is what every action reads; weightings are 16 bits per task, 16 tasks per word.
    struct Project {
        // slot 0
        IProjectRegistry.Stage stage;
        uint8 taskCount;
        uint8 submittedCount;
        uint40 stageDeadline;
        uint32 completedMask;
        uint96 cost;
        // slot 1
        uint128 stakedReputation;
        // slot 2
        uint128 validationPool;
        uint128 validationSupply;
        // slots 3-4
        uint256[2] weightings;
    }

    /// @dev `status` is only ever Open, Claimed or Submitted here; later statuses are derived.
    struct Task {
        address claimer;
        uint40 deadline;
        TaskStatus status;
        uint8 approvals;
        uint8 rejections;
        IProjectRegistry.CidCodec evidenceCodec;
        bool claimerPaid;
    }

    struct Stakes {
        uint128 approving;
        uint128 rejecting;
    }

    struct Validator {
        uint128 stake;
        bool active;
        bool approve;
        uint8 slot;
        bool withdrawn;
    }

    /// @dev Totals of one settlement.
    struct Settlement {
        uint32 completedMask;
        uint256 completedWeight;
        uint256 etherOwed;
        uint256 tokensBurned;
        uint256 reputationBurned;
    }

    /// @dev What a task owes one account after settlement.
    struct Payout {
        bool asClaimer;
        uint256 stake;
        uint256 reputationReturned;
        uint256 reputationMinted;
        uint256 etherAmount;
    }

    ICapitalToken private immutable _token;
    IReputationRegistry private immutable _reputation;
    IProjectRegistry private immutable _registry;
    IPlcrVoting private immutable _voting;
    uint256 private immutable _taskPeriod;
    uint256 private immutable _validationPeriod;
    uint256 private immutable _completionThresholdBps;

    mapping(uint256 projectId => Project) private _projects;
    mapping(uint256 taskId => Task) private _tasks;
    mapping(uint256 taskId => bytes32) private _evidence;
    mapping(uint256 taskId => Stakes) private _stakes;
    mapping(uint256 taskId => mapping(address account => Validator)) private _validators;
    mapping(uint256 taskId => mapping(address account => bool)) private _slashed;

    /*//////////////////////////////////////////////////////////////
                               CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param token The capital token and pool (stakes, escrow, payouts).
    /// @param reputation The reputation registry (claim locks, rewards).
    /// @param registry The project registry (stages, accepted lists).
    /// @param voting The PLCR voting contract (disputed tasks).
    /// @param params Periods and the completion threshold, each within its bounds.
    constructor(
        ICapitalToken token,
        IReputationRegistry reputation,
        IProjectRegistry registry,
        IPlcrVoting voting,
        Parameters memory params
    ) {
        _checkBounds("taskPeriod", params.taskPeriod, 1 hours, registry.parameters().activePeriod);
        _checkBounds("validationPeriod", params.validationPeriod, 1 hours, 30 days);
        _checkBounds("completionThresholdBps", params.completionThresholdBps, 5000, TaskMath.BPS);
        _token = token;
        _reputation = reputation;
        _registry = registry;
        _voting = voting;
        _taskPeriod = params.taskPeriod;
        _validationPeriod = params.validationPeriod;
        _completionThresholdBps = params.completionThresholdBps;
    }

    /*//////////////////////////////////////////////////////////////
                                 STAGES
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ITaskRegistry
    function advance(uint256 projectId) external nonReentrant {
        Project storage project = _projects[projectId];
        IProjectRegistry.Stage stage = project.stage;
        if (stage == IProjectRegistry.Stage.None) {
            _activate(projectId, project);
            return;
        }
        uint256 dueAt = project.stageDeadline;
        if (stage == IProjectRegistry.Stage.Active) {
            uint256 submitted = project.submittedCount;
            if (block.timestamp <= dueAt && submitted < project.taskCount) revert TaskNotDue(projectId, stage, dueAt);
            if (submitted == 0) _settle(projectId, project, 0, 0);
            else _startValidation(projectId, project);
        } else if (stage == IProjectRegistry.Stage.Validation) {
            if (block.timestamp <= dueAt) revert TaskNotDue(projectId, stage, dueAt);
            uint32 disputed = _disputedMask(projectId, project.taskCount);
            if (disputed == 0) _settle(projectId, project, 0, 0);
            else _startVoting(projectId, project, disputed);
        } else if (stage == IProjectRegistry.Stage.Voting) {
            if (block.timestamp <= dueAt) revert TaskNotDue(projectId, stage, dueAt);
            (uint32 quorumMask, uint32 passedMask) = _voting.pollResults(projectId);
            _settle(projectId, project, quorumMask, passedMask);
        } else {
            revert TaskNotDue(projectId, stage, 0);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 ACTIVE
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ITaskRegistry
    function claimTask(uint256 projectId, uint256 taskIndex) external {
        Project storage project = _projectIn(projectId, IProjectRegistry.Stage.Active);
        uint256 lastClaimAt = project.stageDeadline - _taskPeriod;
        if (block.timestamp > lastClaimAt) revert TaskClaimWindowClosed(projectId, lastClaimAt);
        uint256 id = _taskIdIn(project, projectId, taskIndex);
        Task storage task = _tasks[id];
        _requireStatus(projectId, taskIndex, task.status, TaskStatus.Open);
        if (_slashed[id][msg.sender]) revert TaskClaimerSlashed(projectId, taskIndex, msg.sender);
        uint256 lock = TaskMath.claimLock(project.stakedReputation, _weighting(project, taskIndex));
        uint256 deadline = block.timestamp + _taskPeriod;
        task.claimer = msg.sender;
        task.deadline = uint40(deadline);
        task.status = TaskStatus.Claimed;
        emit TaskClaimed(projectId, taskIndex, msg.sender, lock, deadline);
        _reputation.lock(msg.sender, lock);
    }

    /// @inheritdoc ITaskRegistry
    function slashAndReopen(uint256 projectId, uint256 taskIndex) external {
        Project storage project = _projectIn(projectId, IProjectRegistry.Stage.Active);
        uint256 id = _taskIdIn(project, projectId, taskIndex);
        Task storage task = _tasks[id];
        _requireStatus(projectId, taskIndex, task.status, TaskStatus.Claimed);
        uint256 deadline = task.deadline;
        if (block.timestamp <= deadline) revert TaskDeadlineNotPassed(projectId, taskIndex, deadline);
        address claimer = task.claimer;
        uint256 lock = TaskMath.claimLock(project.stakedReputation, _weighting(project, taskIndex));
        _slashed[id][claimer] = true;
        task.claimer = address(0);
        task.deadline = 0;
        task.status = TaskStatus.Open;
        emit TaskSlashed(projectId, taskIndex, claimer, msg.sender, lock);
        _reputation.burnLocked(lock);
    }

    /// @inheritdoc ITaskRegistry
    function submitEvidence(uint256 projectId, uint256 taskIndex, bytes32 digest, IProjectRegistry.CidCodec codec)
        external
    {
        Project storage project = _projectIn(projectId, IProjectRegistry.Stage.Active);
        uint256 id = _taskIdIn(project, projectId, taskIndex);
        if (digest == bytes32(0)) revert TaskEmptyEvidence();
        Task storage task = _tasks[id];
        if (task.claimer != msg.sender) revert TaskNotClaimer(projectId, taskIndex, msg.sender);
        _requireStatus(projectId, taskIndex, task.status, TaskStatus.Claimed);
        uint256 deadline = task.deadline;
        if (block.timestamp > deadline) revert TaskDeadlinePassed(projectId, taskIndex, deadline);
        task.status = TaskStatus.Submitted;
        task.evidenceCodec = codec;
        _evidence[id] = digest;
        unchecked {
            // at most taskCount <= 32 tasks are ever submitted
            ++project.submittedCount;
        }
        emit EvidenceSubmitted(projectId, taskIndex, msg.sender, digest, codec);
    }

    /*//////////////////////////////////////////////////////////////
                               VALIDATION
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ITaskRegistry
    function validate(uint256 projectId, uint256 taskIndex, bool approve, uint256 stake) external {
        Project storage project = _projectIn(projectId, IProjectRegistry.Stage.Validation);
        uint256 validationEnd = project.stageDeadline;
        if (block.timestamp > validationEnd) revert TaskValidationClosed(projectId, validationEnd);
        uint256 id = _taskIdIn(project, projectId, taskIndex);
        Task storage task = _tasks[id];
        _requireStatus(projectId, taskIndex, task.status, TaskStatus.Submitted);
        if (task.claimer == msg.sender) revert TaskClaimerCannotValidate(projectId, taskIndex);
        Validator storage validator = _validators[id][msg.sender];
        if (validator.active) revert TaskAlreadyValidating(projectId, taskIndex, msg.sender);
        uint256 slot = approve ? task.approvals : task.rejections;
        if (slot == TaskMath.SLOTS_PER_SIDE) revert TaskSlotsFull(projectId, taskIndex, approve);
        uint256 minimum = _minStake(project, taskIndex, slot);
        if (stake < minimum) revert TaskStakeTooSmall(stake, minimum);
        if (stake > type(uint112).max) revert TaskStakeTooLarge(stake, type(uint112).max);

        _validators[id][msg.sender] =
            Validator({stake: uint128(stake), active: true, approve: approve, slot: uint8(slot), withdrawn: false});
        Stakes storage stakes = _stakes[id];
        // Five stakes below 2^112 each cannot overflow 128 bits.
        if (approve) {
            task.approvals = uint8(slot + 1);
            stakes.approving += uint128(stake);
        } else {
            task.rejections = uint8(slot + 1);
            stakes.rejecting += uint128(stake);
        }
        emit TaskValidated(projectId, taskIndex, msg.sender, approve, slot, stake);
        _token.takeStake(msg.sender, stake);
    }

    /*//////////////////////////////////////////////////////////////
                                PAYOUTS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ITaskRegistry
    function withdrawPayout(uint256 projectId, uint256 taskIndex) external nonReentrant {
        _withdrawPayout(projectId, taskIndex);
    }

    /// @inheritdoc ITaskRegistry
    function withdrawPayouts(uint256[] calldata taskIds) external nonReentrant {
        uint256 count = taskIds.length;
        if (count > MAX_BATCH) revert TaskBatchTooLarge(count, MAX_BATCH);
        for (uint256 i; i < count; ++i) {
            (uint256 projectId, uint256 taskIndex) = TaskMath.split(taskIds[i]);
            _withdrawPayout(projectId, taskIndex);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 VOTING
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IPollOpener
    function isExcludedVoter(uint256 pollId, address voter) external view returns (bool) {
        return _tasks[pollId].claimer == voter || _validators[pollId][voter].active;
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ITaskRegistry
    function getProjectTasks(uint256 projectId) external view returns (ProjectTasksView memory) {
        Project storage project = _projects[projectId];
        return ProjectTasksView({
            stage: project.stage,
            taskCount: project.taskCount,
            submittedCount: project.submittedCount,
            stageDeadline: project.stageDeadline,
            cost: project.cost,
            stakedReputation: project.stakedReputation,
            completedMask: project.completedMask,
            validationPool: project.validationPool,
            validationSupply: project.validationSupply
        });
    }

    /// @inheritdoc ITaskRegistry
    function getTask(uint256 projectId, uint256 taskIndex) external view returns (TaskView memory) {
        Project storage project = _projects[projectId];
        _taskIdIn(project, projectId, taskIndex);
        return _taskView(project, projectId, taskIndex);
    }

    /// @inheritdoc ITaskRegistry
    function getTasks(uint256 projectId) external view returns (TaskView[] memory tasks) {
        Project storage project = _projects[projectId];
        uint256 count = project.taskCount;
        tasks = new TaskView[](count);
        for (uint256 i; i < count; ++i) {
            tasks[i] = _taskView(project, projectId, i);
        }
    }

    /// @inheritdoc ITaskRegistry
    function getValidator(uint256 projectId, uint256 taskIndex, address account)
        external
        view
        returns (ValidatorView memory)
    {
        Validator memory validator = _validators[TaskMath.taskId(projectId, taskIndex)][account];
        return ValidatorView({
            validating: validator.active,
            approve: validator.approve,
            slot: validator.slot,
            stake: validator.stake,
            withdrawn: validator.withdrawn
        });
    }

    /// @inheritdoc ITaskRegistry
    function minValidationStake(uint256 projectId, uint256 taskIndex, bool approve) external view returns (uint256) {
        Project storage project = _projects[projectId];
        if (project.stage != IProjectRegistry.Stage.Validation || taskIndex >= project.taskCount) return 0;
        Task memory task = _tasks[TaskMath.taskId(projectId, taskIndex)];
        uint256 slot = approve ? task.approvals : task.rejections;
        if (slot == TaskMath.SLOTS_PER_SIDE) return 0;
        return _minStake(project, taskIndex, slot);
    }

    /// @inheritdoc ITaskRegistry
    function pendingPayout(uint256 projectId, uint256 taskIndex, address account)
        external
        view
        returns (uint256 tokens, uint256 reputation, uint256 etherAmount)
    {
        (bool due, Payout memory payout) = _payout(projectId, taskIndex, account);
        if (!due) return (0, 0, 0);
        return (payout.stake, payout.reputationReturned + payout.reputationMinted, payout.etherAmount);
    }

    /// @inheritdoc ITaskRegistry
    function isSlashed(uint256 projectId, uint256 taskIndex, address account) external view returns (bool) {
        return _slashed[TaskMath.taskId(projectId, taskIndex)][account];
    }

    /// @inheritdoc ITaskRegistry
    function taskIdOf(uint256 projectId, uint256 taskIndex) external pure returns (uint256) {
        return TaskMath.taskId(projectId, taskIndex);
    }

    /// @inheritdoc ITaskRegistry
    function parameters() external view returns (Parameters memory) {
        return Parameters({
            taskPeriod: _taskPeriod,
            validationPeriod: _validationPeriod,
            completionThresholdBps: _completionThresholdBps
        });
    }

    /*//////////////////////////////////////////////////////////////
                               TRANSITIONS
    //////////////////////////////////////////////////////////////*/

    /// @dev Moves a Proposed or Staked project on in the project registry when due and, once it is Active,
    /// copies what the tasks need: cost, staked reputation, Active's end and the accepted list's weightings.
    function _activate(uint256 projectId, Project storage project) private {
        IProjectRegistry.ProjectView memory source = _registry.getProject(projectId);
        if (source.stage == IProjectRegistry.Stage.Proposed || source.stage == IProjectRegistry.Stage.Staked) {
            _registry.advance(projectId);
            source = _registry.getProject(projectId);
            if (source.stage != IProjectRegistry.Stage.Active) return;
        } else if (source.stage != IProjectRegistry.Stage.Active) {
            revert TaskWrongStage(projectId, source.stage, IProjectRegistry.Stage.Active);
        }
        IProjectRegistry.TaskSpec[] memory specs = _registry.getTaskList(projectId, source.leadingList).tasks;
        uint256 count = specs.length;
        uint256[2] memory weightings;
        for (uint256 i; i < count; ++i) {
            weightings[i / 16] |= uint256(specs[i].weighting) << (16 * (i % 16));
        }
        project.stage = IProjectRegistry.Stage.Active;
        project.taskCount = uint8(count);
        project.stageDeadline = uint40(source.stageDeadline);
        project.cost = uint96(source.cost);
        project.stakedReputation = uint128(source.stakedReputation);
        project.weightings = weightings;
        emit TasksActivated(projectId, count, source.stageDeadline);
    }

    function _startValidation(uint256 projectId, Project storage project) private {
        uint256 validationEnd = block.timestamp + _validationPeriod;
        (uint256 pool, uint256 supply) = _token.priceState();
        project.stage = IProjectRegistry.Stage.Validation;
        project.stageDeadline = uint40(validationEnd);
        project.validationPool = uint128(pool);
        project.validationSupply = uint128(supply);
        emit ValidationStarted(projectId, validationEnd, pool, supply);
        _registry.protocolSetStage(projectId, IProjectRegistry.Stage.Validation, validationEnd);
    }

    function _startVoting(uint256 projectId, Project storage project, uint32 disputedMask) private {
        project.stage = IProjectRegistry.Stage.Voting;
        uint256 revealEnd = _voting.openPolls(projectId, disputedMask);
        project.stageDeadline = uint40(revealEnd);
        emit VotingStarted(projectId, disputedMask, revealEnd);
        _registry.protocolSetStage(projectId, IProjectRegistry.Stage.Voting, revealEnd);
    }

    /// @dev Classifies every task (≤ 32) once, records which completed, and moves in one go what settlement
    /// moves: losing validation stakes and failed claim locks burned, unspent escrow back to the pool. What
    /// is owed to claimers, validators and stakers stays in the escrow for their pulls.
    function _settle(uint256 projectId, Project storage project, uint32 quorumMask, uint32 passedMask) private {
        Settlement memory settlement;
        uint256 count = project.taskCount;
        uint256 bit = 1;
        for (uint256 i; i < count; ++i) {
            _classify(settlement, project, projectId, i, bit, quorumMask & bit != 0, passedMask & bit != 0);
            bit <<= 1;
        }
        uint256 cost = project.cost;
        bool complete = settlement.completedWeight >= _completionThresholdBps;
        if (complete) settlement.etherOwed += cost * DistributeMath.STAKER_REWARD_BPS / DistributeMath.BPS;
        uint256 escrowReturned = _token.escrowOf(projectId) - settlement.etherOwed;

        IProjectRegistry.Stage outcome = complete ? IProjectRegistry.Stage.Complete : IProjectRegistry.Stage.Failed;
        project.stage = outcome;
        project.stageDeadline = 0;
        project.completedMask = settlement.completedMask;
        emit ProjectSettled(
            projectId,
            complete,
            settlement.completedMask,
            settlement.completedWeight,
            escrowReturned,
            settlement.tokensBurned,
            settlement.reputationBurned
        );
        _registry.protocolSetStage(projectId, outcome, 0);
        if (settlement.tokensBurned != 0) _token.burnStake(settlement.tokensBurned);
        if (settlement.reputationBurned != 0) _reputation.burnLocked(settlement.reputationBurned);
        if (escrowReturned != 0) _token.returnEscrow(projectId, escrowReturned);
    }

    /// @dev Adds task `taskIndex`'s outcome to `settlement`. A disputed task follows its poll when the poll
    /// reached the quorum, otherwise the larger validation stake (a tie fails).
    function _classify(
        Settlement memory settlement,
        Project storage project,
        uint256 projectId,
        uint256 taskIndex,
        uint256 bit,
        bool quorum,
        bool passed
    ) private view {
        uint256 id = TaskMath.taskId(projectId, taskIndex);
        Task memory task = _tasks[id];
        if (task.status == TaskStatus.Open) return;
        uint256 weighting = _weighting(project, taskIndex);
        // Sums of at most 32 amounts below 2^128 each.
        unchecked {
            if (task.status == TaskStatus.Claimed) {
                settlement.reputationBurned += TaskMath.claimLock(project.stakedReputation, weighting);
                return;
            }
            // Nobody validated: the task fails, the lock goes back to the claimer, the reserve to the pool.
            if (task.approvals == 0 && task.rejections == 0) return;
            uint256 taskEther = TaskMath.taskEther(project.cost, weighting);
            settlement.etherOwed += TaskMath.reserve(taskEther);
            bool completed = task.rejections == 0;
            if (task.approvals != 0 && task.rejections != 0) {
                Stakes memory stakes = _stakes[id];
                completed = quorum ? passed : stakes.approving > stakes.rejecting;
                settlement.tokensBurned += completed ? stakes.rejecting : stakes.approving;
            }
            if (completed) {
                settlement.completedMask |= uint32(bit);
                settlement.completedWeight += weighting;
                settlement.etherOwed += taskEther;
            } else {
                settlement.reputationBurned += TaskMath.claimLock(project.stakedReputation, weighting);
            }
        }
    }

    function _withdrawPayout(uint256 projectId, uint256 taskIndex) private {
        (bool due, Payout memory payout) = _payout(projectId, taskIndex, msg.sender);
        if (!due) revert TaskNothingToWithdraw(projectId, taskIndex, msg.sender);
        uint256 id = TaskMath.taskId(projectId, taskIndex);
        if (payout.asClaimer) {
            _tasks[id].claimerPaid = true;
            emit ClaimerPaid(
                projectId, taskIndex, msg.sender, payout.reputationReturned, payout.reputationMinted, payout.etherAmount
            );
            _reputation.unlock(msg.sender, payout.reputationReturned);
            if (payout.reputationMinted != 0) _reputation.mint(msg.sender, payout.reputationMinted);
        } else {
            _validators[id][msg.sender].withdrawn = true;
            emit ValidatorPaid(projectId, taskIndex, msg.sender, payout.stake, payout.etherAmount);
            IERC20(address(_token)).safeTransfer(msg.sender, payout.stake);
        }
        // Last: the ether leaves for the caller once every record above is written.
        if (payout.etherAmount != 0) _token.sendFromEscrow(projectId, msg.sender, payout.etherAmount);
    }

    /*//////////////////////////////////////////////////////////////
                                 READS
    //////////////////////////////////////////////////////////////*/

    /// @dev What task `taskIndex` owes `account` now, and whether anything is due.
    function _payout(uint256 projectId, uint256 taskIndex, address account)
        private
        view
        returns (bool due, Payout memory payout)
    {
        Project storage project = _projects[projectId];
        IProjectRegistry.Stage stage = project.stage;
        if (
            (stage != IProjectRegistry.Stage.Complete && stage != IProjectRegistry.Stage.Failed)
                || taskIndex >= project.taskCount
        ) {
            return (false, payout);
        }
        uint256 id = TaskMath.taskId(projectId, taskIndex);
        Task memory task = _tasks[id];
        bool completed = (project.completedMask >> taskIndex) & 1 == 1;
        uint256 weighting = _weighting(project, taskIndex);
        uint256 taskEther = TaskMath.taskEther(project.cost, weighting);
        if (task.claimer == account) {
            bool unvalidated = task.approvals == 0 && task.rejections == 0;
            if (task.status != TaskStatus.Submitted || task.claimerPaid || !(completed || unvalidated)) {
                return (false, payout);
            }
            payout.asClaimer = true;
            payout.reputationReturned = TaskMath.claimLock(project.stakedReputation, weighting);
            if (completed) {
                payout.reputationMinted = payout.reputationReturned;
                payout.etherAmount = taskEther;
            }
            return (true, payout);
        }
        Validator memory validator = _validators[id][account];
        if (!validator.active || validator.withdrawn || validator.approve != completed) return (false, payout);
        payout.stake = validator.stake;
        payout.etherAmount = TaskMath.validatorReward(
            TaskMath.reserve(taskEther), validator.slot, completed ? task.approvals : task.rejections
        );
        return (true, payout);
    }

    function _taskView(Project storage project, uint256 projectId, uint256 taskIndex)
        private
        view
        returns (TaskView memory view_)
    {
        uint256 id = TaskMath.taskId(projectId, taskIndex);
        Task memory task = _tasks[id];
        Stakes memory stakes = _stakes[id];
        uint256 weighting = _weighting(project, taskIndex);
        view_.taskId = id;
        view_.status = _status(project, task, taskIndex);
        view_.claimer = task.claimer;
        view_.deadline = task.deadline;
        view_.weighting = weighting;
        view_.payout = TaskMath.taskEther(project.cost, weighting);
        view_.reserve = TaskMath.reserve(view_.payout);
        view_.claimLock = TaskMath.claimLock(project.stakedReputation, weighting);
        view_.evidenceDigest = _evidence[id];
        view_.evidenceCodec = task.evidenceCodec;
        view_.approvals = task.approvals;
        view_.rejections = task.rejections;
        view_.approvingStake = stakes.approving;
        view_.rejectingStake = stakes.rejecting;
        view_.claimerPaid = task.claimerPaid;
    }

    /// @dev The task's status as the design names it, derived from the stored one and the project's stage.
    function _status(Project storage project, Task memory task, uint256 taskIndex) private view returns (TaskStatus) {
        IProjectRegistry.Stage stage = project.stage;
        if (stage <= IProjectRegistry.Stage.Active) return task.status;
        if (task.status != TaskStatus.Submitted) return TaskStatus.Failed;
        if (stage == IProjectRegistry.Stage.Validation) return TaskStatus.Validating;
        if (stage == IProjectRegistry.Stage.Voting) {
            if (task.approvals != 0 && task.rejections != 0) return TaskStatus.Disputed;
            return task.approvals != 0 && task.rejections == 0 ? TaskStatus.Completed : TaskStatus.Failed;
        }
        return (project.completedMask >> taskIndex) & 1 == 1 ? TaskStatus.Completed : TaskStatus.Failed;
    }

    function _disputedMask(uint256 projectId, uint256 count) private view returns (uint32 mask) {
        uint256 bit = 1;
        for (uint256 i; i < count; ++i) {
            Task storage task = _tasks[TaskMath.taskId(projectId, i)];
            if (task.approvals != 0 && task.rejections != 0) mask |= uint32(bit);
            bit <<= 1;
        }
    }

    function _minStake(Project storage project, uint256 taskIndex, uint256 slot) private view returns (uint256) {
        uint256 taskReserve = TaskMath.reserve(TaskMath.taskEther(project.cost, _weighting(project, taskIndex)));
        return TaskMath.minValidationStake(slot, taskReserve, project.validationPool, project.validationSupply);
    }

    function _weighting(Project storage project, uint256 taskIndex) private view returns (uint256) {
        return (project.weightings[taskIndex / 16] >> (16 * (taskIndex % 16))) & 0xffff;
    }

    function _projectIn(uint256 projectId, IProjectRegistry.Stage expected)
        private
        view
        returns (Project storage project)
    {
        project = _projects[projectId];
        if (project.stage != expected) revert TaskWrongStage(projectId, project.stage, expected);
    }

    function _taskIdIn(Project storage project, uint256 projectId, uint256 taskIndex) private view returns (uint256) {
        if (taskIndex >= project.taskCount) revert TaskNotFound(projectId, taskIndex);
        return TaskMath.taskId(projectId, taskIndex);
    }

    function _requireStatus(uint256 projectId, uint256 taskIndex, TaskStatus status, TaskStatus expected) private pure {
        if (status != expected) revert TaskWrongStatus(projectId, taskIndex, status, expected);
    }

    function _checkBounds(string memory name, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert TaskParameterOutOfBounds(name, value, min, max);
    }
}
