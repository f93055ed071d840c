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
        address[] memory actors_
    ) {
        token = token_;
        reputation = reputation_;
        registry = registry_;
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

    function _track(uint256 projectId) internal {
        if (projectId == 0) return;
        uint8 stage = uint8(registry.getProject(projectId).stage);
        if (stage < ghostStage[projectId]) ghostStageWentBack = true;
        ghostStage[projectId] = stage;
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
        if (pool < 1e6) return;
        uint256 cost = bound(costSeed, 1e6, pool * 10_000 / 10_700);
        IProjectRegistry.CollateralKind kind =
            inReputation ? IProjectRegistry.CollateralKind.Reputation : IProjectRegistry.CollateralKind.Tokens;
        vm.prank(actor);
        try registry.propose(
            cost, block.timestamp + 3 days, keccak256(abi.encode(cost)), IProjectRegistry.CidCodec.Raw, kind
        ) returns (
            uint256 projectId
        ) {
            _track(projectId);
        } catch {}
    }

    function stakeTokens(uint256 actorSeed, uint256 projectSeed, uint256 amount) external {
        uint256 projectId = _project(projectSeed);
        if (projectId == 0) return;
        address actor = _actor(actorSeed);
        uint256 balance = token.balanceOf(actor);
        if (balance == 0) return;
        vm.prank(actor);
        try registry.stakeTokens(projectId, bound(amount, 1, balance)) {} catch {}
        _track(projectId);
    }

    function stakeReputation(uint256 actorSeed, uint256 projectSeed, uint256 amount) external {
        uint256 projectId = _project(projectSeed);
        if (projectId == 0) return;
        address actor = _actor(actorSeed);
        uint256 balance = reputation.balanceOf(actor);
        if (balance == 0) return;
        vm.prank(actor);
        try registry.stakeReputation(projectId, bound(amount, 1, balance)) {} catch {}
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
        uint256 projectId = _project(projectSeed);
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
        try registry.submitTaskList(projectId, tasks) {} catch {}
    }

    function backList(uint256 actorSeed, uint256 projectSeed, uint256 listSeed) external {
        uint256 projectId = _project(projectSeed);
        if (projectId == 0) return;
        uint256 lists = registry.getProject(projectId).taskListCount;
        if (lists == 0) return;
        vm.prank(_actor(actorSeed));
        try registry.backTaskList(projectId, listSeed % lists + 1) {} catch {}
    }

    function advance(uint256 projectSeed) external {
        uint256 projectId = _project(projectSeed);
        if (projectId == 0) return;
        try registry.advance(projectId) {} catch {}
        _track(projectId);
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
        uint256 projectId = _project(projectSeed);
        if (projectId == 0) return;
        vm.prank(actor);
        try registry.withdrawStake(projectId) {} catch {}
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
