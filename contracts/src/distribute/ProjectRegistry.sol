// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICapitalToken} from "../interfaces/ICapitalToken.sol";
import {IProjectRegistry} from "../interfaces/IProjectRegistry.sol";
import {IReputationRegistry} from "../interfaces/IReputationRegistry.sol";
import {DistributeMath} from "../libraries/DistributeMath.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title ProjectRegistry
/// @notice Distribute projects through Proposed, Staked and into Active or Failed; later stages are set by
/// protocol contracts. Token stakes and token collateral are held by this contract; reputation stakes and
/// reputation collateral are locked in the reputation registry under this contract.
contract ProjectRegistry is IProjectRegistry, ReentrancyGuardTransient {
    using SafeCast for uint256;

    /*//////////////////////////////////////////////////////////////
                                CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Most tasks in one list.
    uint256 public constant MAX_TASKS = 32;
    /// @notice Most projects (or lists) one page returns.
    uint256 public constant MAX_PAGE = 50;
    /// @notice Most ids one by-stage scan reads.
    uint256 public constant MAX_SCAN = 1000;
    /// @inheritdoc IProjectRegistry
    uint256 public constant MAX_BATCH = 32;

    uint256 private constant WEIGHTING_MASK = 0x3fff;
    uint8 private constant FLAG_REPUTATION_COLLATERAL = 1;
    uint8 private constant FLAG_DAG_PB_DESCRIPTION = 2;
    uint8 private constant FLAG_COLLATERAL_CLAIMABLE = 4;
    uint256 private constant DAG_PB_FLAG = 0x8000;

    /*//////////////////////////////////////////////////////////////
                                 STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @dev Packed so that proposing writes three new slots and staking touches three.
    struct Project {
        // slot 0
        address proposer;
        uint80 cost;
        Stage stage;
        /// bit 0: collateral in reputation; bit 1: description CID is dag-pb; bit 2: collateral claimable.
        uint8 flags;
        // slot 1
        uint112 requiredTokens;
        uint112 requiredReputation;
        uint32 stakingDeadline;
        // slot 2
        bytes32 descriptionDigest;
        // slot 3 (zero until the first stake)
        uint112 stakedTokens;
        uint112 stakedReputation;
        uint32 stageDeadline;
        // slot 4 (zero until the first task list)
        uint16 listCount;
        uint16 leadingList;
        /// Complete projects: token stakes withdrawn so far, and the stakers' ether reward paid for them.
        uint112 tokensWithdrawn;
        uint96 stakerRewardPaid;
    }

    /// @dev One slot per staker and project.
    struct Position {
        uint112 tokens;
        uint112 reputation;
        uint16 backedList;
        uint16 ownList;
    }

    struct TaskList {
        address author;
        uint8 taskCount;
        uint24 otherBackers;
    }

    struct Backing {
        uint128 tokens;
        uint128 reputation;
    }

    /// @dev Per task 16 bits: weighting in the low 14, bit 15 set for dag-pb. 16 tasks per word.
    struct TaskData {
        uint256[2] packed;
        bytes32[32] digests;
    }

    ICapitalToken private immutable _token;
    IReputationRegistry private immutable _reputation;
    /// @dev Fixed at deployment (the deploy script predicts it): no role exists that anyone could grant.
    address private immutable _taskRegistry;
    uint256 private immutable _minStakingPeriod;
    uint256 private immutable _maxStakingPeriod;
    uint256 private immutable _unstakeLockWindow;
    uint256 private immutable _stakedPeriod;
    uint256 private immutable _activePeriod;
    uint256 private immutable _minSubmitStakeBps;
    uint256 private immutable _minCost;

    uint256 private _projectCount;
    mapping(uint256 projectId => Project) private _projects;
    mapping(uint256 projectId => mapping(address account => Position)) private _positions;
    mapping(uint256 projectId => mapping(uint256 listId => TaskList)) private _lists;
    mapping(uint256 projectId => mapping(uint256 listId => Backing)) private _backings;
    mapping(uint256 projectId => mapping(uint256 listId => TaskData)) private _tasks;

    /*//////////////////////////////////////////////////////////////
                               CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param token The capital token and pool.
    /// @param reputation The reputation registry.
    /// @param taskRegistry_ The task registry: the only caller of `protocolSetStage`.
    /// @param params Periods, the submission threshold and the minimum cost, each within its bounds.
    constructor(ICapitalToken token, IReputationRegistry reputation, address taskRegistry_, Parameters memory params) {
        _checkBounds("minStakingPeriod", params.minStakingPeriod, 1 hours, 30 days);
        _checkBounds("maxStakingPeriod", params.maxStakingPeriod, params.minStakingPeriod, 180 days);
        _checkBounds("unstakeLockWindow", params.unstakeLockWindow, 1 minutes, params.minStakingPeriod - 1);
        _checkBounds("stakedPeriod", params.stakedPeriod, 1 hours, 60 days);
        _checkBounds("activePeriod", params.activePeriod, 1 hours, 365 days);
        _checkBounds("minSubmitStakeBps", params.minSubmitStakeBps, 1, 5000);
        // From a millionth of an ether (below it a project is noise) to 1,000 ether.
        _checkBounds("minCost", params.minCost, 1e12, 1000 ether);
        _token = token;
        _reputation = reputation;
        _taskRegistry = taskRegistry_;
        _minStakingPeriod = params.minStakingPeriod;
        _maxStakingPeriod = params.maxStakingPeriod;
        _unstakeLockWindow = params.unstakeLockWindow;
        _stakedPeriod = params.stakedPeriod;
        _activePeriod = params.activePeriod;
        _minSubmitStakeBps = params.minSubmitStakeBps;
        _minCost = params.minCost;
    }

    /*//////////////////////////////////////////////////////////////
                                PROPOSED
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IProjectRegistry
    function propose(
        uint256 cost,
        uint256 stakingDeadline,
        bytes32 descriptionDigest,
        CidCodec descriptionCodec,
        CollateralKind collateralKind
    ) external returns (uint256 projectId) {
        if (cost == 0) revert ProjectZeroCost();
        if (cost < _minCost) revert ProjectCostTooSmall(cost, _minCost);
        if (descriptionDigest == bytes32(0)) revert ProjectEmptyDigest();
        uint256 earliest = block.timestamp + _minStakingPeriod;
        uint256 latest = block.timestamp + _maxStakingPeriod;
        if (stakingDeadline < earliest || stakingDeadline > latest) {
            revert ProjectStakingDeadlineOutOfRange(stakingDeadline, earliest, latest);
        }
        if (cost > type(uint80).max) revert ProjectCostTooLarge(cost, type(uint80).max);
        projectId = ++_projectCount;
        Project storage project = _projects[projectId];
        project.proposer = msg.sender;
        project.cost = uint80(cost);
        project.stage = Stage.Proposed;
        project.flags = (collateralKind == CollateralKind.Reputation ? FLAG_REPUTATION_COLLATERAL : 0)
            | (descriptionCodec == CidCodec.DagPb ? FLAG_DAG_PB_DESCRIPTION : 0);
        _writeRequirements(project, cost);
        project.stakingDeadline = uint32(stakingDeadline);
        project.descriptionDigest = descriptionDigest;
        uint256 collateral = _emitProposed(projectId, project);
        if (collateralKind == CollateralKind.Tokens) _token.takeStake(msg.sender, collateral);
        else _reputation.lock(msg.sender, collateral);
    }

    /// @inheritdoc IProjectRegistry
    function cancel(uint256 projectId) external nonReentrant {
        Project storage project = _proposedProject(projectId);
        if (msg.sender != project.proposer) revert ProjectNotProposer(projectId, msg.sender);
        if (block.timestamp > project.stakingDeadline) {
            revert ProjectStakingClosed(projectId, project.stakingDeadline);
        }
        if (project.stakedTokens != 0 || project.stakedReputation != 0) {
            revert ProjectHasStakes(projectId, project.stakedTokens, project.stakedReputation);
        }
        _setStage(projectId, project, Stage.Cancelled, 0);
        _settleCollateral(projectId, project, false);
    }

    /// @inheritdoc IProjectRegistry
    function stakeTokens(uint256 projectId, uint256 amount) external returns (uint256 staked) {
        Project storage project = _openProject(projectId, amount);
        uint256 required = project.requiredTokens;
        uint256 already = project.stakedTokens;
        if (already == required) revert ProjectRequirementMet(projectId);
        staked = amount < required - already ? amount : required - already;
        project.stakedTokens = uint112(already + staked);
        Position storage position = _positions[projectId][msg.sender];
        position.tokens = (position.tokens + staked).toUint112();
        emit TokensStaked(projectId, msg.sender, staked);
        _token.takeStake(msg.sender, staked);
        if (already + staked == required && project.stakedReputation == project.requiredReputation) {
            _moveToStaked(projectId, project);
        }
    }

    /// @inheritdoc IProjectRegistry
    function stakeReputation(uint256 projectId, uint256 amount) external returns (uint256 staked) {
        Project storage project = _openProject(projectId, amount);
        uint256 required = project.requiredReputation;
        uint256 already = project.stakedReputation;
        if (already == required) revert ProjectRequirementMet(projectId);
        staked = amount < required - already ? amount : required - already;
        project.stakedReputation = uint112(already + staked);
        Position storage position = _positions[projectId][msg.sender];
        position.reputation = (position.reputation + staked).toUint112();
        emit ReputationStaked(projectId, msg.sender, staked);
        _reputation.lock(msg.sender, staked);
        if (already + staked == required && project.stakedTokens == project.requiredTokens) {
            _moveToStaked(projectId, project);
        }
    }

    /// @inheritdoc IProjectRegistry
    function unstakeTokens(uint256 projectId, uint256 amount) external nonReentrant {
        Project storage project = _unstakableProject(projectId, amount);
        Position storage position = _positions[projectId][msg.sender];
        uint256 staked = position.tokens;
        if (amount > staked) revert ProjectInsufficientStake(projectId, msg.sender, staked, amount);
        unchecked {
            position.tokens = uint112(staked - amount);
            project.stakedTokens -= uint112(amount);
        }
        emit TokensUnstaked(projectId, msg.sender, amount);
        _sendTokens(msg.sender, amount);
    }

    /// @inheritdoc IProjectRegistry
    function unstakeReputation(uint256 projectId, uint256 amount) external nonReentrant {
        Project storage project = _unstakableProject(projectId, amount);
        Position storage position = _positions[projectId][msg.sender];
        uint256 staked = position.reputation;
        if (amount > staked) revert ProjectInsufficientStake(projectId, msg.sender, staked, amount);
        unchecked {
            position.reputation = uint112(staked - amount);
            project.stakedReputation -= uint112(amount);
        }
        emit ReputationUnstaked(projectId, msg.sender, amount);
        _reputation.unlock(msg.sender, amount);
    }

    /// @inheritdoc IProjectRegistry
    function expire(uint256 projectId) external nonReentrant {
        Project storage project = _proposedProject(projectId);
        _expire(projectId, project);
    }

    /// @inheritdoc IProjectRegistry
    function withdrawStake(uint256 projectId) external nonReentrant {
        _withdrawStake(projectId);
    }

    /// @inheritdoc IProjectRegistry
    function withdrawStakes(uint256[] calldata projectIds) external nonReentrant {
        uint256 count = projectIds.length;
        if (count > MAX_BATCH) revert ProjectBatchTooLarge(count, MAX_BATCH);
        for (uint256 i; i < count; ++i) {
            _withdrawStake(projectIds[i]);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 STAKED
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IProjectRegistry
    function submitTaskList(uint256 projectId, TaskSpec[] calldata tasks) external returns (uint256 listId) {
        Project storage project = _stakedProjectInPeriod(projectId);
        Position memory position = _positions[projectId][msg.sender];
        _checkCanSubmit(projectId, project, position);
        (uint256 packed0, uint256 packed1) = _validateTasks(tasks);

        bool replaced = position.ownList != 0;
        if (replaced) {
            listId = position.ownList;
            uint256 otherBackers = _lists[projectId][listId].otherBackers;
            if (otherBackers != 0) revert ProjectListBackedByOthers(projectId, listId, otherBackers);
        } else {
            listId = uint256(project.listCount) + 1;
            if (listId > type(uint16).max) revert ProjectTooManyLists(projectId);
            project.listCount = uint16(listId);
            _positions[projectId][msg.sender].ownList = uint16(listId);
            position.ownList = uint16(listId);
        }
        _lists[projectId][listId] = TaskList({author: msg.sender, taskCount: uint8(tasks.length), otherBackers: 0});
        TaskData storage data = _tasks[projectId][listId];
        data.packed[0] = packed0;
        if (tasks.length > 16) data.packed[1] = packed1;
        for (uint256 i; i < tasks.length; ++i) {
            data.digests[i] = tasks[i].digest;
        }
        emit TaskListSubmitted(projectId, listId, msg.sender, tasks.length, replaced);
        if (position.backedList != listId) _back(projectId, project, position, listId);
    }

    /// @inheritdoc IProjectRegistry
    function backTaskList(uint256 projectId, uint256 listId) external {
        Project storage project = _stakedProjectInPeriod(projectId);
        if (listId == 0 || listId > project.listCount) revert ProjectTaskListNotFound(projectId, listId);
        Position memory position = _positions[projectId][msg.sender];
        if (position.tokens == 0 && position.reputation == 0) revert ProjectNotStaker(projectId, msg.sender);
        if (position.backedList == listId) revert ProjectAlreadyBacking(projectId, listId);
        _back(projectId, project, position, listId);
    }

    /// @inheritdoc IProjectRegistry
    function advance(uint256 projectId) external nonReentrant {
        Project storage project = _existingProject(projectId);
        Stage stage = project.stage;
        if (stage == Stage.Proposed) {
            _expire(projectId, project);
        } else if (stage == Stage.Staked) {
            uint256 deadline = project.stageDeadline;
            if (block.timestamp <= deadline) revert ProjectNotDue(projectId, stage, deadline);
            if (project.leadingList != 0) {
                _setStage(projectId, project, Stage.Active, block.timestamp + _activePeriod);
            } else {
                _setStage(projectId, project, Stage.Failed, 0);
                _burnStakes(project);
                uint256 escrow = _token.escrowOf(projectId);
                if (escrow != 0) _token.returnEscrow(projectId, escrow);
            }
        } else {
            revert ProjectNotDue(projectId, stage, 0);
        }
    }

    /*//////////////////////////////////////////////////////////////
                             PROTOCOL HOOKS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IProjectRegistry
    function protocolSetStage(uint256 projectId, Stage stage, uint256 stageDeadline) external {
        if (msg.sender != _taskRegistry) revert ProjectNotProtocol(msg.sender);
        Project storage project = _existingProject(projectId);
        Stage current = project.stage;
        if (current < Stage.Active || current >= Stage.Complete || stage <= current || stage > Stage.Failed) {
            revert ProjectInvalidTransition(projectId, current, stage);
        }
        _setStage(projectId, project, stage, stageDeadline);
        if (stage == Stage.Failed) _burnStakes(project);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IProjectRegistry
    function projectCount() external view returns (uint256) {
        return _projectCount;
    }

    /// @inheritdoc IProjectRegistry
    function getProject(uint256 projectId) external view returns (ProjectView memory) {
        _existingProject(projectId);
        return _view(projectId);
    }

    /// @inheritdoc IProjectRegistry
    function getProjects(uint256 startId, uint256 limit) external view returns (ProjectView[] memory projects) {
        if (limit > MAX_PAGE) revert ProjectPageTooLarge(limit, MAX_PAGE);
        uint256 count = _projectCount;
        if (startId == 0) startId = 1;
        if (startId > count) return new ProjectView[](0);
        uint256 end = startId + limit - 1 < count ? startId + limit - 1 : count;
        projects = new ProjectView[](end - startId + 1);
        for (uint256 id = startId; id <= end; ++id) {
            projects[id - startId] = _view(id);
        }
    }

    /// @inheritdoc IProjectRegistry
    function getProjectIdsByStage(Stage stage, uint256 startId, uint256 maxScan)
        external
        view
        returns (uint256[] memory ids, uint256 nextId)
    {
        if (maxScan > MAX_SCAN) revert ProjectPageTooLarge(maxScan, MAX_SCAN);
        uint256 count = _projectCount;
        if (startId == 0) startId = 1;
        uint256 end = startId + maxScan - 1 < count ? startId + maxScan - 1 : count;
        ids = new uint256[](maxScan);
        uint256 found;
        for (uint256 id = startId; id <= end; ++id) {
            if (_projects[id].stage == stage) ids[found++] = id;
        }
        assembly ("memory-safe") {
            mstore(ids, found)
        }
        nextId = end < count ? end + 1 : 0;
    }

    /// @inheritdoc IProjectRegistry
    function getStake(uint256 projectId, address account) external view returns (StakeView memory) {
        Position memory position = _positions[projectId][account];
        return StakeView(position.tokens, position.reputation, position.backedList, position.ownList);
    }

    /// @inheritdoc IProjectRegistry
    function getTaskList(uint256 projectId, uint256 listId) external view returns (TaskListView memory) {
        Project storage project = _existingProject(projectId);
        if (listId == 0 || listId > project.listCount) revert ProjectTaskListNotFound(projectId, listId);
        return _listView(projectId, project, listId);
    }

    /// @inheritdoc IProjectRegistry
    function getTaskLists(uint256 projectId, uint256 startId, uint256 limit)
        external
        view
        returns (TaskListView[] memory lists)
    {
        if (limit > MAX_PAGE) revert ProjectPageTooLarge(limit, MAX_PAGE);
        Project storage project = _existingProject(projectId);
        uint256 count = project.listCount;
        if (startId == 0) startId = 1;
        if (startId > count) return new TaskListView[](0);
        uint256 end = startId + limit - 1 < count ? startId + limit - 1 : count;
        lists = new TaskListView[](end - startId + 1);
        for (uint256 id = startId; id <= end; ++id) {
            lists[id - startId] = _listView(projectId, project, id);
        }
    }

    /// @inheritdoc IProjectRegistry
    function getTask(uint256 projectId, uint256 listId, uint256 index) external view returns (TaskSpec memory) {
        Project storage project = _existingProject(projectId);
        if (listId == 0 || listId > project.listCount) revert ProjectTaskListNotFound(projectId, listId);
        uint256 count = _lists[projectId][listId].taskCount;
        if (index >= count) revert ProjectTaskCountOutOfRange(index, count);
        return _task(_tasks[projectId][listId], index);
    }

    /// @inheritdoc IProjectRegistry
    function parameters() external view returns (Parameters memory) {
        return Parameters({
            minStakingPeriod: _minStakingPeriod,
            maxStakingPeriod: _maxStakingPeriod,
            unstakeLockWindow: _unstakeLockWindow,
            stakedPeriod: _stakedPeriod,
            activePeriod: _activePeriod,
            minSubmitStakeBps: _minSubmitStakeBps,
            minCost: _minCost
        });
    }

    /// @inheritdoc IProjectRegistry
    function taskRegistry() external view returns (address) {
        return _taskRegistry;
    }

    /// @notice The capital token and pool.
    function capitalToken() external view returns (ICapitalToken) {
        return _token;
    }

    /// @notice The reputation registry.
    function reputationRegistry() external view returns (IReputationRegistry) {
        return _reputation;
    }

    /*//////////////////////////////////////////////////////////////
                               TRANSITIONS
    //////////////////////////////////////////////////////////////*/

    /// @dev Checks that the pool can fund `cost` and stores the stake requirements.
    function _writeRequirements(Project storage project, uint256 cost) private {
        (uint256 pool, uint256 supply) = _poolAndSupply();
        (uint256 needed,,) = DistributeMath.projectDraw(cost);
        if (needed > pool) revert ProjectPoolTooSmall(pool, needed);
        uint256 totalReputation = _reputation.totalSupply();
        if (totalReputation == 0) revert ProjectNoReputation();
        project.requiredTokens = DistributeMath.requiredStake(supply, cost, pool).toUint112();
        project.requiredReputation = DistributeMath.requiredStake(totalReputation, cost, pool).toUint112();
    }

    function _emitProposed(uint256 projectId, Project storage project) private returns (uint256 collateral) {
        uint256 requiredTokens = project.requiredTokens;
        uint256 requiredReputation = project.requiredReputation;
        CollateralKind kind = _collateralKind(project);
        collateral = DistributeMath.collateral(kind == CollateralKind.Tokens ? requiredTokens : requiredReputation);
        emit ProjectProposed(
            projectId,
            msg.sender,
            project.cost,
            project.stakingDeadline,
            requiredTokens,
            requiredReputation,
            kind,
            collateral,
            project.descriptionDigest,
            _descriptionCodec(project)
        );
    }

    function _setStage(uint256 projectId, Project storage project, Stage stage, uint256 stageDeadline) private {
        project.stage = stage;
        project.stageDeadline = uint32(stageDeadline);
        emit StageChanged(projectId, stage, stageDeadline);
    }

    /// @dev The stake that met both requirements: hand the collateral back, pay the proposer and escrow the
    /// rest of `ceil(1.07 · C)`. If the pool shrank below that, the project stays Proposed and fully staked,
    /// which is what lets the collateral be returned at expiry.
    function _moveToStaked(uint256 projectId, Project storage project) private {
        (uint256 needed, uint256 escrow, uint256 proposerReward) = DistributeMath.projectDraw(project.cost);
        uint256 pool = _token.availablePool();
        if (pool < needed) {
            emit PoolShortAtFullStake(projectId, pool, needed);
            return;
        }
        _setStage(projectId, project, Stage.Staked, block.timestamp + _stakedPeriod);
        project.flags |= FLAG_COLLATERAL_CLAIMABLE;
        _token.fundProject(projectId, escrow, project.proposer, proposerReward);
    }

    function _expire(uint256 projectId, Project storage project) private {
        uint256 deadline = project.stakingDeadline;
        if (block.timestamp <= deadline) revert ProjectNotDue(projectId, Stage.Proposed, deadline);
        _setStage(projectId, project, Stage.Expired, 0);
        // Burned, unless the stakers met both requirements and only the pool kept the project from Staked. Both
        // are fixed by the last stake (unstaking closes before the deadline), so the caller cannot move them in
        // its block, as it could the pool itself by selling just before.
        bool fullyStaked =
            project.stakedTokens == project.requiredTokens && project.stakedReputation == project.requiredReputation;
        if (fullyStaked) project.flags |= FLAG_COLLATERAL_CLAIMABLE;
        else _settleCollateral(projectId, project, true);
    }

    /// @dev Pays the caller's stake (with rewards from a Complete project) and, for the proposer, a returnable
    /// collateral; reverts with `ProjectNothingToWithdraw` if there is neither.
    function _withdrawStake(uint256 projectId) private {
        Project storage project = _existingProject(projectId);
        bool collateralPaid = _withdrawCollateral(projectId, project);
        Stage stage = project.stage;
        Position storage position = _positions[projectId][msg.sender];
        uint256 tokens = position.tokens;
        uint256 reputation = position.reputation;
        if ((stage != Stage.Expired && stage != Stage.Complete) || (tokens == 0 && reputation == 0)) {
            if (collateralPaid) return;
            revert ProjectNothingToWithdraw(projectId, msg.sender);
        }
        position.tokens = 0;
        position.reputation = 0;
        uint256 etherReward;
        uint256 reputationReward;
        uint256 remainder;
        if (stage == Stage.Complete) {
            (etherReward, remainder) = _stakerReward(project, tokens);
            reputationReward = reputation * DistributeMath.REPUTATION_REWARD_BPS / DistributeMath.BPS;
        }
        emit StakeWithdrawn(projectId, msg.sender, tokens, reputation, etherReward, reputationReward);
        if (tokens != 0) _sendTokens(msg.sender, tokens);
        if (reputation != 0) _reputation.unlock(msg.sender, reputation);
        if (etherReward != 0) _token.payFromEscrow(projectId, msg.sender, etherReward);
        if (reputationReward != 0) _reputation.mint(msg.sender, reputationReward);
        if (remainder != 0) {
            emit StakerRewardRemainderReturned(projectId, remainder);
            _token.returnEscrow(projectId, remainder);
        }
    }

    /// @dev A token staker's share of the stakers' reward (rounded down) for `tokens` of a Complete project;
    /// with the last token stake withdrawn, also what rounding left of the reward, for the pool.
    function _stakerReward(Project storage project, uint256 tokens)
        private
        returns (uint256 etherReward, uint256 remainder)
    {
        if (tokens == 0) return (0, 0);
        uint256 totalReward = uint256(project.cost) * DistributeMath.STAKER_REWARD_BPS / DistributeMath.BPS;
        uint256 stakedTokens = project.stakedTokens;
        etherReward = tokens * totalReward / stakedTokens;
        uint256 withdrawn = project.tokensWithdrawn + tokens;
        uint256 paid = project.stakerRewardPaid + etherReward;
        project.tokensWithdrawn = uint112(withdrawn);
        project.stakerRewardPaid = uint96(paid);
        if (withdrawn == stakedTokens) remainder = totalReward - paid;
    }

    /// @dev Pays the proposer its collateral if the caller is the proposer and it is claimable.
    function _withdrawCollateral(uint256 projectId, Project storage project) private returns (bool) {
        uint8 flags = project.flags;
        if (flags & FLAG_COLLATERAL_CLAIMABLE == 0 || msg.sender != project.proposer) return false;
        project.flags = flags & ~FLAG_COLLATERAL_CLAIMABLE;
        _settleCollateral(projectId, project, false);
        return true;
    }

    function _settleCollateral(uint256 projectId, Project storage project, bool burn) private {
        address proposer = project.proposer;
        bool inTokens = _collateralKind(project) == CollateralKind.Tokens;
        uint256 amount = DistributeMath.collateral(inTokens ? project.requiredTokens : project.requiredReputation);
        emit CollateralSettled(projectId, proposer, amount, burn);
        if (inTokens) {
            if (burn) _token.burnStake(amount);
            else _sendTokens(proposer, amount);
        } else {
            if (burn) _reputation.burnLocked(amount);
            else _reputation.unlock(proposer, amount);
        }
    }

    /// @dev Burns every stake of the project at once (tokens through the release window); positions stay
    /// recorded but nothing can be withdrawn from a Failed project.
    function _burnStakes(Project storage project) private {
        uint256 tokens = project.stakedTokens;
        uint256 reputation = project.stakedReputation;
        if (tokens != 0) _token.burnStake(tokens);
        if (reputation != 0) _reputation.burnLocked(reputation);
    }

    /// @dev Moves the whole position's backing to `listId` and keeps the >50% candidate up to date: only the
    /// list gaining weight can newly exceed half, only the list losing it can drop below.
    function _back(uint256 projectId, Project storage project, Position memory position, uint256 listId) private {
        uint256 previous = position.backedList;
        uint256 leading = project.leadingList;
        uint256 newLeading = leading;
        if (previous != 0 && !_removeBacking(projectId, project, position, previous) && leading == previous) {
            newLeading = 0;
        }
        if (_addBacking(projectId, project, position, listId)) newLeading = listId;
        _positions[projectId][msg.sender].backedList = uint16(listId);
        emit TaskListBacked(projectId, msg.sender, listId, previous);
        if (newLeading != leading) {
            project.leadingList = uint16(newLeading);
            emit LeadingListChanged(projectId, newLeading);
        }
    }

    /// @dev Adds the position to `listId`'s backing; returns whether the list now exceeds half the weight.
    function _addBacking(uint256 projectId, Project storage project, Position memory position, uint256 listId)
        private
        returns (bool)
    {
        Backing storage backing = _backings[projectId][listId];
        uint256 tokens = backing.tokens + position.tokens;
        uint256 reputation = backing.reputation + position.reputation;
        backing.tokens = uint128(tokens);
        backing.reputation = uint128(reputation);
        if (position.ownList != listId) ++_lists[projectId][listId].otherBackers;
        return DistributeMath.exceedsHalf(tokens, reputation, project.stakedTokens, project.stakedReputation);
    }

    /// @dev Removes the position from `listId`'s backing; returns whether the list still exceeds half the weight.
    function _removeBacking(uint256 projectId, Project storage project, Position memory position, uint256 listId)
        private
        returns (bool)
    {
        Backing storage backing = _backings[projectId][listId];
        uint256 tokens = backing.tokens - position.tokens;
        uint256 reputation = backing.reputation - position.reputation;
        backing.tokens = uint128(tokens);
        backing.reputation = uint128(reputation);
        if (position.ownList != listId) --_lists[projectId][listId].otherBackers;
        return DistributeMath.exceedsHalf(tokens, reputation, project.stakedTokens, project.stakedReputation);
    }

    /*//////////////////////////////////////////////////////////////
                                 CHECKS
    //////////////////////////////////////////////////////////////*/

    function _existingProject(uint256 projectId) private view returns (Project storage project) {
        project = _projects[projectId];
        if (project.stage == Stage.None) revert ProjectNotFound(projectId);
    }

    function _proposedProject(uint256 projectId) private view returns (Project storage project) {
        project = _existingProject(projectId);
        if (project.stage != Stage.Proposed) revert ProjectWrongStage(projectId, project.stage, Stage.Proposed);
    }

    function _openProject(uint256 projectId, uint256 amount) private view returns (Project storage project) {
        if (amount == 0) revert ProjectZeroAmount();
        project = _proposedProject(projectId);
        if (block.timestamp > project.stakingDeadline) {
            revert ProjectStakingClosed(projectId, project.stakingDeadline);
        }
    }

    function _unstakableProject(uint256 projectId, uint256 amount) private view returns (Project storage project) {
        if (amount == 0) revert ProjectZeroAmount();
        project = _proposedProject(projectId);
        uint256 closedSince = project.stakingDeadline - _unstakeLockWindow;
        if (block.timestamp >= closedSince) revert ProjectUnstakeWindowClosed(projectId, closedSince);
    }

    function _stakedProjectInPeriod(uint256 projectId) private view returns (Project storage project) {
        project = _existingProject(projectId);
        if (project.stage != Stage.Staked) revert ProjectWrongStage(projectId, project.stage, Stage.Staked);
        if (block.timestamp > project.stageDeadline) revert ProjectPeriodEnded(projectId, project.stageDeadline);
    }

    function _checkCanSubmit(uint256 projectId, Project storage project, Position memory position) private view {
        if (position.tokens == 0 && position.reputation == 0) revert ProjectNotStaker(projectId, msg.sender);
        uint256 minTokens = _minShare(project.requiredTokens);
        uint256 minReputation = _minShare(project.requiredReputation);
        if (position.tokens < minTokens && position.reputation < minReputation) {
            revert ProjectStakeTooSmallToSubmit(projectId, msg.sender, minTokens, minReputation);
        }
    }

    function _minShare(uint256 required) private view returns (uint256) {
        return (required * _minSubmitStakeBps + DistributeMath.BPS - 1) / DistributeMath.BPS;
    }

    /// @dev Checks the list and packs weightings and codecs, 16 tasks per word.
    function _validateTasks(TaskSpec[] calldata tasks) private pure returns (uint256 packed0, uint256 packed1) {
        uint256 count = tasks.length;
        if (count == 0 || count > MAX_TASKS) revert ProjectTaskCountOutOfRange(count, MAX_TASKS);
        uint256 sum;
        for (uint256 i; i < count; ++i) {
            TaskSpec calldata task = tasks[i];
            uint256 weighting = task.weighting;
            if (weighting == 0) revert ProjectZeroWeighting(i);
            if (task.digest == bytes32(0)) revert ProjectEmptyTaskDigest(i);
            sum += weighting;
            // weighting <= 10,000 < 2^14 once the sum is checked below
            uint256 entry = (weighting & WEIGHTING_MASK) | (task.codec == CidCodec.DagPb ? DAG_PB_FLAG : 0);
            if (i < 16) packed0 |= entry << (16 * i);
            else packed1 |= entry << (16 * (i - 16));
        }
        if (sum != DistributeMath.BPS) revert ProjectWeightingsSum(sum);
    }

    /*//////////////////////////////////////////////////////////////
                                 HELPERS
    //////////////////////////////////////////////////////////////*/

    function _collateralKind(Project storage project) private view returns (CollateralKind) {
        return project.flags & FLAG_REPUTATION_COLLATERAL != 0 ? CollateralKind.Reputation : CollateralKind.Tokens;
    }

    function _descriptionCodec(Project storage project) private view returns (CidCodec) {
        return project.flags & FLAG_DAG_PB_DESCRIPTION != 0 ? CidCodec.DagPb : CidCodec.Raw;
    }

    function _poolAndSupply() private view returns (uint256 pool, uint256 supply) {
        pool = _token.availablePool();
        supply = _token.totalSupply();
    }

    function _sendTokens(address to, uint256 amount) private {
        // The capital token reverts on failure and returns true otherwise; checked all the same.
        if (!_token.transfer(to, amount)) revert ProjectTokenTransferFailed(to, amount);
    }

    function _task(TaskData storage data, uint256 index) private view returns (TaskSpec memory) {
        uint256 entry = (data.packed[index / 16] >> (16 * (index % 16))) & 0xffff;
        return TaskSpec({
            digest: data.digests[index],
            codec: entry & DAG_PB_FLAG != 0 ? CidCodec.DagPb : CidCodec.Raw,
            weighting: uint16(entry & WEIGHTING_MASK)
        });
    }

    function _view(uint256 projectId) private view returns (ProjectView memory) {
        Project storage project = _projects[projectId];
        CollateralKind kind = _collateralKind(project);
        bool inTokens = kind == CollateralKind.Tokens;
        return ProjectView({
            id: projectId,
            proposer: project.proposer,
            stage: project.stage,
            cost: project.cost,
            stakingDeadline: project.stakingDeadline,
            stageDeadline: project.stageDeadline,
            requiredTokens: project.requiredTokens,
            requiredReputation: project.requiredReputation,
            stakedTokens: project.stakedTokens,
            stakedReputation: project.stakedReputation,
            collateralKind: kind,
            collateral: DistributeMath.collateral(inTokens ? project.requiredTokens : project.requiredReputation),
            descriptionDigest: project.descriptionDigest,
            descriptionCodec: _descriptionCodec(project),
            taskListCount: project.listCount,
            leadingList: project.leadingList
        });
    }

    function _listView(uint256 projectId, Project storage project, uint256 listId)
        private
        view
        returns (TaskListView memory list)
    {
        TaskList memory header = _lists[projectId][listId];
        Backing memory backing = _backings[projectId][listId];
        TaskData storage data = _tasks[projectId][listId];
        list.id = listId;
        list.author = header.author;
        list.backingTokens = backing.tokens;
        list.backingReputation = backing.reputation;
        list.otherBackers = header.otherBackers;
        list.weightBps = DistributeMath.weightBps(
            backing.tokens, backing.reputation, project.stakedTokens, project.stakedReputation
        );
        list.tasks = new TaskSpec[](header.taskCount);
        for (uint256 i; i < header.taskCount; ++i) {
            list.tasks[i] = _task(data, i);
        }
    }

    function _checkBounds(string memory name, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert ProjectParameterOutOfBounds(name, value, min, max);
    }
}
