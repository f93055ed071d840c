// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IPollOpener} from "./IPlcrVoting.sol";
import {IProjectRegistry} from "./IProjectRegistry.sol";

/// @title ITaskRegistry
/// @notice Distribute projects from Active to Complete or Failed: claiming tasks with locked reputation,
/// slashing missed deadlines, evidence, validation slots staked in tokens, the hand-over of disputed tasks to
/// PLCR polls, settlement and every payout (pulls). Drives the project's stage in the project registry.
/// @dev A task's id (and its poll's id) is `projectId << 8 | taskIndex`. Amounts: ether in wei, tokens and
/// reputation with 18 decimals, weightings in basis points. Every stage change loops at most over the
/// project's tasks (≤ 32), never over claimers, validators or voters.
interface ITaskRegistry is IPollOpener {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice Task stages; numeric order is the only order a task moves in.
    enum TaskStatus {
        Open,
        Claimed,
        Submitted,
        Validating,
        Disputed,
        Completed,
        Failed
    }

    /// @notice Deployment parameters (periods in seconds).
    struct Parameters {
        /// Time a claimer has to submit evidence; claims close when less than this remains in Active.
        uint256 taskPeriod;
        uint256 validationPeriod;
        /// Completed weightings must sum to at least this for the project to be Complete.
        uint256 completionThresholdBps;
    }

    /// @notice A project's task-level state.
    struct ProjectTasksView {
        /// The stage as this registry last set it (`None` until the project's tasks are activated).
        IProjectRegistry.Stage stage;
        uint256 taskCount;
        uint256 submittedCount;
        /// End of the current timed stage (Active, Validation, or the polls' reveal end in Voting).
        uint256 stageDeadline;
        uint256 cost;
        uint256 stakedReputation;
        /// Bit `i` set: task `i` completed (set at settlement).
        uint32 completedMask;
        /// The pool and supply when Validation began; minimum validation stakes are priced at `pool/supply`.
        uint256 validationPool;
        uint256 validationSupply;
    }

    /// @notice Everything the web shows about a task.
    struct TaskView {
        uint256 taskId;
        TaskStatus status;
        address claimer;
        uint256 deadline;
        uint256 weighting;
        /// Ether a completed task pays its claimer: `weighting × C`.
        uint256 payout;
        /// The task's validation reserve (5% of `payout`).
        uint256 reserve;
        /// Reputation a claim locks.
        uint256 claimLock;
        bytes32 evidenceDigest;
        IProjectRegistry.CidCodec evidenceCodec;
        uint256 approvals;
        uint256 rejections;
        uint256 approvingStake;
        uint256 rejectingStake;
        bool claimerPaid;
    }

    /// @notice One account's validation of a task.
    struct ValidatorView {
        bool validating;
        bool approve;
        uint256 slot;
        uint256 stake;
        bool withdrawn;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice The project is not in the stage the action needs (`None`: its tasks are not activated yet).
    error TaskWrongStage(uint256 projectId, IProjectRegistry.Stage stage, IProjectRegistry.Stage expected);

    /// @notice The project has no task with this index.
    error TaskNotFound(uint256 projectId, uint256 taskIndex);

    /// @notice The task is not in the state the action needs.
    error TaskWrongStatus(uint256 projectId, uint256 taskIndex, TaskStatus status, TaskStatus expected);

    /// @notice Claims closed at `lastClaimAt`: less than a task period remains in Active.
    error TaskClaimWindowClosed(uint256 projectId, uint256 lastClaimAt);

    /// @notice The account was slashed on this task and may not claim it again.
    error TaskClaimerSlashed(uint256 projectId, uint256 taskIndex, address account);

    /// @notice The task's deadline has not passed yet.
    error TaskDeadlineNotPassed(uint256 projectId, uint256 taskIndex, uint256 deadline);

    /// @notice The task's deadline passed.
    error TaskDeadlinePassed(uint256 projectId, uint256 taskIndex, uint256 deadline);

    /// @notice Only the task's claimer may do this.
    error TaskNotClaimer(uint256 projectId, uint256 taskIndex, address account);

    /// @notice The evidence digest is zero.
    error TaskEmptyEvidence();

    /// @notice Validation ended at `validationEnd`.
    error TaskValidationClosed(uint256 projectId, uint256 validationEnd);

    /// @notice The claimer may not validate its own task.
    error TaskClaimerCannotValidate(uint256 projectId, uint256 taskIndex);

    /// @notice The account already holds a slot on this task (one slot per account and task).
    error TaskAlreadyValidating(uint256 projectId, uint256 taskIndex, address account);

    /// @notice All five slots of this side are taken.
    error TaskSlotsFull(uint256 projectId, uint256 taskIndex, bool approve);

    /// @notice The stake is below the slot's minimum.
    error TaskStakeTooSmall(uint256 stake, uint256 minimum);

    /// @notice The stake exceeds what the accounting holds.
    error TaskStakeTooLarge(uint256 stake, uint256 max);

    /// @notice Nothing is due yet: the stage ends at `dueAt`.
    error TaskNotDue(uint256 projectId, IProjectRegistry.Stage stage, uint256 dueAt);

    /// @notice The account has nothing to withdraw from this task (not settled, already withdrawn, or lost).
    error TaskNothingToWithdraw(uint256 projectId, uint256 taskIndex, address account);

    /// @notice A batch longer than `max`.
    error TaskBatchTooLarge(uint256 length, uint256 max);

    /// @notice A deployment parameter is outside its bounds.
    error TaskParameterOutOfBounds(string name, uint256 value, uint256 min, uint256 max);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice The accepted list's tasks opened for claims until `activeEnd`.
    event TasksActivated(uint256 indexed projectId, uint256 taskCount, uint256 activeEnd);

    /// @notice A task was claimed; `lock` reputation is locked until settlement.
    event TaskClaimed(
        uint256 indexed projectId, uint256 indexed taskIndex, address indexed claimer, uint256 lock, uint256 deadline
    );

    /// @notice A missed deadline was slashed (`lock` burned) and the task reopened.
    event TaskSlashed(
        uint256 indexed projectId, uint256 indexed taskIndex, address indexed claimer, address slasher, uint256 lock
    );

    /// @notice The claimer submitted evidence.
    event EvidenceSubmitted(
        uint256 indexed projectId,
        uint256 indexed taskIndex,
        address indexed claimer,
        bytes32 digest,
        IProjectRegistry.CidCodec codec
    );

    /// @notice A validator took slot `slot` of the approving (`approve`) or rejecting side with `stake` tokens.
    event TaskValidated(
        uint256 indexed projectId,
        uint256 indexed taskIndex,
        address indexed validator,
        bool approve,
        uint256 slot,
        uint256 stake
    );

    /// @notice Validation began; minimum stakes are priced at `pool / supply` until `validationEnd`.
    event ValidationStarted(uint256 indexed projectId, uint256 validationEnd, uint256 pool, uint256 supply);

    /// @notice The tasks in `disputedMask` went to PLCR polls ending at `revealEnd`.
    event VotingStarted(uint256 indexed projectId, uint32 disputedMask, uint256 revealEnd);

    /// @notice The project was settled.
    event ProjectSettled(
        uint256 indexed projectId,
        bool complete,
        uint32 completedMask,
        uint256 completedWeight,
        uint256 escrowReturned,
        uint256 tokensBurned,
        uint256 reputationBurned
    );

    /// @notice A claimer took its lock back, plus as much minted and its ether (now owed in the token) when
    /// the task completed.
    event ClaimerPaid(
        uint256 indexed projectId,
        uint256 indexed taskIndex,
        address indexed claimer,
        uint256 reputationReturned,
        uint256 reputationMinted,
        uint256 etherPaid
    );

    /// @notice A correct validator took its stake back and its ether reward (now owed in the token).
    event ValidatorPaid(
        uint256 indexed projectId, uint256 indexed taskIndex, address indexed validator, uint256 stake, uint256 reward
    );

    /*//////////////////////////////////////////////////////////////
                                 STAGES
    //////////////////////////////////////////////////////////////*/

    /// @notice Performs whatever stage change is due; anyone may call. Proposed/Staked: advances the project
    /// registry and, once Active, copies the accepted list's weightings here. Active → Validation when every
    /// task is submitted or Active ended (→ settlement directly if none was submitted). Validation → Voting
    /// (polls for the disputed tasks) or settlement when the window ended. Voting → settlement after the
    /// polls' reveal period.
    /// @dev Reverts with `TaskNotDue`, `TaskWrongStage` or the project registry's errors.
    function advance(uint256 projectId) external;

    /*//////////////////////////////////////////////////////////////
                                 ACTIVE
    //////////////////////////////////////////////////////////////*/

    /// @notice Claims an open task, locking `projectRepStake × weighting` reputation (rounded up, ≥ 1 unit);
    /// evidence is due one task period from now.
    /// @dev Reverts with `TaskWrongStage`, `TaskClaimWindowClosed`, `TaskNotFound`, `TaskWrongStatus`,
    /// `TaskClaimerSlashed` or `ReputationInsufficientBalance`.
    function claimTask(uint256 projectId, uint256 taskIndex) external;

    /// @notice Burns the lock of a claimer who missed its deadline and reopens the task; the slashed account
    /// may not claim it again. Anyone may call, while Active.
    /// @dev Reverts with `TaskWrongStage`, `TaskNotFound`, `TaskWrongStatus` or `TaskDeadlineNotPassed`.
    function slashAndReopen(uint256 projectId, uint256 taskIndex) external;

    /// @notice Submits the evidence of a claimed task (the digest of its CIDv1 and the codec). Claimer only,
    /// before its deadline.
    /// @dev Reverts with `TaskWrongStage`, `TaskNotFound`, `TaskEmptyEvidence`, `TaskNotClaimer`,
    /// `TaskWrongStatus` or `TaskDeadlinePassed`.
    function submitEvidence(uint256 projectId, uint256 taskIndex, bytes32 digest, IProjectRegistry.CidCodec codec)
        external;

    /*//////////////////////////////////////////////////////////////
                               VALIDATION
    //////////////////////////////////////////////////////////////*/

    /// @notice Takes the next slot of one side of a submitted task with `stake` tokens (at least the slot's
    /// minimum, see `minValidationStake`). Not the claimer; one slot per account and task.
    /// @dev Reverts with `TaskWrongStage`, `TaskValidationClosed`, `TaskNotFound`, `TaskWrongStatus`,
    /// `TaskClaimerCannotValidate`, `TaskAlreadyValidating`, `TaskSlotsFull`, `TaskStakeTooSmall`,
    /// `TaskStakeTooLarge` or `ERC20InsufficientBalance`.
    function validate(uint256 projectId, uint256 taskIndex, bool approve, uint256 stake) external;

    /*//////////////////////////////////////////////////////////////
                                PAYOUTS
    //////////////////////////////////////////////////////////////*/

    /// @notice After settlement, pays the caller what a task owes it: as its claimer (lock back, as much
    /// minted and the task's ether when completed; lock back when nobody validated) or as a correct validator
    /// (stake back and its share of the reserve). The ether is sent to the caller in the same transaction, last,
    /// from the project's escrow in the capital token.
    /// @dev Reverts with `TaskNotFound`, `TaskNothingToWithdraw` or `CapitalEtherTransferFailed` (the caller
    /// does not accept ether).
    function withdrawPayout(uint256 projectId, uint256 taskIndex) external;

    /// @notice `withdrawPayout` for several tasks (of any projects), given as task ids.
    /// @dev Reverts with `TaskBatchTooLarge` or any error of `withdrawPayout`.
    function withdrawPayouts(uint256[] calldata taskIds) external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice A project's task-level state.
    function getProjectTasks(uint256 projectId) external view returns (ProjectTasksView memory);

    /// @notice One task.
    /// @dev Reverts with `TaskNotFound`.
    function getTask(uint256 projectId, uint256 taskIndex) external view returns (TaskView memory);

    /// @notice Every task of a project (at most 32).
    function getTasks(uint256 projectId) external view returns (TaskView[] memory tasks);

    /// @notice An account's validation of a task.
    function getValidator(uint256 projectId, uint256 taskIndex, address account)
        external
        view
        returns (ValidatorView memory);

    /// @notice The minimum stake for the next free slot of a side (zero when the side is full or Validation
    /// has not begun).
    function minValidationStake(uint256 projectId, uint256 taskIndex, bool approve) external view returns (uint256);

    /// @notice What `withdrawPayout` would pay `account` now.
    function pendingPayout(uint256 projectId, uint256 taskIndex, address account)
        external
        view
        returns (uint256 tokens, uint256 reputation, uint256 etherAmount);

    /// @notice Whether `account` was slashed on the task (and may not claim it again).
    function isSlashed(uint256 projectId, uint256 taskIndex, address account) external view returns (bool);

    /// @notice `projectId << 8 | taskIndex`.
    function taskIdOf(uint256 projectId, uint256 taskIndex) external pure returns (uint256);

    /// @notice The deployment parameters.
    function parameters() external view returns (Parameters memory);

    /// @notice The most tasks one `withdrawPayouts` call handles.
    function MAX_BATCH() external view returns (uint256);
}
