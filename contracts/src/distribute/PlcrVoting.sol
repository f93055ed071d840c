// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICapitalToken} from "../interfaces/ICapitalToken.sol";
import {IPlcrVoting, IPollOpener} from "../interfaces/IPlcrVoting.sol";
import {IReputationRegistry} from "../interfaces/IReputationRegistry.sol";
import {TaskMath} from "../libraries/TaskMath.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

/// @title PlcrVoting
/// @notice Commit-reveal polls on disputed Distribute tasks with escrow per poll (no global lock list).
/// Escrowed tokens are held by this contract; escrowed reputation is locked in the reputation registry
/// under this contract.
contract PlcrVoting is IPlcrVoting, ReentrancyGuardTransient {
    using SafeCast for uint256;
    using SafeERC20 for IERC20;

    /*//////////////////////////////////////////////////////////////
                                CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IPlcrVoting
    uint256 public constant MAX_ESCROW = type(uint32).max;
    /// @inheritdoc IPlcrVoting
    uint256 public constant MAX_BATCH = 64;

    /// @dev Marks a revealed vote; `commitVote` refuses it as a commitment.
    bytes24 private constant REVEALED = bytes24(uint192(1));

    /*//////////////////////////////////////////////////////////////
                                 STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @dev Everything a commit, reveal or withdrawal reads about its poll, in one slot.
    struct PollGroup {
        address opener;
        uint40 commitEnd;
        uint32 taskMask;
    }

    /// @dev Whole units, rounded up (never zero once opened).
    struct Supplies {
        uint112 tokens;
        uint112 reputation;
    }

    /// @dev Revealed whole units.
    struct Tally {
        uint64 tokensFor;
        uint64 tokensAgainst;
        uint64 reputationFor;
        uint64 reputationAgainst;
    }

    /// @dev One slot per voter and poll: the first 192 bits of the commit hash (`REVEALED` once revealed)
    /// and the escrow in whole units.
    struct Vote {
        bytes24 commitment;
        uint32 tokens;
        uint32 reputation;
    }

    ICapitalToken private immutable _token;
    IReputationRegistry private immutable _reputation;
    /// @dev Fixed at deployment (the deploy script predicts it): no role exists that anyone could grant.
    address private immutable _pollOpener;
    uint256 private immutable _commitPeriod;
    uint256 private immutable _revealPeriod;
    uint256 private immutable _quorumBps;

    mapping(uint256 projectId => PollGroup) private _groups;
    mapping(uint256 projectId => Supplies) private _supplies;
    mapping(uint256 pollId => Tally) private _tallies;
    mapping(uint256 pollId => mapping(address voter => Vote)) private _votes;

    /*//////////////////////////////////////////////////////////////
                               CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param token The capital token (escrowed tokens).
    /// @param reputation The reputation registry (escrowed reputation).
    /// @param pollOpener_ The task registry: the only caller of `openPolls`.
    /// @param params Periods and quorum, each within its bounds.
    constructor(ICapitalToken token, IReputationRegistry reputation, address pollOpener_, Parameters memory params) {
        _checkBounds("commitPeriod", params.commitPeriod, 1 hours, 30 days);
        _checkBounds("revealPeriod", params.revealPeriod, 1 hours, 30 days);
        _checkBounds("quorumBps", params.quorumBps, 1, 2 * TaskMath.BPS);
        _token = token;
        _reputation = reputation;
        _pollOpener = pollOpener_;
        _commitPeriod = params.commitPeriod;
        _revealPeriod = params.revealPeriod;
        _quorumBps = params.quorumBps;
    }

    /*//////////////////////////////////////////////////////////////
                                PROTOCOL
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IPlcrVoting
    function openPolls(uint256 projectId, uint32 taskMask) external returns (uint256 revealEnd) {
        if (msg.sender != _pollOpener) revert VotingNotOpener(msg.sender);
        if (taskMask == 0 || projectId == 0 || projectId > type(uint248).max) {
            revert VotingInvalidPolls(projectId, taskMask);
        }
        PollGroup storage group = _groups[projectId];
        if (group.commitEnd != 0) revert VotingPollsAlreadyOpen(projectId);
        uint256 commitEnd = block.timestamp + _commitPeriod;
        revealEnd = commitEnd + _revealPeriod;
        uint256 totalTokens = _wholeUnits(_token.totalSupply());
        uint256 totalReputation = _wholeUnits(_reputation.totalSupply());
        _groups[projectId] = PollGroup({opener: msg.sender, commitEnd: uint40(commitEnd), taskMask: taskMask});
        _supplies[projectId] = Supplies({tokens: totalTokens.toUint112(), reputation: totalReputation.toUint112()});
        emit PollsOpened(projectId, msg.sender, taskMask, commitEnd, revealEnd, totalTokens, totalReputation);
    }

    /*//////////////////////////////////////////////////////////////
                              VOTER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IPlcrVoting
    function commitVote(uint256 pollId, bytes32 commitHash, uint256 tokens, uint256 reputation) external {
        PollGroup memory group = _group(pollId);
        if (block.timestamp > group.commitEnd) revert VotingCommitClosed(pollId, group.commitEnd);
        bytes24 commitment = bytes24(commitHash);
        if (commitment == bytes24(0) || commitment == REVEALED) revert VotingInvalidCommitment(commitHash);
        if (tokens == 0 && reputation == 0) revert VotingZeroEscrow();
        if (tokens > MAX_ESCROW) revert VotingEscrowTooLarge(tokens, MAX_ESCROW);
        if (reputation > MAX_ESCROW) revert VotingEscrowTooLarge(reputation, MAX_ESCROW);
        Vote storage vote = _votes[pollId][msg.sender];
        if (vote.commitment != bytes24(0)) revert VotingAlreadyCommitted(pollId, msg.sender);
        if (IPollOpener(group.opener).isExcludedVoter(pollId, msg.sender)) {
            revert VotingVoterExcluded(pollId, msg.sender);
        }
        _votes[pollId][msg.sender] =
            Vote({commitment: commitment, tokens: uint32(tokens), reputation: uint32(reputation)});
        emit VoteCommitted(pollId, msg.sender, commitHash, tokens, reputation);
        // Both are at most MAX_ESCROW, so the products stay below 2^92.
        unchecked {
            if (tokens != 0) _token.takeStake(msg.sender, tokens * TaskMath.UNIT);
            if (reputation != 0) _reputation.lock(msg.sender, reputation * TaskMath.UNIT);
        }
    }

    /// @inheritdoc IPlcrVoting
    function revealVote(uint256 pollId, bool support, bytes32 salt) external {
        PollGroup memory group = _group(pollId);
        uint256 revealEnd = uint256(group.commitEnd) + _revealPeriod;
        if (block.timestamp <= group.commitEnd || block.timestamp > revealEnd) {
            revert VotingRevealClosed(pollId, group.commitEnd, revealEnd);
        }
        Vote storage vote = _votes[pollId][msg.sender];
        Vote memory committed = vote;
        if (committed.commitment == bytes24(0)) revert VotingNoCommit(pollId, msg.sender);
        if (committed.commitment == REVEALED) revert VotingAlreadyRevealed(pollId, msg.sender);
        if (bytes24(_commitHash(pollId, msg.sender, support, salt)) != committed.commitment) {
            revert VotingCommitmentMismatch(pollId, msg.sender);
        }
        vote.commitment = REVEALED;
        Tally storage tally = _tallies[pollId];
        // Each vote adds < 2^32 to a 64-bit counter: overflow needs 2^32 voters in one poll.
        if (support) {
            tally.tokensFor += committed.tokens;
            tally.reputationFor += committed.reputation;
        } else {
            tally.tokensAgainst += committed.tokens;
            tally.reputationAgainst += committed.reputation;
        }
        emit VoteRevealed(pollId, msg.sender, support, committed.tokens, committed.reputation);
    }

    /// @inheritdoc IPlcrVoting
    function withdrawEscrow(uint256 pollId) external nonReentrant {
        _withdraw(pollId);
    }

    /// @inheritdoc IPlcrVoting
    function withdrawEscrows(uint256[] calldata pollIds) external nonReentrant {
        uint256 count = pollIds.length;
        if (count > MAX_BATCH) revert VotingBatchTooLarge(count, MAX_BATCH);
        for (uint256 i; i < count; ++i) {
            _withdraw(pollIds[i]);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IPlcrVoting
    function commitHashOf(uint256 pollId, address voter, bool support, bytes32 salt) external pure returns (bytes32) {
        return _commitHash(pollId, voter, support, salt);
    }

    /// @inheritdoc IPlcrVoting
    function getPollGroup(uint256 projectId) external view returns (PollGroupView memory view_) {
        PollGroup memory group = _groups[projectId];
        if (group.commitEnd == 0) return view_;
        Supplies memory supplies = _supplies[projectId];
        return PollGroupView({
            opener: group.opener,
            taskMask: group.taskMask,
            commitEnd: group.commitEnd,
            revealEnd: uint256(group.commitEnd) + _revealPeriod,
            totalTokens: supplies.tokens,
            totalReputation: supplies.reputation
        });
    }

    /// @inheritdoc IPlcrVoting
    function getPoll(uint256 pollId) external view returns (PollView memory) {
        PollGroup memory group = _group(pollId);
        Supplies memory supplies = _supplies[pollId >> 8];
        Tally memory tally = _tallies[pollId];
        (bool quorum, bool passes) = _result(tally, supplies);
        return PollView({
            pollId: pollId,
            commitEnd: group.commitEnd,
            revealEnd: uint256(group.commitEnd) + _revealPeriod,
            totalTokens: supplies.tokens,
            totalReputation: supplies.reputation,
            tokensFor: tally.tokensFor,
            tokensAgainst: tally.tokensAgainst,
            reputationFor: tally.reputationFor,
            reputationAgainst: tally.reputationAgainst,
            quorum: quorum,
            passes: passes
        });
    }

    /// @inheritdoc IPlcrVoting
    function getVote(uint256 pollId, address voter) external view returns (VoteView memory) {
        Vote memory vote = _votes[pollId][voter];
        return VoteView({
            committed: vote.commitment != bytes24(0),
            revealed: vote.commitment == REVEALED,
            commitment: vote.commitment,
            tokens: vote.tokens,
            reputation: vote.reputation
        });
    }

    /// @inheritdoc IPlcrVoting
    function pollResults(uint256 projectId) external view returns (uint32 quorumMask, uint32 passedMask) {
        PollGroup memory group = _groups[projectId];
        if (group.commitEnd == 0) revert VotingPollNotFound(TaskMath.taskId(projectId, 0));
        uint256 revealEnd = uint256(group.commitEnd) + _revealPeriod;
        if (block.timestamp <= revealEnd) revert VotingPollNotEnded(TaskMath.taskId(projectId, 0), revealEnd);
        Supplies memory supplies = _supplies[projectId];
        uint256 mask = group.taskMask;
        uint256 bit = 1;
        for (uint256 i; bit <= mask; ++i) {
            if (mask & bit != 0) {
                (bool quorum, bool passes) = _result(_tallies[TaskMath.taskId(projectId, i)], supplies);
                if (quorum) quorumMask |= uint32(bit);
                if (passes) passedMask |= uint32(bit);
            }
            bit <<= 1;
        }
    }

    /// @inheritdoc IPlcrVoting
    function parameters() external view returns (Parameters memory) {
        return Parameters({commitPeriod: _commitPeriod, revealPeriod: _revealPeriod, quorumBps: _quorumBps});
    }

    /// @inheritdoc IPlcrVoting
    function pollOpener() external view returns (address) {
        return _pollOpener;
    }

    /// @notice The capital token.
    function capitalToken() external view returns (ICapitalToken) {
        return _token;
    }

    /// @notice The reputation registry.
    function reputationRegistry() external view returns (IReputationRegistry) {
        return _reputation;
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    /// @dev A vote exists only in an opened poll, so the vote is checked first and the poll is not.
    function _withdraw(uint256 pollId) private {
        Vote storage stored = _votes[pollId][msg.sender];
        Vote memory vote = stored;
        if (vote.commitment == bytes24(0)) revert VotingNothingToWithdraw(pollId, msg.sender);
        uint256 revealEnd = uint256(_groups[pollId >> 8].commitEnd) + _revealPeriod;
        if (block.timestamp <= revealEnd) revert VotingPollNotEnded(pollId, revealEnd);
        stored.commitment = bytes24(0);
        stored.tokens = 0;
        stored.reputation = 0;
        emit EscrowWithdrawn(pollId, msg.sender);
        // Whole units below 2^32 times 1e18 stay below 2^92.
        unchecked {
            if (vote.tokens != 0) IERC20(address(_token)).safeTransfer(msg.sender, vote.tokens * TaskMath.UNIT);
            if (vote.reputation != 0) _reputation.unlock(msg.sender, vote.reputation * TaskMath.UNIT);
        }
    }

    /// @dev The poll's group, reverting with `VotingPollNotFound` unless the poll was opened.
    function _group(uint256 pollId) private view returns (PollGroup memory group) {
        (uint256 projectId, uint256 taskIndex) = TaskMath.split(pollId);
        group = _groups[projectId];
        if (taskIndex > 31 || (uint256(group.taskMask) >> taskIndex) & 1 == 0) revert VotingPollNotFound(pollId);
    }

    /// @dev `tokensFor/T + repFor/R` and `tokensAgainst/T + repAgainst/R`, both scaled by `T·R`; their sum
    /// is the turnout the quorum needs. Tallies stay below 2^64 and supplies below 2^112, so nothing overflows.
    function _result(Tally memory tally, Supplies memory supplies) private view returns (bool quorum, bool passes) {
        uint256 totalTokens = supplies.tokens;
        uint256 totalReputation = supplies.reputation;
        uint256 weightFor = TaskMath.voteWeight(tally.tokensFor, tally.reputationFor, totalTokens, totalReputation);
        uint256 weightAgainst =
            TaskMath.voteWeight(tally.tokensAgainst, tally.reputationAgainst, totalTokens, totalReputation);
        quorum = TaskMath.quorumMet(weightFor + weightAgainst, totalTokens, totalReputation, _quorumBps);
        passes = weightFor > weightAgainst;
    }

    function _commitHash(uint256 pollId, address voter, bool support, bytes32 salt) private pure returns (bytes32) {
        return keccak256(abi.encode(pollId, voter, support, salt));
    }

    /// @dev Whole units rounded up, at least one, so the snapshot never divides by zero.
    function _wholeUnits(uint256 amount) private pure returns (uint256) {
        uint256 units = (amount + TaskMath.UNIT - 1) / TaskMath.UNIT;
        return units == 0 ? 1 : units;
    }

    function _checkBounds(string memory name, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert VotingParameterOutOfBounds(name, value, min, max);
    }
}
