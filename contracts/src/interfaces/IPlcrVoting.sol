// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IPollOpener
/// @notice What the voting contract asks the protocol contract that opened a poll.
interface IPollOpener {
    /// @notice Whether `voter` may not vote in poll `pollId` (for a task: its claimer and its validators).
    function isExcludedVoter(uint256 pollId, address voter) external view returns (bool);
}

/// @title IPlcrVoting
/// @notice Partial-lock commit-reveal voting on disputed Distribute tasks. A protocol contract opens the
/// polls of one project at once (one poll per disputed task, id `projectId << 8 | taskIndex`) and the total
/// token supply `T` and total reputation `R` are snapshotted then. A voter commits
/// `keccak256(abi.encode(pollId, voter, support, salt))`, escrowing whole tokens and/or whole reputation in
/// that poll alone, reveals in the reveal period, and takes its escrow back after it, revealed or not.
/// A poll passes iff `tokensFor/T + repFor/R > tokensAgainst/T + repAgainst/R` with a quorum
/// `(tokens revealed)/T + (rep revealed)/R ≥ quorum`. Votes carry no reward and no penalty.
/// @dev Escrow and tallies count whole units (1e18 base units): a vote then packs into one storage slot (a
/// 192-bit commitment and two 32-bit amounts), which keeps a commit under its gas ceiling.
interface IPlcrVoting {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice The polls of one project.
    struct PollGroupView {
        address opener;
        /// Bit `i` set: task `i` has a poll.
        uint32 taskMask;
        uint256 commitEnd;
        uint256 revealEnd;
        /// Whole tokens in existence when the polls opened (rounded up).
        uint256 totalTokens;
        /// Whole reputation in existence when the polls opened (rounded up).
        uint256 totalReputation;
    }

    /// @notice One poll with its revealed tally (whole units).
    struct PollView {
        uint256 pollId;
        uint256 commitEnd;
        uint256 revealEnd;
        uint256 totalTokens;
        uint256 totalReputation;
        uint256 tokensFor;
        uint256 tokensAgainst;
        uint256 reputationFor;
        uint256 reputationAgainst;
        bool quorum;
        bool passes;
    }

    /// @notice One voter's position in a poll (whole units).
    struct VoteView {
        bool committed;
        bool revealed;
        bytes24 commitment;
        uint256 tokens;
        uint256 reputation;
    }

    /// @notice Deployment parameters (periods in seconds).
    struct Parameters {
        uint256 commitPeriod;
        uint256 revealPeriod;
        /// `(tokens revealed)/T + (rep revealed)/R` must reach `quorumBps / 10,000`.
        uint256 quorumBps;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice No poll has this id.
    error VotingPollNotFound(uint256 pollId);

    /// @notice The project's polls are already open.
    error VotingPollsAlreadyOpen(uint256 projectId);

    /// @notice Polls were asked for no task, for a task index above 31, or for a project id too large.
    error VotingInvalidPolls(uint256 projectId, uint256 taskMask);

    /// @notice The commit period ended at `commitEnd`.
    error VotingCommitClosed(uint256 pollId, uint256 commitEnd);

    /// @notice Revealing is open only after `commitEnd` and until `revealEnd`.
    error VotingRevealClosed(uint256 pollId, uint256 commitEnd, uint256 revealEnd);

    /// @notice The poll ends at `revealEnd`; escrow and results wait until then.
    error VotingPollNotEnded(uint256 pollId, uint256 revealEnd);

    /// @notice The voter is the task's claimer or one of its validators.
    error VotingVoterExcluded(uint256 pollId, address voter);

    /// @notice The voter already committed in this poll (one commit per voter and poll).
    error VotingAlreadyCommitted(uint256 pollId, address voter);

    /// @notice The commitment is zero or reserved.
    error VotingInvalidCommitment(bytes32 commitHash);

    /// @notice A commit must escrow some tokens or some reputation.
    error VotingZeroEscrow();

    /// @notice One vote escrows at most `max` whole tokens and `max` whole reputation.
    error VotingEscrowTooLarge(uint256 amount, uint256 max);

    /// @notice The voter has no commit in this poll.
    error VotingNoCommit(uint256 pollId, address voter);

    /// @notice The voter already revealed.
    error VotingAlreadyRevealed(uint256 pollId, address voter);

    /// @notice The choice and salt do not match the voter's commitment.
    error VotingCommitmentMismatch(uint256 pollId, address voter);

    /// @notice The voter has no escrow left in this poll.
    error VotingNothingToWithdraw(uint256 pollId, address voter);

    /// @notice A batch longer than `max`.
    error VotingBatchTooLarge(uint256 length, uint256 max);

    /// @notice `openPolls` was called by an account other than the poll opener fixed at deployment.
    /// @param caller The caller.
    error VotingNotOpener(address caller);

    /// @notice A deployment parameter is outside its bounds.
    error VotingParameterOutOfBounds(string name, uint256 value, uint256 min, uint256 max);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice The polls of project `projectId` opened: one per set bit of `taskMask`.
    event PollsOpened(
        uint256 indexed projectId,
        address indexed opener,
        uint32 taskMask,
        uint256 commitEnd,
        uint256 revealEnd,
        uint256 totalTokens,
        uint256 totalReputation
    );

    /// @notice A voter committed, escrowing `tokens` whole tokens and `reputation` whole reputation.
    event VoteCommitted(
        uint256 indexed pollId, address indexed voter, bytes32 commitHash, uint256 tokens, uint256 reputation
    );

    /// @notice A voter revealed; its escrow now counts for (`support`) or against the task's completion.
    event VoteRevealed(uint256 indexed pollId, address indexed voter, bool support, uint256 tokens, uint256 reputation);

    /// @notice A voter took back its whole escrow in a poll (the amounts are those of its `VoteCommitted`).
    event EscrowWithdrawn(uint256 indexed pollId, address indexed voter);

    /*//////////////////////////////////////////////////////////////
                                PROTOCOL
    //////////////////////////////////////////////////////////////*/

    /// @notice Opens one poll per set bit of `taskMask` for project `projectId`, snapshotting `T` and `R`;
    /// the caller answers `isExcludedVoter` for them. The poll opener fixed at deployment only.
    /// @return revealEnd When the polls end.
    /// @dev Reverts with `VotingInvalidPolls`, `VotingPollsAlreadyOpen` or `VotingNotOpener`.
    function openPolls(uint256 projectId, uint32 taskMask) external returns (uint256 revealEnd);

    /*//////////////////////////////////////////////////////////////
                              VOTER ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Commits a sealed vote, escrowing `tokens` whole tokens and `reputation` whole reputation
    /// (either may be zero, not both) in this poll.
    /// @param commitHash `keccak256(abi.encode(pollId, msg.sender, support, salt))` (see `commitHashOf`).
    /// @dev Reverts with `VotingPollNotFound`, `VotingCommitClosed`, `VotingInvalidCommitment`,
    /// `VotingZeroEscrow`, `VotingEscrowTooLarge`, `VotingAlreadyCommitted`, `VotingVoterExcluded`, or the
    /// token's or reputation registry's balance errors.
    function commitVote(uint256 pollId, bytes32 commitHash, uint256 tokens, uint256 reputation) external;

    /// @notice Reveals the caller's vote; its escrow is added to the tally.
    /// @dev Reverts with `VotingPollNotFound`, `VotingRevealClosed`, `VotingNoCommit`, `VotingAlreadyRevealed`
    /// or `VotingCommitmentMismatch`.
    function revealVote(uint256 pollId, bool support, bytes32 salt) external;

    /// @notice Hands the caller's escrow in poll `pollId` back after the reveal period, revealed or not.
    /// @dev Reverts with `VotingNothingToWithdraw` or `VotingPollNotEnded`.
    function withdrawEscrow(uint256 pollId) external;

    /// @notice `withdrawEscrow` for several polls (of any projects) in one transaction.
    /// @dev Reverts with `VotingBatchTooLarge` or any error of `withdrawEscrow`.
    function withdrawEscrows(uint256[] calldata pollIds) external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice The commitment for a vote: `keccak256(abi.encode(pollId, voter, support, salt))`.
    function commitHashOf(uint256 pollId, address voter, bool support, bytes32 salt) external pure returns (bytes32);

    /// @notice The polls of a project (an empty view if none opened).
    function getPollGroup(uint256 projectId) external view returns (PollGroupView memory);

    /// @notice One poll with its tally, quorum and current result.
    /// @dev Reverts with `VotingPollNotFound`.
    function getPoll(uint256 pollId) external view returns (PollView memory);

    /// @notice A voter's position in a poll.
    function getVote(uint256 pollId, address voter) external view returns (VoteView memory);

    /// @notice The final results of a project's polls: bit `i` of `quorumMask` set if task `i`'s poll reached
    /// the quorum, of `passedMask` if it also passed.
    /// @dev Reverts with `VotingPollNotFound` (no polls) or `VotingPollNotEnded`.
    function pollResults(uint256 projectId) external view returns (uint32 quorumMask, uint32 passedMask);

    /// @notice The deployment parameters.
    function parameters() external view returns (Parameters memory);

    /// @notice The most whole tokens, and the most whole reputation, one vote escrows.
    function MAX_ESCROW() external view returns (uint256);

    /// @notice The most polls one `withdrawEscrows` call handles.
    function MAX_BATCH() external view returns (uint256);

    /// @notice The poll opener (the task registry), fixed at deployment: the only caller of `openPolls`.
    function pollOpener() external view returns (address);
}
