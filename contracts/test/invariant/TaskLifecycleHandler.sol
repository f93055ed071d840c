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
    /// How often a project entered each stage, and successful actions per handler function, by name.
    mapping(IProjectRegistry.Stage stage => uint256) public reached;
    mapping(bytes32 action => uint256) public successes;
    mapping(uint256 projectId => IProjectRegistry.Stage) internal lastStage;
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

    /// Setup only (not a fuzz target): the Active projects the handler drives.
    function addProject(uint256 projectId) external {
        projects.push(projectId);
        lastStage[projectId] = registry.getProject(projectId).stage;
    }

    function _track(uint256 projectId) internal {
        IProjectRegistry.Stage stage = registry.getProject(projectId).stage;
        if (stage != lastStage[projectId]) ++reached[stage];
        lastStage[projectId] = stage;
    }

    function _ok(bytes32 action) internal {
        ++successes[action];
    }

    /// Takes the first unsettled project one step on: in Active every open task is claimed and its evidence
    /// submitted; in Validation each submitted task gets an approving validator and every second one a
    /// rejecting one too (a dispute, so a vote); in Voting three actors commit and reveal on every poll; then
    /// the stage is advanced at its computed deadline.
    function drive(uint256 seed) external {
        // Both projects share the clock: act on each in its stage first, then advance every one that is due.
        uint256 nextDeadline = type(uint256).max;
        for (uint256 i; i < projects.length; ++i) {
            uint256 projectId = projects[i];
            IProjectRegistry.Stage stage = registry.getProject(projectId).stage;
            if (stage < IProjectRegistry.Stage.Active || stage > IProjectRegistry.Stage.Voting) continue;
            uint256 count = tasks.getProjectTasks(projectId).taskCount;
            if (stage == IProjectRegistry.Stage.Active) _deliver(projectId, count, seed);
            else if (stage == IProjectRegistry.Stage.Validation) _validateAll(projectId, count, seed);
            else _voteAll(projectId, count, seed);
            uint256 deadline = tasks.getProjectTasks(projectId).stageDeadline;
            if (deadline < nextDeadline) nextDeadline = deadline;
        }
        if (nextDeadline == type(uint256).max) return;
        if (block.timestamp <= nextDeadline) vm.warp(nextDeadline + 1);
        for (uint256 i; i < projects.length; ++i) {
            uint256 projectId = projects[i];
            IProjectRegistry.Stage stage = registry.getProject(projectId).stage;
            if (stage < IProjectRegistry.Stage.Active || stage > IProjectRegistry.Stage.Voting) continue;
            if (block.timestamp <= tasks.getProjectTasks(projectId).stageDeadline) continue;
            tasks.advance(projectId);
            _ok("drive.advance");
            _track(projectId);
        }
    }

    function _deliver(uint256 projectId, uint256 count, uint256 seed) internal {
        for (uint256 t; t < count; ++t) {
            if (tasks.getTask(projectId, t).status != ITaskRegistry.TaskStatus.Open) continue;
            // Leave some tasks undone, so projects also fail.
            if ((seed >> t) % 4 == 0) continue;
            address claimer = _actor(seed + t);
            vm.startPrank(claimer);
            try tasks.claimTask(projectId, t) {
                tasks.submitEvidence(projectId, t, keccak256(abi.encode(seed, t)), IProjectRegistry.CidCodec.Raw);
                _ok("drive.deliver");
            } catch {}
            vm.stopPrank();
        }
    }

    function _validateAll(uint256 projectId, uint256 count, uint256 seed) internal {
        for (uint256 t; t < count; ++t) {
            ITaskRegistry.TaskView memory task = tasks.getTask(projectId, t);
            // Submitted tasks read Validating once their project is in Validation.
            if (task.status != ITaskRegistry.TaskStatus.Validating) continue;
            _validateAs(projectId, t, task.claimer, seed + t, true);
            if ((seed >> t) % 2 == 1) _validateAs(projectId, t, task.claimer, seed + t + 1, false);
        }
    }

    function _validateAs(uint256 projectId, uint256 t, address claimer, uint256 seed, bool approve) internal {
        address validator = _actor(seed);
        if (validator == claimer) validator = _actor(seed + 1);
        uint256 stake = tasks.minValidationStake(projectId, t, approve);
        if (stake == 0 || token.balanceOf(validator) < stake) return;
        vm.prank(validator);
        try tasks.validate(projectId, t, approve, stake) {
            _ok("drive.validate");
        } catch {}
    }

    function _voteAll(uint256 projectId, uint256 count, uint256 seed) internal {
        uint256 openPoll;
        for (uint256 t; t < count; ++t) {
            uint256 pollId = tasks.taskIdOf(projectId, t);
            for (uint256 v; v < 3; ++v) {
                address voter = _actor(seed + 3 * t + v);
                bool support = (seed >> v) % 2 == 0;
                bytes32 salt = bytes32(uint256(uint160(voter)));
                vm.prank(voter);
                try voting.commitVote(pollId, voting.commitHashOf(pollId, voter, support, salt), 50, 1) {
                    ghostEscrowTokens += 50;
                    ghostEscrowReputation += 1;
                    openPoll = pollId;
                    _ok("drive.commit");
                } catch {}
            }
        }
        // Only disputed tasks have polls. Reveal once the commit period is over (the project's polls share it).
        if (openPoll == 0) return;
        uint256 commitEnd = voting.getPoll(openPoll).commitEnd;
        if (block.timestamp <= commitEnd) vm.warp(commitEnd + 1);
        for (uint256 t; t < count; ++t) {
            uint256 pollId = tasks.taskIdOf(projectId, t);
            for (uint256 v; v < 3; ++v) {
                address voter = _actor(seed + 3 * t + v);
                vm.prank(voter);
                try voting.revealVote(pollId, (seed >> v) % 2 == 0, bytes32(uint256(uint160(voter)))) {
                    _ok("drive.reveal");
                } catch {}
            }
        }
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
        uint256 pollId = tasks.taskIdOf(projectId, taskSeed % tasks.getProjectTasks(projectId).taskCount);
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
        uint256 projectId = _project(projectSeed);
        uint256 pollId = tasks.taskIdOf(projectId, taskSeed % tasks.getProjectTasks(projectId).taskCount);
        vm.prank(voter);
        try voting.revealVote(pollId, support, bytes32(uint256(uint160(voter)))) {} catch {}
    }

    function withdrawEscrow(uint256 actorSeed, uint256 projectSeed, uint256 taskSeed) external {
        address voter = _actor(actorSeed);
        uint256 projectId = _project(projectSeed);
        uint256 pollId = tasks.taskIdOf(projectId, taskSeed % tasks.getProjectTasks(projectId).taskCount);
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

    /// Advances a project at its stage's computed deadline (or up to three days earlier, to try too soon).
    function advance(uint256 projectSeed, uint256 secondsEarly) external {
        uint256 projectId = _project(projectSeed);
        uint256 deadline = tasks.getProjectTasks(projectId).stageDeadline;
        uint256 early = bound(secondsEarly, 0, 3 days);
        if (deadline > early && block.timestamp < deadline + 1 - early) vm.warp(deadline + 1 - early);
        try tasks.advance(projectId) {
            _ok("advance");
        } catch {}
        _track(projectId);
    }
}
