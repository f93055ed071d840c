// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PlcrVoting} from "../../src/distribute/PlcrVoting.sol";
import {IPlcrVoting, IPollOpener} from "../../src/interfaces/IPlcrVoting.sol";
import {DistributeFixture} from "./DistributeFixture.sol";

/// @notice Stands in for the task registry: opens polls and answers who is excluded from them.
contract MockPollOpener is IPollOpener {
    IPlcrVoting internal immutable voting;
    mapping(uint256 pollId => mapping(address voter => bool)) public excluded;

    constructor(IPlcrVoting voting_) {
        voting = voting_;
    }

    function open(uint256 projectId, uint32 taskMask) external returns (uint256) {
        return voting.openPolls(projectId, taskMask);
    }

    function exclude(uint256 pollId, address voter) external {
        excluded[pollId][voter] = true;
    }

    function isExcludedVoter(uint256 pollId, address voter) external view returns (bool) {
        return excluded[pollId][voter];
    }
}

/// @notice The voting contract with a mock opener and three funded, registered voters.
abstract contract VotingFixture is DistributeFixture {
    uint256 internal constant COMMIT_PERIOD = 2 days;
    uint256 internal constant REVEAL_PERIOD = 2 days;
    uint256 internal constant QUORUM_BPS = 1000;
    uint256 internal constant PROJECT = 7;

    PlcrVoting internal voting;
    MockPollOpener internal opener;

    address internal ann = makeAddr("ann");
    address internal ben = makeAddr("ben");
    address internal cat = makeAddr("cat");

    function setUp() public virtual override {
        super.setUp();
        address[3] memory voters = [ann, ben, cat];
        for (uint256 i; i < voters.length; ++i) {
            _buy(voters[i], 1 ether);
            _register(voters[i]);
        }
    }

    /// The mock opener stands where the task registry would be: the voting contract's fixed poll opener.
    function _deployVotingAndTasks() internal override {
        voting = new PlcrVoting(token, reputation, taskRegistryAt, _votingParameters());
        opener = new MockPollOpener(voting);
        assertEq(address(voting), votingAt, "voting prediction");
        assertEq(address(opener), taskRegistryAt, "opener prediction");
    }

    function _votingParameters() internal pure returns (IPlcrVoting.Parameters memory) {
        return IPlcrVoting.Parameters({commitPeriod: COMMIT_PERIOD, revealPeriod: REVEAL_PERIOD, quorumBps: QUORUM_BPS});
    }

    function _pollId(uint256 projectId, uint256 taskIndex) internal pure returns (uint256) {
        return projectId << 8 | taskIndex;
    }

    function _commit(address voter, uint256 pollId, bool support, bytes32 salt, uint256 tokens, uint256 rep) internal {
        bytes32 commitHash = voting.commitHashOf(pollId, voter, support, salt);
        vm.prank(voter);
        voting.commitVote(pollId, commitHash, tokens, rep);
    }

    function _reveal(address voter, uint256 pollId, bool support, bytes32 salt) internal {
        vm.prank(voter);
        voting.revealVote(pollId, support, salt);
    }

    function _toReveal() internal {
        vm.warp(block.timestamp + COMMIT_PERIOD + 1);
    }

    function _toEnd() internal {
        vm.warp(block.timestamp + COMMIT_PERIOD + REVEAL_PERIOD + 1);
    }
}
