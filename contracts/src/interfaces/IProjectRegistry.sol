// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IProjectRegistry
/// @notice Distribute projects from proposal to the accepted task list: propose with collateral, stake tokens
/// and reputation up to the requirement, expire or move to Staked (the pool funds the project's escrow),
/// submit and back task lists, and move to Active or Failed. Later stages are driven by protocol contracts
/// through `protocolSetStage`.
/// @dev Amounts: ether in wei, tokens and reputation with 18 decimals, weightings in basis points.
/// CIDs are stored as the sha2-256 digest of a CIDv1 plus its codec; the sdk converts.
interface IProjectRegistry {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice Project stages; numeric order is the only order stages move in.
    enum Stage {
        None,
        Proposed,
        Staked,
        Active,
        Validation,
        Voting,
        Complete,
        Failed,
        Expired,
        Cancelled
    }

    /// @notice The codec of a CIDv1 whose sha2-256 digest is stored.
    enum CidCodec {
        Raw,
        DagPb
    }

    /// @notice What the proposer's collateral is locked in.
    enum CollateralKind {
        Tokens,
        Reputation
    }

    /// @notice One task of a list: its description CID and its share of the project cost.
    struct TaskSpec {
        bytes32 digest;
        CidCodec codec;
        uint16 weighting;
    }

    /// @notice Everything the web shows about a project.
    struct ProjectView {
        uint256 id;
        address proposer;
        Stage stage;
        uint256 cost;
        uint256 stakingDeadline;
        /// End of the current timed stage (Staked, Active, …), zero otherwise.
        uint256 stageDeadline;
        uint256 requiredTokens;
        uint256 requiredReputation;
        uint256 stakedTokens;
        uint256 stakedReputation;
        CollateralKind collateralKind;
        uint256 collateral;
        bytes32 descriptionDigest;
        CidCodec descriptionCodec;
        uint256 taskListCount;
        /// The list above 50% of the weight (the accepted list once Active), zero if none.
        uint256 leadingList;
    }

    /// @notice One account's position in a project.
    struct StakeView {
        uint256 tokens;
        uint256 reputation;
        uint256 backedList;
        uint256 ownList;
    }

    /// @notice A task list with its backing.
    struct TaskListView {
        uint256 id;
        address author;
        uint256 backingTokens;
        uint256 backingReputation;
        uint256 otherBackers;
        uint256 weightBps;
        TaskSpec[] tasks;
    }

    /// @notice Deployment parameters (periods in seconds).
    struct Parameters {
        uint256 minStakingPeriod;
        uint256 maxStakingPeriod;
        uint256 unstakeLockWindow;
        uint256 stakedPeriod;
        uint256 activePeriod;
        uint256 minSubmitStakeBps;
        /// The smallest project cost accepted, in wei.
        uint256 minCost;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice No project has this id.
    error ProjectNotFound(uint256 projectId);

    /// @notice The project is not in the stage the action needs.
    error ProjectWrongStage(uint256 projectId, Stage stage, Stage expected);

    /// @notice The project cost is zero.
    error ProjectZeroCost();

    /// @notice The project cost is above what a project can hold.
    error ProjectCostTooLarge(uint256 cost, uint256 max);

    /// @notice The pool cannot fund the project: `needed` (1.07 × cost) exceeds the available pool.
    error ProjectPoolTooSmall(uint256 available, uint256 needed);

    /// @notice There is no reputation yet, so no reputation requirement can be set.
    error ProjectNoReputation();

    /// @notice The staking deadline is outside `[earliest, latest]`.
    error ProjectStakingDeadlineOutOfRange(uint256 deadline, uint256 earliest, uint256 latest);

    /// @notice A CID digest is zero.
    error ProjectEmptyDigest();

    /// @notice Only the proposer may do this.
    error ProjectNotProposer(uint256 projectId, address account);

    /// @notice The project already has stakes, so it cannot be cancelled.
    error ProjectHasStakes(uint256 projectId, uint256 stakedTokens, uint256 stakedReputation);

    /// @notice The staking deadline has passed.
    error ProjectStakingClosed(uint256 projectId, uint256 deadline);

    /// @notice A zero amount.
    error ProjectZeroAmount();

    /// @notice This side of the requirement is already fully staked.
    error ProjectRequirementMet(uint256 projectId);

    /// @notice Unstaking is closed in the final window before the staking deadline.
    error ProjectUnstakeWindowClosed(uint256 projectId, uint256 closedSince);

    /// @notice The account has staked less than it tries to unstake.
    error ProjectInsufficientStake(uint256 projectId, address account, uint256 staked, uint256 requested);

    /// @notice Nothing is due yet: the stage ends at `dueAt` (or never by time for this stage).
    error ProjectNotDue(uint256 projectId, Stage stage, uint256 dueAt);

    /// @notice The current period ended at `deadline`.
    error ProjectPeriodEnded(uint256 projectId, uint256 deadline);

    /// @notice The account has no stake in the project.
    error ProjectNotStaker(uint256 projectId, address account);

    /// @notice Submitting a list needs at least `minTokens` staked tokens or `minReputation` staked reputation.
    error ProjectStakeTooSmallToSubmit(uint256 projectId, address account, uint256 minTokens, uint256 minReputation);

    /// @notice A task list must have between 1 and `max` tasks.
    error ProjectTaskCountOutOfRange(uint256 count, uint256 max);

    /// @notice Task `index` has a zero weighting.
    error ProjectZeroWeighting(uint256 index);

    /// @notice Task `index` has a zero description digest.
    error ProjectEmptyTaskDigest(uint256 index);

    /// @notice Task weightings sum to `sum` instead of 10,000 bps.
    error ProjectWeightingsSum(uint256 sum);

    /// @notice The list cannot be replaced: other stakers back it.
    error ProjectListBackedByOthers(uint256 projectId, uint256 listId, uint256 otherBackers);

    /// @notice No list has this id in the project.
    error ProjectTaskListNotFound(uint256 projectId, uint256 listId);

    /// @notice The account already backs this list.
    error ProjectAlreadyBacking(uint256 projectId, uint256 listId);

    /// @notice The project has as many lists as it can hold.
    error ProjectTooManyLists(uint256 projectId);

    /// @notice The account has nothing to withdraw from the project in its stage.
    error ProjectNothingToWithdraw(uint256 projectId, address account);

    /// @notice A batch longer than `max`.
    error ProjectBatchTooLarge(uint256 count, uint256 max);

    /// @notice A protocol contract asked for a transition that is not forward from Active or later.
    error ProjectInvalidTransition(uint256 projectId, Stage from, Stage to);

    /// @notice The capital token refused a transfer out of the registry.
    error ProjectTokenTransferFailed(address to, uint256 amount);

    /// @notice A page size above the maximum.
    error ProjectPageTooLarge(uint256 limit, uint256 max);

    /// @notice A deployment parameter is outside its bounds.
    error ProjectParameterOutOfBounds(string name, uint256 value, uint256 min, uint256 max);

    /// @notice A project hook was called by an account other than the task registry fixed at deployment.
    /// @param caller The caller.
    error ProjectNotProtocol(address caller);

    /// @notice The project cost is below the deployment's minimum.
    /// @param cost The cost given, in wei.
    /// @param minCost The smallest accepted cost, in wei.
    error ProjectCostTooSmall(uint256 cost, uint256 minCost);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice A project was proposed and the proposer's collateral locked.
    event ProjectProposed(
        uint256 indexed projectId,
        address indexed proposer,
        uint256 cost,
        uint256 stakingDeadline,
        uint256 requiredTokens,
        uint256 requiredReputation,
        CollateralKind collateralKind,
        uint256 collateral,
        bytes32 descriptionDigest,
        CidCodec descriptionCodec
    );

    /// @notice The stake that met both requirements arrived when the pool could not fund the project: the
    /// project stays Proposed, fully staked. Unstaking and staking again retries; at expiry the collateral is
    /// returned rather than burned.
    /// @param available The pool then, in wei.
    /// @param needed What the project draws, `ceil(1.07 · C)`, in wei.
    event PoolShortAtFullStake(uint256 indexed projectId, uint256 available, uint256 needed);

    /// @notice The stakers' ether reward left over by rounding went back to the pool (with the last token
    /// staker's withdrawal from a Complete project).
    event StakerRewardRemainderReturned(uint256 indexed projectId, uint256 amount);

    /// @notice The project entered `stage`; `stageDeadline` is when it ends by time (zero if it does not).
    /// Entering Proposed is announced by `ProjectProposed` alone.
    event StageChanged(uint256 indexed projectId, Stage stage, uint256 stageDeadline);

    /// @notice The proposer's collateral was handed back (`burned == false`, when the proposer withdraws it
    /// or cancels) or burned (at expiry).
    event CollateralSettled(uint256 indexed projectId, address indexed proposer, uint256 amount, bool burned);

    /// @notice Tokens were staked (after clamping to what was still required).
    event TokensStaked(uint256 indexed projectId, address indexed staker, uint256 amount);

    /// @notice Reputation was staked (after clamping to what was still required).
    event ReputationStaked(uint256 indexed projectId, address indexed staker, uint256 amount);

    /// @notice Tokens were unstaked.
    event TokensUnstaked(uint256 indexed projectId, address indexed staker, uint256 amount);

    /// @notice Reputation was unstaked.
    event ReputationUnstaked(uint256 indexed projectId, address indexed staker, uint256 amount);

    /// @notice A staker took back its stake (Expired or Complete) with its rewards (Complete).
    event StakeWithdrawn(
        uint256 indexed projectId,
        address indexed staker,
        uint256 tokens,
        uint256 reputation,
        uint256 etherReward,
        uint256 reputationReward
    );

    /// @notice A task list was submitted or replaced (`replaced`) by its author, who now backs it.
    event TaskListSubmitted(
        uint256 indexed projectId, uint256 indexed listId, address indexed author, uint256 taskCount, bool replaced
    );

    /// @notice A staker backs `listId` with all its stake, leaving `previousListId` (zero if none).
    event TaskListBacked(uint256 indexed projectId, address indexed staker, uint256 listId, uint256 previousListId);

    /// @notice The list above 50% of the weight changed (zero: none).
    event LeadingListChanged(uint256 indexed projectId, uint256 listId);

    /*//////////////////////////////////////////////////////////////
                                PROPOSED
    //////////////////////////////////////////////////////////////*/

    /// @notice Proposes a project and locks 5% of the required tokens or reputation as collateral.
    /// @param cost The project cost `C` in wei; `1.07 · C` must fit in the pool.
    /// @param stakingDeadline When staking closes; within the staking period bounds from now.
    /// @param descriptionDigest The sha2-256 digest of the description's CIDv1.
    /// @param descriptionCodec The description CID's codec.
    /// @param collateralKind Whether the collateral is tokens or reputation.
    /// @return projectId The new project's id (ids start at 1).
    /// @dev Reverts with `ProjectZeroCost`, `ProjectCostTooSmall`, `ProjectPoolTooSmall`, `ProjectNoReputation`,
    /// `ProjectStakingDeadlineOutOfRange`, `ProjectEmptyDigest`, or the token's/registry's balance errors.
    function propose(
        uint256 cost,
        uint256 stakingDeadline,
        bytes32 descriptionDigest,
        CidCodec descriptionCodec,
        CollateralKind collateralKind
    ) external returns (uint256 projectId);

    /// @notice Cancels an unstaked project before its deadline; the collateral goes back. Proposer only.
    function cancel(uint256 projectId) external;

    /// @notice Stakes up to `amount` tokens, clamped to what is still required. The stake that meets both
    /// requirements moves the project to Staked, makes the collateral withdrawable, credits the proposer 1% of
    /// `C` (withdrawable from the capital token) and escrows the rest of `1.07 · C` from the pool; if the pool
    /// cannot fund that then, the project stays Proposed, fully staked (`PoolShortAtFullStake`).
    /// @return staked The amount actually staked.
    function stakeTokens(uint256 projectId, uint256 amount) external returns (uint256 staked);

    /// @notice Stakes up to `amount` reputation, clamped to what is still required; see `stakeTokens`.
    /// @return staked The amount actually staked.
    function stakeReputation(uint256 projectId, uint256 amount) external returns (uint256 staked);

    /// @notice Takes back `amount` staked tokens while Proposed, except in the final window before the deadline.
    function unstakeTokens(uint256 projectId, uint256 amount) external;

    /// @notice Takes back `amount` staked reputation while Proposed, except in the final window.
    function unstakeReputation(uint256 projectId, uint256 amount) external;

    /// @notice Moves a Proposed project past its deadline to Expired: stakes become withdrawable, no pool
    /// ether moves, the collateral is burned — withdrawable instead if the stakers met both requirements and the
    /// pool could not fund the project when they did (`PoolShortAtFullStake`): state fixed before the deadline,
    /// which whoever calls `expire` cannot move in its block.
    function expire(uint256 projectId) external;

    /// @notice Takes back the caller's whole stake from an Expired project, or stake and rewards from a
    /// Complete one; for the proposer, also its collateral once it is returnable (from Staked on, or
    /// Expired because the pool shrank). Every return is a pull, so a stage change never pays anyone.
    function withdrawStake(uint256 projectId) external;

    /// @notice `withdrawStake` for several projects.
    /// @dev Reverts with `ProjectBatchTooLarge` or any error of `withdrawStake`.
    function withdrawStakes(uint256[] calldata projectIds) external;

    /*//////////////////////////////////////////////////////////////
                                 STAKED
    //////////////////////////////////////////////////////////////*/

    /// @notice Submits (or replaces, while no one else backs it) the caller's task list; the caller then backs it.
    /// @dev Reverts with `ProjectTaskCountOutOfRange`, `ProjectZeroWeighting`, `ProjectEmptyTaskDigest`,
    /// `ProjectWeightingsSum`, `ProjectStakeTooSmallToSubmit`, `ProjectListBackedByOthers`, …
    /// @return listId The list's id within the project (from 1).
    function submitTaskList(uint256 projectId, TaskSpec[] calldata tasks) external returns (uint256 listId);

    /// @notice Backs `listId` with all of the caller's stake, leaving any list backed before.
    function backTaskList(uint256 projectId, uint256 listId) external;

    /// @notice Performs whatever time-based transition is due: Proposed → Expired after the deadline,
    /// Staked → Active (a list above 50%) or Failed (stakes burned through the release window, escrow back
    /// to the pool) after the Staked period. Anyone may call.
    function advance(uint256 projectId) external;

    /*//////////////////////////////////////////////////////////////
                             PROTOCOL HOOKS
    //////////////////////////////////////////////////////////////*/

    /// @notice Moves a project from Active or later to a later stage. The task registry only. Entering Failed burns
    /// all stakes; entering Complete lets stakers withdraw stakes and rewards. Escrow is the caller's business.
    function protocolSetStage(uint256 projectId, Stage stage, uint256 stageDeadline) external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice How many projects exist (ids are 1..projectCount).
    function projectCount() external view returns (uint256);

    /// @notice One project.
    function getProject(uint256 projectId) external view returns (ProjectView memory);

    /// @notice Up to `limit` projects from id `startId` on.
    function getProjects(uint256 startId, uint256 limit) external view returns (ProjectView[] memory projects);

    /// @notice Ids of projects in `stage`, scanning at most `maxScan` ids from `startId`; continue from `nextId`
    /// (zero when the scan reached the end).
    function getProjectIdsByStage(Stage stage, uint256 startId, uint256 maxScan)
        external
        view
        returns (uint256[] memory ids, uint256 nextId);

    /// @notice An account's position in a project.
    function getStake(uint256 projectId, address account) external view returns (StakeView memory);

    /// @notice One task list with its tasks and backing.
    function getTaskList(uint256 projectId, uint256 listId) external view returns (TaskListView memory);

    /// @notice Up to `limit` task lists from id `startId` on.
    function getTaskLists(uint256 projectId, uint256 startId, uint256 limit)
        external
        view
        returns (TaskListView[] memory lists);

    /// @notice Task `index` of list `listId`.
    function getTask(uint256 projectId, uint256 listId, uint256 index) external view returns (TaskSpec memory);

    /// @notice The deployment parameters.
    function parameters() external view returns (Parameters memory);

    /// @notice The task registry, fixed at deployment: the only caller of `protocolSetStage`.
    function taskRegistry() external view returns (address);

    /// @notice The most projects one `withdrawStakes` call handles.
    function MAX_BATCH() external view returns (uint256);
}
