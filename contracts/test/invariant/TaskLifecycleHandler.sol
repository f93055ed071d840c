// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CapitalToken} from "../../src/distribute/CapitalToken.sol";
import {PlcrVoting} from "../../src/distribute/PlcrVoting.sol";
import {ProjectRegistry} from "../../src/distribute/ProjectRegistry.sol";
import {ReputationRegistry} from "../../src/distribute/ReputationRegistry.sol";
import {TaskRegistry} from "../../src/distribute/TaskRegistry.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {ITaskRegistry} from "../../src/interfaces/ITaskRegistry.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

/// @notice Drives projects from Active to settlement with many actors: claims, slashes, evidence, validation,
/// votes, reveals, time, stage changes and every withdrawal. Ghosts track ether in and out, voting escrow and
/// whether any second withdrawal ever succeeded.
contract TaskLifecycleHandler is CommonBase, StdCheats, StdUtils {
    CapitalToken internal immutable token;
    ReputationRegistry internal immutable reputation;
    ProjectRegistry internal immutable registry;
    TaskRegistry internal immutable tasks;
    PlcrVoting internal immutable voting;

    address[] public actors;
    uint256[] public projects;
    uint256 public ghostEtherIn;
    uint256 public ghostEtherOut;
    uint256 public ghostEscrowTokens;
    uint256 public ghostEscrowReputation;
    bool public ghostDoubleWithdrawal;
    mapping(uint256 pollId => mapping(address voter => bool)) internal withdrawnEscrow;
    mapping(uint256 taskId => mapping(address account => bool)) internal withdrawnPayout;

    constructor(
        CapitalToken token_,
        ReputationRegistry reputation_,
        ProjectRegistry registry_,
        TaskRegistry tasks_,
        PlcrVoting voting_,
        address[] memory actors_,
        uint256 etherIn
    ) {
        token = token_;
        reputation = reputation_;
        registry = registry_;
        tasks = tasks_;
        voting = voting_;
        actors = actors_;
        ghostEtherIn = etherIn;
    }

    function addProject(uint256 projectId) external {
        projects.push(projectId);
    }

    function projectCount() external view returns (uint256) {
        return projects.length;
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    function _project(uint256 seed) internal view returns (uint256) {
        return projects[seed % projects.length];
    }

    function claim(uint256 actorSeed, uint256 projectSeed, uint256 taskSeed) external {
        uint256 projectId = _project(projectSeed);
        uint256 count = tasks.getProjectTasks(projectId).taskCount;
        if (count == 0) return;
        vm.prank(_actor(actorSeed));
        try tasks.claimTask(projectId, taskSeed % count) {} catch {}
    }

    function submit(uint256 projectSeed, uint256 taskSeed) external {
        uint256 projectId = _project(projectSeed);
        uint256 count = tasks.getProjectTasks(projectId).taskCount;
        if (count == 0) return;
        uint256 taskIndex = taskSeed % count;
        address claimer = tasks.getTask(projectId, taskIndex).claimer;
        if (claimer == address(0)) return;
        vm.prank(claimer);
        try tasks.submitEvidence(
            projectId, taskIndex, keccak256(abi.encode(taskSeed)), IProjectRegistry.CidCodec.Raw
        ) {}
            catch {}
    }

    function slash(uint256 projectSeed, uint256 taskSeed) external {
        uint256 projectId = _project(projectSeed);
        uint256 count = tasks.getProjectTasks(projectId).taskCount;
        if (count == 0) return;
        try tasks.slashAndReopen(projectId, taskSeed % count) {} catch {}
    }

    function validate(uint256 actorSeed, uint256 projectSeed, uint256 taskSeed, bool approve, uint256 extra) external {
        uint256 projectId = _project(projectSeed);
        uint256 count = tasks.getProjectTasks(projectId).taskCount;
        if (count == 0) return;
        uint256 taskIndex = taskSeed % count;
        uint256 minimum = tasks.minValidationStake(projectId, taskIndex, approve);
        if (minimum == 0) return;
        vm.prank(_actor(actorSeed));
        try tasks.validate(projectId, taskIndex, approve, minimum + bound(extra, 0, minimum)) {} catch {}
    }

    function vote(uint256 actorSeed, uint256 projectSeed, uint256 taskSeed, bool support, uint256 amount) external {
        uint256 projectId = _project(projectSeed);
        address voter = _actor(actorSeed);
        uint256 pollId = tasks.taskIdOf(projectId, taskSeed % 32);
        uint256 tokens = bound(amount, 0, 2000);
        uint256 rep = bound(amount >> 16, 0, 20);
        if (tokens == 0 && rep == 0) return;
        bytes32 commitHash = voting.commitHashOf(pollId, voter, support, bytes32(uint256(uint160(voter))));
        vm.prank(voter);
        try voting.commitVote(pollId, commitHash, tokens, rep) {
            ghostEscrowTokens += tokens;
            ghostEscrowReputation += rep;
        } catch {}
    }

    function reveal(uint256 actorSeed, uint256 projectSeed, uint256 taskSeed, bool support) external {
        address voter = _actor(actorSeed);
        uint256 pollId = tasks.taskIdOf(_project(projectSeed), taskSeed % 32);
        vm.prank(voter);
        try voting.revealVote(pollId, support, bytes32(uint256(uint160(voter)))) {} catch {}
    }

    function withdrawEscrow(uint256 actorSeed, uint256 projectSeed, uint256 taskSeed) external {
        address voter = _actor(actorSeed);
        uint256 pollId = tasks.taskIdOf(_project(projectSeed), taskSeed % 32);
        uint256 tokens = voting.getVote(pollId, voter).tokens;
        uint256 rep = voting.getVote(pollId, voter).reputation;
        vm.prank(voter);
        try voting.withdrawEscrow(pollId) {
            if (withdrawnEscrow[pollId][voter]) ghostDoubleWithdrawal = true;
            withdrawnEscrow[pollId][voter] = true;
            ghostEscrowTokens -= tokens;
            ghostEscrowReputation -= rep;
        } catch {}
    }

    function withdrawPayout(uint256 actorSeed, uint256 projectSeed, uint256 taskSeed) external {
        address account = _actor(actorSeed);
        uint256 projectId = _project(projectSeed);
        uint256 count = tasks.getProjectTasks(projectId).taskCount;
        if (count == 0) return;
        uint256 taskIndex = taskSeed % count;
        uint256 id = tasks.taskIdOf(projectId, taskIndex);
        uint256 etherBefore = account.balance;
        vm.prank(account);
        try tasks.withdrawPayout(projectId, taskIndex) {
            // The payout's ether leaves the token in the same call.
            ghostEtherOut += account.balance - etherBefore;
            if (withdrawnPayout[id][account]) ghostDoubleWithdrawal = true;
            withdrawnPayout[id][account] = true;
        } catch {}
    }

    function withdrawOwed(uint256 actorSeed) external {
        address account = _actor(actorSeed);
        vm.prank(account);
        try token.withdrawOwed() returns (uint256 amount) {
            ghostEtherOut += amount;
        } catch {}
    }

    /// From one project, or (`batched`) from every project at once: the batch reverts unless each one pays.
    function withdrawStake(uint256 actorSeed, uint256 projectSeed, bool batched) external {
        vm.prank(_actor(actorSeed));
        if (batched) {
            try registry.withdrawStakes(projects) {} catch {}
        } else {
            try registry.withdrawStake(_project(projectSeed)) {} catch {}
        }
    }

    function advance(uint256 projectSeed, uint256 secondsAhead) external {
        vm.warp(block.timestamp + bound(secondsAhead, 0, 3 days));
        try tasks.advance(_project(projectSeed)) {} catch {}
    }
}
