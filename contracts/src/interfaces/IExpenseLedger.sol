// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ICompensationLedger} from "./ICompensationLedger.sol";
import {IDisputeSubject} from "./IDisputeSubject.sol";
import {IParticipantRegistry} from "./IParticipantRegistry.sol";
import {IPeriodClock} from "./IPeriodClock.sol";
import {IProjectRegistry} from "./IProjectRegistry.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IExpenseLedger
/// @notice Participants' expenses, checked by drawn peers. An operator, a public administration or an approved
/// investor declares an expense (amount, period, evidence CID, the invoice's key) while the period accepts facts
/// and deposits two review fees or more. Three reviewers are drawn from validators, operators and public
/// administrations — never the declarer — from the hash of a block after the declaration, by the first call
/// after it. Two matching verdicts decide: two validations credit the expense to the period in the compensation
/// table, two rejections reject it (each rejection carries a reason CID). Reviewers on the outcome's side earn
/// the review fee as their own expense in the period. A drawn reviewer who does not answer in time is replaced
/// by anyone. A rejected declarer may dispute the rejection at the dispute court.
/// @dev A public chain shows every declaring address to whoever looks it up: the review page and the evidence
/// document show no declarer, but the draw only keeps the declarer from choosing its reviewers.
interface IExpenseLedger is IDisputeSubject {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice Where an expense is in its life.
    enum ExpenseStatus {
        /// No expense with this id.
        None,
        /// Declared, waiting for two matching verdicts.
        Pending,
        /// Two validations (or a won dispute): credited in the compensation table.
        Validated,
        /// Two rejections: may be disputed by the declarer within `DISPUTE_WINDOW`.
        Rejected,
        /// The declarer disputes the rejection at the court.
        Disputed,
        /// Still undecided when its period's review window ended: counts nowhere, the deposit goes back.
        Lapsed,
        /// The rejection is final (not disputed in time, or the dispute lost): the deposit goes to the platform.
        Forfeited,
        /// The dispute ended in a tie: the rejection stands, the deposit goes back.
        Dismissed
    }

    /// @notice A reviewer's answer.
    enum Verdict {
        None,
        Validate,
        Reject
    }

    /// @notice An expense as stored, in two slots.
    struct Expense {
        address declarer;
        /// In settlement-token units (6 decimals), at most `MAX_AMOUNT`.
        uint64 amount;
        /// The period it was declared for.
        uint32 period;
        ExpenseStatus status;
        /// Block whose successor's hash draws the vacant reviewer slots; zero when no slot is vacant.
        uint64 drawAnchor;
        uint8 validations;
        uint8 rejections;
        /// When the second rejection came (starts the dispute window).
        uint40 rejectedAt;
        /// Whether the deposit has been paid back or out.
        bool depositReleased;
    }

    /// @notice One of an expense's three reviewer slots, in one slot.
    struct ReviewerSlot {
        /// Zero while vacant (before the draw, or after `redraw`).
        address reviewer;
        /// When the reviewer was drawn (its answer window starts).
        uint40 drawnAt;
        Verdict verdict;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice A constructor address is zero.
    error ExpenseZeroAddress();

    /// @notice The review fee is outside `[1, MAX_REVIEW_FEE]`.
    error ExpenseBadReviewFee(uint256 fee, uint256 max);

    /// @notice The declaration deposit is below two review fees (or above `MAX_DEPOSIT`).
    error ExpenseBadDeposit(uint256 deposit, uint256 min, uint256 max);

    /// @notice The per-reviewer answer window is outside `[MIN_ANSWER_WINDOW, MAX_ANSWER_WINDOW]`.
    error ExpenseBadAnswerWindow(uint256 window, uint256 min, uint256 max);

    /// @notice `account` holds neither the Operator, the Public Administration nor the Investor role.
    error ExpenseNotDeclarer(address account);

    /// @notice `investor` is an investor whose entity the Platform role has not registered (approved) yet.
    error ExpenseInvestorNotApproved(address investor);

    /// @notice `account` has a debt of a closed period that it has not settled.
    error ExpenseUnsettledDebt(address account);

    /// @notice `period` does not accept declarations now (only while it runs and in its grace window).
    error ExpensePeriodNotOpen(uint256 period, IPeriodClock.PeriodPhase phase);

    /// @notice The amount is zero or above `max`.
    error ExpenseBadAmount(uint256 amount, uint256 max);

    /// @notice The evidence CID's digest is zero.
    error ExpenseEmptyEvidence();

    /// @notice The invoice key is zero.
    error ExpenseEmptyInvoiceKey();

    /// @notice The invoice behind `invoiceKey` already backs expense `expenseId`, which is live or validated.
    error ExpenseInvoiceKeyTaken(bytes32 invoiceKey, uint256 expenseId);

    /// @notice Fewer than `needed` reviewers other than the declarer are eligible (validators, operators and
    /// public administrations, an account counted once per role it holds).
    error ExpenseTooFewReviewers(uint256 eligible, uint256 needed);

    /// @notice There is no expense with this id.
    error ExpenseNotFound(uint256 expenseId);

    /// @notice The expense is not in the status this call needs.
    error ExpenseWrongStatus(uint256 expenseId, ExpenseStatus status);

    /// @notice No reviewer slot of the expense is vacant.
    error ExpenseNothingToDraw(uint256 expenseId);

    /// @notice The draw's block hash is not known before block `readyAt`.
    error ExpenseDrawNotReady(uint256 expenseId, uint256 readyAt);

    /// @notice The expense's period no longer takes reviews (its review window is over).
    error ExpenseReviewClosed(uint256 expenseId, uint256 period, IPeriodClock.PeriodPhase phase);

    /// @notice `account` is not one of the expense's drawn reviewers (or the draw has not happened yet).
    error ExpenseNotDrawnReviewer(uint256 expenseId, address account);

    /// @notice `reviewer` has already answered on this expense.
    error ExpenseAlreadyReviewed(uint256 expenseId, address reviewer);

    /// @notice The drawn reviewer no longer holds a reviewing role (validator, operator, public administration).
    error ExpenseReviewerNotEligible(uint256 expenseId, address reviewer);

    /// @notice A rejection needs the CID of its reason.
    error ExpenseEmptyReason();

    /// @notice Reviewer slots are numbered 0 to 2.
    error ExpenseBadSlot(uint256 slot);

    /// @notice The slot is vacant: there is nobody to replace.
    error ExpenseSlotVacant(uint256 expenseId, uint256 slot);

    /// @notice The reviewer in the slot has answered and cannot be replaced.
    error ExpenseReviewerAnswered(uint256 expenseId, uint256 slot);

    /// @notice The reviewer in the slot may still answer until `answerBy` and is still eligible.
    error ExpenseAnswerWindowOpen(uint256 expenseId, uint256 slot, uint256 answerBy);

    /// @notice The expense's deposit was already paid back or out.
    error ExpenseDepositReleased(uint256 expenseId);

    /// @notice The deposit is held until the expense is decided (Pending: until its review window ends;
    /// Rejected: until `until`, the end of the dispute window; Disputed: until the ruling).
    error ExpenseDepositHeld(uint256 expenseId, ExpenseStatus status, uint256 until);

    /// @notice The rejection can no longer be disputed: the window ended at `endedAt`, or the invoice already
    /// backs a later expense.
    error ExpenseDisputeWindowClosed(uint256 expenseId, uint256 endedAt);

    /// @notice Only the declarer disputes its rejected expense.
    error ExpenseNotDisputer(uint256 expenseId, address account);

    /// @notice Only the dispute court reports disputes.
    error ExpenseNotCourt(address account);

    /// @notice Only holders of the Platform role register entities.
    error ExpenseNotPlatform(address account);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Expense `expenseId` was declared; its reviewers are drawn from the hash of block `drawAnchor + 1`.
    event ExpenseDeclared(
        uint256 indexed expenseId,
        address indexed declarer,
        uint256 indexed period,
        uint256 amount,
        bytes32 invoiceKey,
        bytes32 evidenceDigest,
        IProjectRegistry.CidCodec evidenceCodec,
        uint256 drawAnchor
    );

    /// @notice `reviewer` was drawn into `slot`; it may answer until `answerBy`.
    event ReviewerDrawn(uint256 indexed expenseId, uint256 slot, address indexed reviewer, uint256 answerBy);

    /// @notice The draw could not fill every vacant slot (the anchor's hash was past the 256-block horizon, or
    /// `MAX_DRAW_ATTEMPTS` picks found too few distinct eligible reviewers): it waits for block `drawAnchor + 1`.
    event ExpenseDrawDeferred(uint256 indexed expenseId, uint256 drawAnchor, uint256 eligible);

    /// @notice `reviewer` answered; a rejection carries the CID of its reason (zero for a validation).
    event ExpenseReviewed(
        uint256 indexed expenseId,
        address indexed reviewer,
        Verdict verdict,
        bytes32 reasonDigest,
        IProjectRegistry.CidCodec reasonCodec
    );

    /// @notice `reviewer` missed its answer window (or lost its role) and left `slot`; the next draw fills it.
    event ReviewerReplaced(uint256 indexed expenseId, uint256 slot, address indexed reviewer, uint256 drawAnchor);

    /// @notice The expense was validated and credited to `creditedPeriod` in the compensation table. After a
    /// review, the reviewers whose verdict was Validate earned `reviewFee()` each as their expense in that period.
    event ExpenseValidated(uint256 indexed expenseId, uint256 creditedPeriod, uint256 amount);

    /// @notice Two reviewers rejected the expense; the declarer may dispute it until `disputableUntil`. The two
    /// rejecting reviewers earned `reviewFee()` each as their expense in the expense's period.
    event ExpenseRejected(uint256 indexed expenseId, uint256 disputableUntil);

    /// @notice The expense left the review undecided, or its rejection became final, or its dispute tied.
    event ExpenseStatusChanged(uint256 indexed expenseId, ExpenseStatus status);

    /// @notice The declarer disputes the rejection at the court.
    event ExpenseDisputed(uint256 indexed expenseId);

    /// @notice The deposit of the expense was paid to `recipient` (the declarer, or the platform on forfeit).
    event DepositReleased(uint256 indexed expenseId, address indexed recipient, uint256 amount);

    /// @notice The Platform role registered (approved) `account`'s legal entity by its hash; zero clears it.
    event EntityRegistered(address indexed account, bytes32 entityHash);

    /*//////////////////////////////////////////////////////////////
                               DECLARING
    //////////////////////////////////////////////////////////////*/

    /// @notice Declares an expense of `amount` settlement units in `period` and pulls `deposit()` from the caller
    /// (approve it first). Records the caller's positions in the table first. Reverts with `ExpenseNotDeclarer`,
    /// `ExpenseInvestorNotApproved`, `ExpenseUnsettledDebt`, `ExpensePeriodNotOpen`, `ExpenseBadAmount`,
    /// `ExpenseEmptyEvidence`, `ExpenseEmptyInvoiceKey`, `ExpenseInvoiceKeyTaken` or `ExpenseTooFewReviewers`.
    /// @param invoiceKey `keccak256(abi.encode(issuer tax id, invoice number))` as the sdk computes it from the
    /// evidence; reviewers reject an expense whose key does not match its evidence.
    function declare(
        uint256 amount,
        uint256 period,
        bytes32 invoiceKey,
        bytes32 evidenceDigest,
        IProjectRegistry.CidCodec evidenceCodec
    ) external returns (uint256 expenseId);

    /// @notice Fills the expense's vacant reviewer slots from the hash of block `drawAnchor + 1`; anyone may call
    /// it (the first review does it too). Re-anchors to the current block when that hash is past the 256-block
    /// horizon or too few distinct reviewers came out. Reverts with `ExpenseNotFound`, `ExpenseWrongStatus`,
    /// `ExpenseReviewClosed`, `ExpenseNothingToDraw` or `ExpenseDrawNotReady`.
    function draw(uint256 expenseId) external;

    /// @notice The caller, a drawn reviewer, validates the expense (draws first if the draw is due).
    /// Reverts with `ExpenseNotFound`, `ExpenseWrongStatus`, `ExpenseReviewClosed`, `ExpenseNotDrawnReviewer`,
    /// `ExpenseAlreadyReviewed` or `ExpenseReviewerNotEligible`.
    function validate(uint256 expenseId) external;

    /// @notice The caller, a drawn reviewer, rejects the expense for the reason in the given CID; as `validate`,
    /// and `ExpenseEmptyReason`.
    function reject(uint256 expenseId, bytes32 reasonDigest, IProjectRegistry.CidCodec reasonCodec) external;

    /// @notice Empties `slot` of a reviewer who has not answered within `answerWindow()` of being drawn, or who
    /// lost its reviewing role; the next draw (from a later block) fills it. Anyone may call it. Reverts with
    /// `ExpenseBadSlot`, `ExpenseNotFound`, `ExpenseWrongStatus`, `ExpenseReviewClosed`, `ExpenseSlotVacant`,
    /// `ExpenseReviewerAnswered` or `ExpenseAnswerWindowOpen`.
    function redraw(uint256 expenseId, uint256 slot) external;

    /// @notice Pays the deposit of a decided expense to whom it is due; anyone may call it. Back to the declarer
    /// when Validated or Dismissed, or Pending once its review window is over (it becomes Lapsed); to the
    /// platform when Forfeited, or Rejected once the dispute window is over (it becomes Forfeited).
    /// Reverts with `ExpenseNotFound`, `ExpenseDepositReleased` or `ExpenseDepositHeld`.
    function releaseDeposit(uint256 expenseId) external;

    /// @notice Records `account`'s legal entity by `entityHash` (keccak256 of its tax id, as the sdk computes it),
    /// which approves an investor to declare; zero withdraws it. Only a holder of the Platform role.
    function registerEntity(address account, bytes32 entityHash) external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice Reviewers drawn per expense.
    function REVIEWERS() external view returns (uint256);

    /// @notice Matching verdicts that decide an expense.
    function QUORUM() external view returns (uint256);

    /// @notice Blocks between the declaration (or redraw) and the block whose hash draws.
    function DRAW_DELAY() external view returns (uint256);

    /// @notice Picks one draw tries before it re-anchors.
    function MAX_DRAW_ATTEMPTS() external view returns (uint256);

    /// @notice How long after a rejection its declarer may dispute it.
    function DISPUTE_WINDOW() external view returns (uint256);

    /// @notice The largest expense, in settlement units.
    function MAX_AMOUNT() external view returns (uint256);

    /// @notice The compensation table (the clock, and where validated expenses and fees go).
    function table() external view returns (ICompensationLedger);

    /// @notice The participant registry (who declares, who reviews).
    function participants() external view returns (IParticipantRegistry);

    /// @notice The settlement token deposits are paid in.
    function settlementToken() external view returns (IERC20);

    /// @notice The dispute court, the only caller of `onDisputeOpened` / `onDisputeResolved`.
    function court() external view returns (address);

    /// @notice The platform: respondent of disputes about rejections, recipient of forfeited deposits.
    function platform() external view returns (address);

    /// @notice What each reviewer on the outcome's side earns, in settlement units.
    function reviewFee() external view returns (uint256);

    /// @notice What a declaration deposits, in settlement units (at least two review fees).
    function deposit() external view returns (uint256);

    /// @notice How long a drawn reviewer has to answer before anyone may replace it.
    function answerWindow() external view returns (uint256);

    /// @notice Expenses declared so far (ids run from 1).
    function expenseCount() external view returns (uint256);

    /// @notice Expense `expenseId` as stored; reverts with `ExpenseNotFound`.
    function getExpense(uint256 expenseId) external view returns (Expense memory);

    /// @notice The expense's three reviewer slots (vacant ones have a zero reviewer).
    function reviewersOf(uint256 expenseId) external view returns (ReviewerSlot[3] memory);

    /// @notice The latest expense backed by the invoice `invoiceKey` (zero if none).
    function expenseOfInvoice(bytes32 invoiceKey) external view returns (uint256);

    /// @notice `account`'s registered entity hash (zero if none).
    function entityHashOf(address account) external view returns (bytes32);

    /// @notice Reviewers `declarer` would have (members of the reviewing roles, once per role, minus the
    /// declarer's own roles); declaring needs `REVIEWERS` of them.
    function eligibleReviewerCount(address declarer) external view returns (uint256);

    /// @notice Whether `account` holds a reviewing role (validator, operator, public administration).
    function isEligibleReviewer(address account) external view returns (bool);
}
