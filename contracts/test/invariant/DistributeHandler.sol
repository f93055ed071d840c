// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CapitalToken} from "../../src/distribute/CapitalToken.sol";
import {ProjectRegistry} from "../../src/distribute/ProjectRegistry.sol";
import {ReputationRegistry} from "../../src/distribute/ReputationRegistry.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice Drives the pool and the project pipeline with valid calls from a few registered actors.
contract DistributeHandler is CommonBase, StdCheats, StdUtils {
    CapitalToken internal immutable token;
    ReputationRegistry internal immutable reputation;
    ProjectRegistry internal immutable registry;

    address[] public actors;
    /// The task registry's address: past Active, the handler moves stages as it would (no task registry here).
    address internal immutable taskRegistryAt;
    uint256 internal immutable minCost;
    /// Successful actions per handler function, by name.
    mapping(bytes32 action => uint256) public successes;
    /// How often a project entered each stage.
    mapping(IProjectRegistry.Stage stage => uint256) public reached;
    /// Lifecycles `progress` has started: each takes the next of three paths (Complete, Failed, Expired).
    uint256 internal lifecycles;
    uint256 internal driven;
    mapping(uint256 projectId => uint256) internal pathOf;
    /// Highest stage seen per project: stages must never go below it.
    mapping(uint256 projectId => uint8) public ghostStage;
    bool public ghostStageWentBack;
    /// Set if an atomic buy→sell or a buy→settlement→sell ever returned more ether than it put in.
    bool public ghostRoundTripGained;
    uint256 public ghostSandwiches;

    constructor(
        CapitalToken token_,
        ReputationRegistry reputation_,
        ProjectRegistry registry_,
        address taskRegistryAt_,
        address[] memory actors_
    ) {
        token = token_;
        reputation = reputation_;
        registry = registry_;
        taskRegistryAt = taskRegistryAt_;
        minCost = registry_.parameters().minCost;
        actors = actors_;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    function _project(uint256 seed) internal view returns (uint256) {
        uint256 count = registry.projectCount();
        return count == 0 ? 0 : seed % count + 1;
    }

    /// The first project at or after `seed`'s pick that is in `stage`; 0 if none is.
    function _projectIn(uint256 seed, IProjectRegistry.Stage stage) internal view returns (uint256) {
        uint256 count = registry.projectCount();
        for (uint256 i; i < count; ++i) {
            uint256 id = (seed + i) % count + 1;
            if (registry.getProject(id).stage == stage) return id;
        }
        return 0;
    }

    function _track(uint256 projectId) internal {
        if (projectId == 0) return;
        uint8 stage = uint8(registry.getProject(projectId).stage);
        if (stage < ghostStage[projectId]) ghostStageWentBack = true;
        if (stage != ghostStage[projectId]) ++reached[IProjectRegistry.Stage(stage)];
        ghostStage[projectId] = stage;
    }

    function _ok(bytes32 action) internal {
        ++successes[action];
    }

    function buy(uint256 actorSeed, uint256 etherIn) external {
        address actor = _actor(actorSeed);
        etherIn = bound(etherIn, 1e12, 20 ether);
        vm.deal(actor, actor.balance + etherIn);
        vm.prank(actor);
        token.buy{value: etherIn}(0);
    }

    function sell(uint256 actorSeed, uint256 fraction) external {
        address actor = _actor(actorSeed);
        uint256 balance = token.balanceOf(actor);
        if (balance == 0) return;
        uint256 amount = bound(fraction, 1, balance);
        if (token.quoteSell(amount) == 0) return;
        vm.prank(actor);
        token.sell(amount, 0);
    }

    function buyThenSell(uint256 actorSeed, uint256 etherIn) external {
        address actor = _actor(actorSeed);
        etherIn = bound(etherIn, 1e12, 50 ether);
        vm.deal(actor, actor.balance + etherIn);
        vm.startPrank(actor);
        uint256 tokensOut = token.buy{value: etherIn}(0);
        uint256 etherOut = token.quoteSell(tokensOut) == 0 ? 0 : token.sell(tokensOut, 0);
        vm.stopPrank();
        if (etherOut > etherIn) ghostRoundTripGained = true;
    }

    /// Buy, trigger whatever settlement is due on a project (Staked → Failed returns its escrow, slashes),
    /// then sell in the same block.
    function sandwichSettlement(uint256 actorSeed, uint256 etherIn, uint256 projectSeed) external {
        uint256 projectId = _project(projectSeed);
        if (projectId == 0) return;
        IProjectRegistry.ProjectView memory p = registry.getProject(projectId);
        bool due = (p.stage == IProjectRegistry.Stage.Staked && block.timestamp > p.stageDeadline)
            || (p.stage == IProjectRegistry.Stage.Proposed && block.timestamp > p.stakingDeadline);
        if (!due) return;
        address actor = _actor(actorSeed);
        etherIn = bound(etherIn, 1e12, 50 ether);
        vm.deal(actor, actor.balance + etherIn);
        vm.prank(actor);
        uint256 tokensOut = token.buy{value: etherIn}(0);
        registry.advance(projectId);
        _track(projectId);
        if (token.quoteSell(tokensOut) == 0) return;
        vm.prank(actor);
        uint256 etherOut = token.sell(tokensOut, 0);
        if (etherOut > etherIn) ghostRoundTripGained = true;
        ++ghostSandwiches;
    }

    function propose(uint256 actorSeed, uint256 costSeed, bool inReputation) external {
        address actor = _actor(actorSeed);
        uint256 pool = token.availablePool();
        if (pool / 4 < minCost) return;
        // Up to a quarter of the pool, so a few actors' stakes can meet the requirements.
        uint256 cost = bound(costSeed, minCost, pool / 4);
        IProjectRegistry.CollateralKind kind =
            inReputation ? IProjectRegistry.CollateralKind.Reputation : IProjectRegistry.CollateralKind.Tokens;
        vm.prank(actor);
        try registry.propose(
            cost, block.timestamp + 3 days, keccak256(abi.encode(cost)), IProjectRegistry.CidCodec.Raw, kind
        ) returns (
            uint256 projectId
        ) {
            _track(projectId);
            _ok("propose");
        } catch {}
    }

    function stakeTokens(uint256 actorSeed, uint256 projectSeed, uint256 amount) external {
        uint256 projectId = _projectIn(projectSeed, IProjectRegistry.Stage.Proposed);
        if (projectId == 0) return;
        address actor = _actor(actorSeed);
        uint256 balance = token.balanceOf(actor);
        if (balance == 0) return;
        vm.prank(actor);
        try registry.stakeTokens(projectId, bound(amount, 1, balance)) {
            _ok("stakeTokens");
        } catch {}
        _track(projectId);
    }

    function stakeReputation(uint256 actorSeed, uint256 projectSeed, uint256 amount) external {
        uint256 projectId = _projectIn(projectSeed, IProjectRegistry.Stage.Proposed);
        if (projectId == 0) return;
        address actor = _actor(actorSeed);
        uint256 balance = reputation.balanceOf(actor);
        if (balance == 0) return;
        vm.prank(actor);
        try registry.stakeReputation(projectId, bound(amount, 1, balance)) {
            _ok("stakeReputation");
        } catch {}
        _track(projectId);
    }

    function unstake(uint256 actorSeed, uint256 projectSeed, bool tokens) external {
        uint256 projectId = _project(projectSeed);
        if (projectId == 0) return;
        address actor = _actor(actorSeed);
        IProjectRegistry.StakeView memory s = registry.getStake(projectId, actor);
        vm.prank(actor);
        if (tokens && s.tokens != 0) try registry.unstakeTokens(projectId, s.tokens) {} catch {}
        if (!tokens && s.reputation != 0) try registry.unstakeReputation(projectId, s.reputation) {} catch {}
    }

    function submitList(uint256 actorSeed, uint256 projectSeed, uint256 countSeed) external {
        uint256 projectId = _projectIn(projectSeed, IProjectRegistry.Stage.Staked);
        if (projectId == 0) return;
        uint256 count = bound(countSeed, 1, 8);
        IProjectRegistry.TaskSpec[] memory tasks = new IProjectRegistry.TaskSpec[](count);
        for (uint256 i; i < count; ++i) {
            tasks[i] = IProjectRegistry.TaskSpec(
                keccak256(abi.encode(i, countSeed)),
                IProjectRegistry.CidCodec.DagPb,
                uint16(i == 0 ? 10_000 - 1000 * (count - 1) : 1000)
            );
        }
        vm.prank(_actor(actorSeed));
        try registry.submitTaskList(projectId, tasks) {
            _ok("submitList");
        } catch {}
    }

    function backList(uint256 actorSeed, uint256 projectSeed, uint256 listSeed) external {
        uint256 projectId = _projectIn(projectSeed, IProjectRegistry.Stage.Staked);
        if (projectId == 0) return;
        uint256 lists = registry.getProject(projectId).taskListCount;
        if (lists == 0) return;
        vm.prank(_actor(actorSeed));
        try registry.backTaskList(projectId, listSeed % lists + 1) {
            _ok("backList");
        } catch {}
    }

    /// Moves a Proposed or Staked project on at its deadline: warps there first.
    function advance(uint256 projectSeed, bool staked) external {
        IProjectRegistry.Stage stage = staked ? IProjectRegistry.Stage.Staked : IProjectRegistry.Stage.Proposed;
        uint256 projectId = _projectIn(projectSeed, stage);
        if (projectId == 0) return;
        _advanceAtDeadline(projectId);
    }

    function _advanceAtDeadline(uint256 projectId) internal {
        IProjectRegistry.ProjectView memory p = registry.getProject(projectId);
        uint256 deadline = p.stage == IProjectRegistry.Stage.Proposed ? p.stakingDeadline : p.stageDeadline;
        if (block.timestamp <= deadline) vm.warp(deadline + 1);
        registry.advance(projectId);
        _ok("advance");
        _track(projectId);
    }

    /// Takes one project one step along a whole lifecycle, starting one if none is open: each lifecycle
    /// follows the next of three paths — staked, a list accepted, Active, Validation, Voting, Complete; staked
    /// with no list, Failed; never fully staked, Expired. The other actions add noise around it.
    function progress(uint256 seed) external {
        uint256 projectId = _openProject();
        if (projectId == 0) {
            _startLifecycle(seed);
            return;
        }
        IProjectRegistry.ProjectView memory p = registry.getProject(projectId);
        uint256 path = pathOf[projectId];
        if (p.stage == IProjectRegistry.Stage.Proposed) {
            if (path == 2 || block.timestamp > p.stakingDeadline || !_fill(projectId, p)) {
                _advanceAtDeadline(projectId);
            }
        } else if (p.stage == IProjectRegistry.Stage.Staked) {
            if (path == 0 && p.leadingList == 0 && block.timestamp <= p.stageDeadline) _acceptList(projectId);
            else _advanceAtDeadline(projectId);
        } else {
            // Active, Validation, Voting: what the task registry would do, one stage at a time.
            IProjectRegistry.Stage next = p.stage == IProjectRegistry.Stage.Voting
                ? (path == 0 ? IProjectRegistry.Stage.Complete : IProjectRegistry.Stage.Failed)
                : IProjectRegistry.Stage(uint8(p.stage) + 1);
            vm.prank(taskRegistryAt);
            registry.protocolSetStage(projectId, next, 0);
            _ok("protocolSetStage");
            _track(projectId);
        }
    }

    /// The project `progress` drives, while it has not ended.
    function _openProject() internal view returns (uint256) {
        if (driven == 0) return 0;
        IProjectRegistry.Stage stage = registry.getProject(driven).stage;
        return stage <= IProjectRegistry.Stage.Voting ? driven : 0;
    }

    function _startLifecycle(uint256 seed) internal {
        uint256 pool = token.availablePool();
        if (pool / 8 < minCost) return;
        uint256 cost = bound(seed, minCost, pool / 8);
        vm.prank(_actor(seed));
        try registry.propose(
            cost,
            block.timestamp + 3 days,
            keccak256(abi.encode("lifecycle", lifecycles)),
            IProjectRegistry.CidCodec.Raw,
            seed % 2 == 0 ? IProjectRegistry.CollateralKind.Tokens : IProjectRegistry.CollateralKind.Reputation
        ) returns (
            uint256 projectId
        ) {
            driven = projectId;
            pathOf[projectId] = lifecycles++ % 3;
            _ok("progress.propose");
            _track(projectId);
        } catch {}
    }

    /// Stakes what is still required from the actors' free tokens and reputation; true once Staked.
    function _fill(uint256 projectId, IProjectRegistry.ProjectView memory p) internal returns (bool) {
        for (uint256 i; i < actors.length; ++i) {
            address actor = actors[i];
            p = registry.getProject(projectId);
            uint256 tokensLeft = p.requiredTokens - p.stakedTokens;
            uint256 tokens = token.balanceOf(actor);
            vm.startPrank(actor);
            if (tokensLeft != 0 && tokens != 0) registry.stakeTokens(projectId, tokens);
            p = registry.getProject(projectId);
            uint256 reputationLeft = p.requiredReputation - p.stakedReputation;
            uint256 rep = reputation.balanceOf(actor);
            if (reputationLeft != 0 && rep != 0 && p.stage == IProjectRegistry.Stage.Proposed) {
                registry.stakeReputation(projectId, rep);
            }
            vm.stopPrank();
            if (registry.getProject(projectId).stage == IProjectRegistry.Stage.Staked) {
                _ok("progress.fill");
                _track(projectId);
                return true;
            }
        }
        return false;
    }

    /// A staker submits a list and every other staker backs it.
    function _acceptList(uint256 projectId) internal {
        uint256 listId;
        for (uint256 i; i < actors.length; ++i) {
            address actor = actors[i];
            IProjectRegistry.StakeView memory stake = registry.getStake(projectId, actor);
            if (stake.tokens == 0 && stake.reputation == 0) continue;
            vm.prank(actor);
            if (listId == 0) {
                try registry.submitTaskList(projectId, _list(projectId)) returns (uint256 id) {
                    listId = id;
                } catch {}
            } else if (stake.backedList != listId) {
                registry.backTaskList(projectId, listId);
            }
        }
        if (registry.getProject(projectId).leadingList != 0) _ok("progress.acceptList");
    }

    function _list(uint256 seed) internal pure returns (IProjectRegistry.TaskSpec[] memory tasks) {
        tasks = new IProjectRegistry.TaskSpec[](2);
        tasks[0] = IProjectRegistry.TaskSpec(keccak256(abi.encode(seed, 0)), IProjectRegistry.CidCodec.Raw, 6000);
        tasks[1] = IProjectRegistry.TaskSpec(keccak256(abi.encode(seed, 1)), IProjectRegistry.CidCodec.Raw, 4000);
    }

    /// From one project, or (`batched`) from every Expired project where the actor still has a stake at once.
    function withdrawStake(uint256 actorSeed, uint256 projectSeed, bool batched) external {
        address actor = _actor(actorSeed);
        if (batched) {
            uint256[] memory ids = _expiredStakes(actor);
            vm.prank(actor);
            try registry.withdrawStakes(ids) {} catch {}
            return;
        }
        // A project that has ended, and an actor who still has a stake in it.
        uint256 count = registry.projectCount();
        for (uint256 i; i < count; ++i) {
            uint256 projectId = (projectSeed + i) % count + 1;
            IProjectRegistry.ProjectView memory p = registry.getProject(projectId);
            if (p.stage != IProjectRegistry.Stage.Expired && p.stage != IProjectRegistry.Stage.Complete) continue;
            for (uint256 j; j < actors.length; ++j) {
                address staker = actors[(actorSeed + j) % actors.length];
                IProjectRegistry.StakeView memory stake = registry.getStake(projectId, staker);
                if (stake.tokens == 0 && stake.reputation == 0) continue;
                vm.prank(staker);
                registry.withdrawStake(projectId);
                _ok("withdrawStake");
                return;
            }
        }
    }

    function _expiredStakes(address actor) internal view returns (uint256[] memory ids) {
        uint256 count = registry.projectCount();
        ids = new uint256[](registry.MAX_BATCH());
        uint256 found;
        for (uint256 id = 1; id <= count && found < ids.length; ++id) {
            if (registry.getProject(id).stage != IProjectRegistry.Stage.Expired) continue;
            IProjectRegistry.StakeView memory s = registry.getStake(id, actor);
            if (s.tokens != 0 || s.reputation != 0) ids[found++] = id;
        }
        assembly ("memory-safe") {
            mstore(ids, found)
        }
    }

    function withdrawOwed(uint256 actorSeed) external {
        address actor = _actor(actorSeed);
        if (token.owedTo(actor) == 0) return;
        vm.prank(actor);
        token.withdrawOwed();
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1 minutes, 2 days));
    }
}
