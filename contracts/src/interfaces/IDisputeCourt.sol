// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IDisputeSubject} from "./IDisputeSubject.sol";
import {IProjectRegistry} from "./IProjectRegistry.sol";

/// @title IDisputeCourt
/// @notice The operating side's dispute court. A dispute is about a consumption record (operator vs feeder) or a
/// rejected expense (declarer vs the platform) — both through the `IDisputeSubject` ledgers fixed at deployment,
/// which name the respondent and apply the final ruling — or a free-form claim between two registered
/// participants (recorded, no automatic effect). It runs through up to three stages, conciliation → mediation →
/// arbitration, each with its own fee in the settlement token.
///
/// A stage is brought by one side (the opener at conciliation, whoever escalates later), which deposits the stage
/// fee with an evidence CID; the other side matches within the response window or loses by default — except an
/// exempt respondent (the platform, the feeder), which deposits nothing to match and never loses by default. Once
/// a stage is funded it gets a resolver from governance's volunteer pool: conciliation's resolver is drawn from
/// the hash of the block after the opening (anyone calls `assignResolver` once it is mined; the respondent's
/// `respond` does it when it can), and every later stage or replacement takes the next resolver in rotation who
/// is not a party and has not decided an earlier stage of the dispute. A resolver who misses the decision
/// deadline (or leaves the pool) is replaced by anyone at no cost to the parties; when as many resolvers missed as
/// were eligible, the stage lapses: its deposits are refunded and the last ruling (a tie if none) becomes final.
///
/// The resolver decides for the opener, for the respondent or a tie, with a reason CID, and earns the stage fee:
/// the loser's deposit pays it and the winner's comes back; on a tie the side that brought the stage pays ⌈fee/2⌉
/// and the other ⌊fee/2⌋. Against an exempt respondent, which deposited nothing, the side that brought the stage
/// pays the whole fee, whatever the ruling, so that a resolver's pay never depends on which way it rules. Within
/// the appeal window either party may escalate by depositing the next stage's fee; arbitration is final. When a
/// ruling is final the court calls the subject's `onDisputeResolved`. Money leaves only by pull: parties withdraw
/// their refunds per dispute, resolvers their earnings.
/// @dev Every deadline a UI shows is readable from `deadlinesOf`. CIDs are the sha2-256 digest of a CIDv1 plus its
/// codec, as in the rest of the protocol; evidence and reasons live in events.
interface IDisputeCourt {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice The three stages, in order; each has its own fee.
    enum Stage {
        Conciliation,
        Mediation,
        Arbitration
    }

    /// @notice Where a dispute's current stage is.
    enum DisputeStatus {
        /// No dispute with this id.
        None,
        /// The side that brought the stage deposited; the other must match before the response deadline.
        AwaitingResponse,
        /// Conciliation is funded; its resolver is assigned by the next `assignResolver` once the seed block is
        /// mined.
        AwaitingResolver,
        /// A resolver is assigned and must decide before the decision deadline.
        AwaitingDecision,
        /// The resolver decided; either party may escalate before the appeal deadline.
        Decided,
        /// The ruling is final and the subject was told.
        Resolved
    }

    /// @notice How a dispute's final ruling came about.
    enum Resolution {
        /// A resolver's decision, unappealed or at arbitration.
        Decided,
        /// The side that had to match a stage's deposit did not in time.
        Default,
        /// Every eligible resolver missed its deadline (or none was left): the stage's deposits were refunded.
        Lapsed
    }

    /// @notice Deployment parameters; every fee is in settlement-token units (6 decimals), every window in seconds.
    struct Parameters {
        uint256 conciliationFee;
        uint256 mediationFee;
        uint256 arbitrationFee;
        uint256 responseWindow;
        uint256 decisionWindow;
        uint256 appealWindow;
    }

    /// @notice Everything the web shows about a dispute.
    struct DisputeView {
        /// The ledger the dispute is about, or the zero address for a free-form claim.
        IDisputeSubject subject;
        uint256 subjectId;
        address opener;
        address respondent;
        bool respondentExempt;
        Stage stage;
        DisputeStatus status;
        /// Whether the current stage was brought by the respondent (it escalated).
        bool broughtByRespondent;
        /// The deadline of the current status (response, decision or appeal), 0 when none runs.
        uint256 deadline;
        /// Conciliation's resolver is drawn from this block's hash; `assignResolver` works once it is mined.
        uint256 seedBlock;
        /// The resolver of each stage reached (the zero address for stages not reached).
        address[3] resolvers;
        /// The ruling of each decided stage (meaningful for stages up to the last decided one).
        IDisputeSubject.Ruling[3] rulings;
        /// Missed decision deadlines in the current stage.
        uint256 missedDeadlines;
        /// Refunds credited and not yet withdrawn.
        uint256 openerRefund;
        uint256 respondentRefund;
        /// Deposits of the current stage still held (not yet paid to a resolver or credited as refunds).
        uint256 depositsHeld;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice A deployment parameter is outside its bounds.
    error DisputeParameterOutOfBounds(string name, uint256 value, uint256 min, uint256 max);

    /// @notice A constructor address (`name`) is the zero address.
    error DisputeZeroAddress(string name);

    /// @notice `subject` is neither the consumption ledger nor the expense ledger.
    error DisputeUnknownSubject(address subject);

    /// @notice The respondent is the zero address or the opener itself.
    error DisputeInvalidRespondent(address respondent);

    /// @notice A free-form claim's party holds no participant role.
    error DisputeNotParticipant(address account);

    /// @notice Fewer resolvers than the three a dispute needs are in the pool besides the parties.
    error DisputeTooFewResolvers(uint256 available, uint256 required);

    /// @notice The evidence or reason CID is empty.
    error DisputeEmptyCid();

    /// @notice There is no dispute with this id.
    error DisputeNotFound(uint256 disputeId);

    /// @notice The dispute is not in the status this action needs.
    error DisputeWrongStatus(uint256 disputeId, DisputeStatus status, DisputeStatus required);

    /// @notice `account` is not the side that has to act now (`expected`).
    error DisputeNotYourTurn(uint256 disputeId, address account, address expected);

    /// @notice `account` is neither the opener nor the respondent of the dispute.
    error DisputeNotParty(uint256 disputeId, address account);

    /// @notice The deadline of the current status has passed.
    error DisputeDeadlinePassed(uint256 disputeId, uint256 deadline);

    /// @notice The deadline of the current status has not passed yet.
    error DisputeDeadlineNotPassed(uint256 disputeId, uint256 deadline);

    /// @notice Conciliation's resolver is drawn from block `seedBlock`'s hash, which is not mined yet.
    error DisputeSeedNotReady(uint256 disputeId, uint256 seedBlock);

    /// @notice `account` is not the resolver assigned to the current stage, or has left the pool.
    error DisputeNotResolver(uint256 disputeId, address account);

    /// @notice Arbitration is final: there is no stage to escalate to.
    error DisputeFinalStage(uint256 disputeId);

    /// @notice Nothing is owed to `account` here.
    error DisputeNothingToWithdraw(address account);

    /// @notice `account` is already in the resolver pool.
    error DisputeResolverExists(address account);

    /// @notice `account` is not in the resolver pool.
    error DisputeResolverUnknown(address account);

    /// @notice The resolver pool already has `max` members.
    error DisputePoolFull(uint256 max);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice A dispute was opened; conciliation's resolver will be drawn from block `seedBlock`'s hash.
    /// @param responseDeadline When the respondent must have matched (0 for an exempt respondent).
    event DisputeOpened(
        uint256 indexed disputeId,
        IDisputeSubject indexed subject,
        uint256 subjectId,
        address indexed opener,
        address respondent,
        bool respondentExempt,
        uint256 fee,
        bytes32 evidenceDigest,
        IProjectRegistry.CidCodec evidenceCodec,
        uint256 responseDeadline,
        uint256 seedBlock
    );

    /// @notice `party` matched the deposit of `stage` with its evidence.
    event DisputeResponded(
        uint256 indexed disputeId,
        Stage stage,
        address indexed party,
        uint256 fee,
        bytes32 evidenceDigest,
        IProjectRegistry.CidCodec evidenceCodec
    );

    /// @notice The seed block's hash left the 256-block horizon unused; conciliation's resolver is drawn from
    /// `seedBlock` instead.
    event ResolverSeedRenewed(uint256 indexed disputeId, uint256 seedBlock);

    /// @notice `resolver` must decide `stage` before `decisionDeadline`.
    event ResolverAssigned(uint256 indexed disputeId, Stage stage, address indexed resolver, uint256 decisionDeadline);

    /// @notice `resolver` missed its decision deadline (or left the pool) and earns nothing for `stage`.
    event ResolverMissedDeadline(uint256 indexed disputeId, Stage stage, address indexed resolver);

    /// @notice `resolver` decided `stage` and earned `fee`; the refunds credited to each side; either party may
    /// escalate before `appealDeadline` (0 at arbitration, which is final).
    event DisputeDecided(
        uint256 indexed disputeId,
        Stage stage,
        address indexed resolver,
        IDisputeSubject.Ruling ruling,
        bytes32 reasonDigest,
        IProjectRegistry.CidCodec reasonCodec,
        uint256 fee,
        uint256 openerRefund,
        uint256 respondentRefund,
        uint256 appealDeadline
    );

    /// @notice `party` brought the dispute to `stage`, depositing `fee` with its evidence.
    /// @param responseDeadline When the other side must have matched (0 when it is an exempt respondent).
    event DisputeEscalated(
        uint256 indexed disputeId,
        Stage stage,
        address indexed party,
        uint256 fee,
        bytes32 evidenceDigest,
        IProjectRegistry.CidCodec evidenceCodec,
        uint256 responseDeadline
    );

    /// @notice The ruling is final (and was reported to the subject, if there is one); the refunds credited by
    /// this last step.
    event DisputeResolved(
        uint256 indexed disputeId,
        IDisputeSubject.Ruling ruling,
        Resolution resolution,
        uint256 openerRefund,
        uint256 respondentRefund
    );

    /// @notice A party withdrew its refunds from a dispute.
    event RefundWithdrawn(uint256 indexed disputeId, address indexed account, uint256 amount);

    /// @notice A resolver withdrew its earnings.
    event EarningsWithdrawn(address indexed resolver, uint256 amount);

    /// @notice Governance added a resolver to the pool.
    event ResolverAdded(address indexed resolver);

    /// @notice Governance removed a resolver from the pool.
    event ResolverRemoved(address indexed resolver);

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Opens a dispute about record `subjectId` of `subject` (the consumption ledger or the expense
    /// ledger), which decides whether the caller may dispute it and names the respondent. Pulls the conciliation
    /// fee from the caller (approve it first).
    /// @return disputeId The new dispute's id (from 1).
    /// @dev Reverts with `DisputeUnknownSubject`, `DisputeEmptyCid`,
    /// `DisputeInvalidRespondent`, `DisputeTooFewResolvers`, or whatever the subject reverts with.
    function openDispute(
        IDisputeSubject subject,
        uint256 subjectId,
        bytes32 evidenceDigest,
        IProjectRegistry.CidCodec evidenceCodec
    ) external returns (uint256 disputeId);

    /// @notice Opens a free-form claim against `respondent` (both must be registered participants); recorded, no
    /// automatic effect. Pulls the conciliation fee from the caller.
    /// @dev Reverts with `DisputeEmptyCid`, `DisputeInvalidRespondent`, `DisputeNotParticipant` or
    /// `DisputeTooFewResolvers`.
    function openClaim(address respondent, bytes32 evidenceDigest, IProjectRegistry.CidCodec evidenceCodec)
        external
        returns (uint256 disputeId);

    /// @notice The side that did not bring the current stage matches its fee, with its evidence, before the
    /// response deadline; assigns the resolver at once when it can.
    /// @dev Reverts with `DisputeNotFound`, `DisputeWrongStatus`, `DisputeNotYourTurn`, `DisputeDeadlinePassed`
    /// or `DisputeEmptyCid`.
    function respond(uint256 disputeId, bytes32 evidenceDigest, IProjectRegistry.CidCodec evidenceCodec) external;

    /// @notice Anyone assigns conciliation's resolver once it is funded and its seed block is mined, from that
    /// block's hash (renewing the seed instead when the hash is older than 256 blocks); later stages are assigned as
    /// soon as they are funded. Lapses the stage if no resolver is eligible.
    /// @dev Reverts with `DisputeNotFound`, `DisputeWrongStatus` or `DisputeSeedNotReady`.
    function assignResolver(uint256 disputeId) external;

    /// @notice Anyone replaces a resolver who missed its decision deadline or left the pool with the next one in
    /// rotation; when as many have missed as are eligible, the stage lapses (deposits refunded).
    /// @dev Reverts with `DisputeNotFound`, `DisputeWrongStatus` or `DisputeDeadlineNotPassed`.
    function replaceResolver(uint256 disputeId) external;

    /// @notice The current stage's resolver decides, with a reason CID, before the decision deadline.
    /// @dev Reverts with `DisputeNotFound`, `DisputeWrongStatus`, `DisputeNotResolver`, `DisputeDeadlinePassed` or
    /// `DisputeEmptyCid`.
    function decide(
        uint256 disputeId,
        IDisputeSubject.Ruling ruling,
        bytes32 reasonDigest,
        IProjectRegistry.CidCodec reasonCodec
    ) external;

    /// @notice A party brings a decided dispute to the next stage before the appeal deadline, depositing that
    /// stage's fee with its evidence.
    /// @dev Reverts with `DisputeNotFound`, `DisputeWrongStatus`, `DisputeNotParty`, `DisputeFinalStage`,
    /// `DisputeDeadlinePassed` or `DisputeEmptyCid`.
    function escalate(uint256 disputeId, bytes32 evidenceDigest, IProjectRegistry.CidCodec evidenceCodec) external;

    /// @notice Anyone makes a ruling final once it is due: a decision whose appeal window is over, or a default
    /// once the response window is over unmatched. Tells the subject.
    /// @dev Reverts with `DisputeNotFound`, `DisputeWrongStatus` or `DisputeDeadlineNotPassed`.
    function finalize(uint256 disputeId) external;

    /// @notice A party withdraws the refunds credited to it in a dispute.
    /// @dev Reverts with `DisputeNotFound` or `DisputeNothingToWithdraw`.
    function withdrawRefund(uint256 disputeId) external;

    /// @notice A resolver withdraws its earnings.
    /// @dev Reverts with `DisputeNothingToWithdraw`.
    function withdrawEarnings() external;

    /// @notice Adds `resolver` to the pool. Resolver managers only (governance).
    /// @dev Reverts with `AccessControlUnauthorizedAccount`, `DisputeZeroAddress`, `DisputeResolverExists` or
    /// `DisputePoolFull`.
    function addResolver(address resolver) external;

    /// @notice Removes `resolver` from the pool (its open assignments may then be replaced at once). Resolver
    /// managers only (governance).
    /// @dev Reverts with `AccessControlUnauthorizedAccount` or `DisputeResolverUnknown`.
    function removeResolver(address resolver) external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice The role that adds and removes resolvers (held by governance).
    function RESOLVER_MANAGER_ROLE() external view returns (bytes32);

    /// @notice Resolvers a dispute needs in the pool besides its parties.
    function MIN_RESOLVERS() external view returns (uint256);

    /// @notice The largest pool.
    function MAX_RESOLVERS() external view returns (uint256);

    /// @notice The token every fee and deposit is paid in.
    function settlementToken() external view returns (address);

    /// @notice The registry whose participants may bring free-form claims.
    function participantRegistry() external view returns (address);

    /// @notice The ledger of consumption records (operator vs feeder).
    function consumptionLedger() external view returns (IDisputeSubject);

    /// @notice The ledger of expenses (a declarer disputes a rejection).
    function expenseLedger() external view returns (IDisputeSubject);

    /// @notice The deposit each side makes to bring or match `stage`.
    function stageFee(Stage stage) external view returns (uint256);

    /// @notice The response, decision and appeal windows, in seconds.
    function windows() external view returns (uint256 responseWindow, uint256 decisionWindow, uint256 appealWindow);

    /// @notice How many disputes were opened (ids run from 1).
    function disputeCount() external view returns (uint256);

    /// @notice A dispute as the web shows it.
    function getDispute(uint256 disputeId) external view returns (DisputeView memory);

    /// @notice The deadline running now, each 0 unless the dispute is in that status: the response deadline
    /// (AwaitingResponse), the decision deadline (AwaitingDecision), the appeal deadline (Decided).
    function deadlinesOf(uint256 disputeId)
        external
        view
        returns (uint256 responseDeadline, uint256 decisionDeadline, uint256 appealDeadline);

    /// @notice The resolver pool, in rotation order (which changes when a member is removed).
    function getResolvers() external view returns (address[] memory);

    /// @notice Whether `account` is in the resolver pool.
    function isResolver(address account) external view returns (bool);

    /// @notice What `resolver` has earned and not yet withdrawn.
    function earningsOf(address resolver) external view returns (uint256);
}
