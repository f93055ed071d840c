// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICompensationLedger} from "../interfaces/ICompensationLedger.sol";
import {IDisputeSubject} from "../interfaces/IDisputeSubject.sol";
import {IExpenseLedger} from "../interfaces/IExpenseLedger.sol";
import {IParticipantRegistry} from "../interfaces/IParticipantRegistry.sol";
import {IPeriodClock} from "../interfaces/IPeriodClock.sol";
import {IProjectRegistry} from "../interfaces/IProjectRegistry.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title ExpenseLedger
/// @notice Expenses declared by participants and reviewed by three drawn peers. See {IExpenseLedger}.
contract ExpenseLedger is IExpenseLedger, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IExpenseLedger
    uint256 public constant REVIEWERS = 3;
    /// @inheritdoc IExpenseLedger
    uint256 public constant QUORUM = 2;
    /// @inheritdoc IExpenseLedger
    uint256 public constant DRAW_DELAY = 1;
    /// @inheritdoc IExpenseLedger
    uint256 public constant MAX_DRAW_ATTEMPTS = 12;
    /// @inheritdoc IExpenseLedger
    uint256 public constant DISPUTE_WINDOW = 14 days;
    /// @inheritdoc IExpenseLedger
    uint256 public constant MAX_AMOUNT = 1e15;
    /// @notice The largest review fee (10,000 units of a 6-decimal token).
    uint256 public constant MAX_REVIEW_FEE = 10_000e6;
    /// @notice The largest declaration deposit (ten of the largest fees).
    uint256 public constant MAX_DEPOSIT = 100_000e6;
    /// @notice Bounds of the per-reviewer answer window.
    uint256 public constant MIN_ANSWER_WINDOW = 1 hours;
    uint256 public constant MAX_ANSWER_WINDOW = 30 days;

    /// @dev `blockhash` knows only the 256 most recent blocks.
    uint256 private constant BLOCKHASH_HORIZON = 256;

    /*//////////////////////////////////////////////////////////////
                                STORAGE
    //////////////////////////////////////////////////////////////*/

    ICompensationLedger private immutable _table;
    IParticipantRegistry private immutable _participants;
    IERC20 private immutable _settlementToken;
    address private immutable _court;
    address private immutable _platform;
    uint256 private immutable _reviewFee;
    uint256 private immutable _deposit;
    uint256 private immutable _answerWindow;
    bytes32 private immutable _operatorRole;
    bytes32 private immutable _investorRole;
    bytes32 private immutable _validatorRole;
    bytes32 private immutable _administrationRole;
    bytes32 private immutable _platformRole;

    uint256 private _expenseCount;
    mapping(uint256 expenseId => Expense) private _expenses;
    mapping(uint256 expenseId => ReviewerSlot[3]) private _reviewers;
    mapping(bytes32 invoiceKey => uint256 expenseId) private _expenseOfInvoice;
    mapping(address account => bytes32 entityHash) private _entityHashes;

    /*//////////////////////////////////////////////////////////////
                              CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param table_ The compensation table (fixed: it accepts credits only from this ledger).
    /// @param participants_ Who declares and who reviews.
    /// @param settlementToken_ The token deposits are paid in.
    /// @param court_ The dispute court (its address may be predicted: it is deployed later).
    /// @param platform_ Respondent of disputes about rejections; receives forfeited deposits.
    /// @param reviewFee_ What a reviewer on the outcome's side earns.
    /// @param deposit_ What a declaration deposits: at least two review fees.
    /// @param answerWindow_ How long a drawn reviewer has to answer.
    constructor(
        ICompensationLedger table_,
        IParticipantRegistry participants_,
        IERC20 settlementToken_,
        address court_,
        address platform_,
        uint256 reviewFee_,
        uint256 deposit_,
        uint256 answerWindow_
    ) {
        if (
            address(table_) == address(0) || address(participants_) == address(0)
                || address(settlementToken_) == address(0) || court_ == address(0) || platform_ == address(0)
        ) revert ExpenseZeroAddress();
        if (reviewFee_ == 0 || reviewFee_ > MAX_REVIEW_FEE) revert ExpenseBadReviewFee(reviewFee_, MAX_REVIEW_FEE);
        if (deposit_ < QUORUM * reviewFee_ || deposit_ > MAX_DEPOSIT) {
            revert ExpenseBadDeposit(deposit_, QUORUM * reviewFee_, MAX_DEPOSIT);
        }
        if (answerWindow_ < MIN_ANSWER_WINDOW || answerWindow_ > MAX_ANSWER_WINDOW) {
            revert ExpenseBadAnswerWindow(answerWindow_, MIN_ANSWER_WINDOW, MAX_ANSWER_WINDOW);
        }
        _table = table_;
        _participants = participants_;
        _settlementToken = settlementToken_;
        _court = court_;
        _platform = platform_;
        _reviewFee = reviewFee_;
        _deposit = deposit_;
        _answerWindow = answerWindow_;
        _operatorRole = participants_.OPERATOR_ROLE();
        _investorRole = participants_.INVESTOR_ROLE();
        _validatorRole = participants_.VALIDATOR_ROLE();
        _administrationRole = participants_.PUBLIC_ADMINISTRATION_ROLE();
        _platformRole = participants_.PLATFORM_ROLE();
    }

    /*//////////////////////////////////////////////////////////////
                               DECLARING
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IExpenseLedger
    function declare(
        uint256 amount,
        uint256 period,
        bytes32 invoiceKey,
        bytes32 evidenceDigest,
        IProjectRegistry.CidCodec evidenceCodec
    ) external returns (uint256 expenseId) {
        if (amount == 0 || amount > MAX_AMOUNT) revert ExpenseBadAmount(amount, MAX_AMOUNT);
        if (evidenceDigest == bytes32(0)) revert ExpenseEmptyEvidence();
        if (invoiceKey == bytes32(0)) revert ExpenseEmptyInvoiceKey();
        IPeriodClock.PeriodPhase phase = _table.phaseOf(period);
        if (phase != IPeriodClock.PeriodPhase.Running && phase != IPeriodClock.PeriodPhase.Grace) {
            revert ExpensePeriodNotOpen(period, phase);
        }
        uint256 eligible = _checkDeclarer(msg.sender);
        if (eligible < REVIEWERS) revert ExpenseTooFewReviewers(eligible, REVIEWERS);
        _freeInvoiceKey(invoiceKey);
        // Recording first, so that a debt of a period closed since the caller's last action blocks it too.
        _table.recordPositionsOf(msg.sender);
        if (_table.hasUnsettledDebt(msg.sender)) revert ExpenseUnsettledDebt(msg.sender);

        expenseId = ++_expenseCount;
        Expense storage expense = _expenses[expenseId];
        expense.declarer = msg.sender;
        expense.amount = uint64(amount);
        expense.period = uint32(period);
        expense.status = ExpenseStatus.Pending;
        expense.drawAnchor = uint64(block.number);
        _expenseOfInvoice[invoiceKey] = expenseId;
        emit ExpenseDeclared(
            expenseId, msg.sender, period, amount, invoiceKey, evidenceDigest, evidenceCodec, block.number
        );
        _settlementToken.safeTransferFrom(msg.sender, address(this), _deposit);
    }

    /// @inheritdoc IExpenseLedger
    function draw(uint256 expenseId) external {
        Expense storage expense = _pendingInReview(expenseId);
        uint256 anchor = expense.drawAnchor;
        if (anchor == 0) revert ExpenseNothingToDraw(expenseId);
        if (block.number <= anchor + DRAW_DELAY) revert ExpenseDrawNotReady(expenseId, anchor + DRAW_DELAY + 1);
        _draw(expenseId, expense, anchor);
    }

    /*//////////////////////////////////////////////////////////////
                               REVIEWING
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IExpenseLedger
    function validate(uint256 expenseId) external {
        _review(expenseId, Verdict.Validate, bytes32(0), IProjectRegistry.CidCodec.Raw);
    }

    /// @inheritdoc IExpenseLedger
    function reject(uint256 expenseId, bytes32 reasonDigest, IProjectRegistry.CidCodec reasonCodec) external {
        if (reasonDigest == bytes32(0)) revert ExpenseEmptyReason();
        _review(expenseId, Verdict.Reject, reasonDigest, reasonCodec);
    }

    /// @inheritdoc IExpenseLedger
    function redraw(uint256 expenseId, uint256 slot) external {
        if (slot >= REVIEWERS) revert ExpenseBadSlot(slot);
        Expense storage expense = _pendingInReview(expenseId);
        ReviewerSlot storage seat = _reviewers[expenseId][slot];
        address reviewer = seat.reviewer;
        if (reviewer == address(0)) revert ExpenseSlotVacant(expenseId, slot);
        if (seat.verdict != Verdict.None) revert ExpenseReviewerAnswered(expenseId, slot);
        uint256 answerBy = uint256(seat.drawnAt) + _answerWindow;
        if (block.timestamp < answerBy && isEligibleReviewer(reviewer)) {
            revert ExpenseAnswerWindowOpen(expenseId, slot, answerBy);
        }
        delete _reviewers[expenseId][slot];
        expense.drawAnchor = uint64(block.number);
        emit ReviewerReplaced(expenseId, slot, reviewer, block.number);
    }

    /*//////////////////////////////////////////////////////////////
                                DEPOSITS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IExpenseLedger
    function releaseDeposit(uint256 expenseId) external nonReentrant {
        Expense storage expense = _existing(expenseId);
        if (expense.depositReleased) revert ExpenseDepositReleased(expenseId);
        ExpenseStatus status = _settleStatus(expenseId, expense);
        address recipient;
        if (status == ExpenseStatus.Validated || status == ExpenseStatus.Lapsed || status == ExpenseStatus.Dismissed) {
            recipient = expense.declarer;
        } else if (status == ExpenseStatus.Forfeited) {
            recipient = _platform;
        } else {
            revert ExpenseDepositHeld(expenseId, status, _heldUntil(expense, status));
        }
        expense.depositReleased = true;
        emit DepositReleased(expenseId, recipient, _deposit);
        _settlementToken.safeTransfer(recipient, _deposit);
    }

    /// @inheritdoc IExpenseLedger
    function registerEntity(address account, bytes32 entityHash) external {
        if (!_participants.hasRole(_platformRole, msg.sender)) revert ExpenseNotPlatform(msg.sender);
        _entityHashes[account] = entityHash;
        emit EntityRegistered(account, entityHash);
    }

    /*//////////////////////////////////////////////////////////////
                                DISPUTES
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IDisputeSubject
    function onDisputeOpened(uint256 subjectId, address opener)
        external
        returns (address respondent, bool respondentExempt)
    {
        if (msg.sender != _court) revert ExpenseNotCourt(msg.sender);
        Expense storage expense = _existing(subjectId);
        if (expense.status != ExpenseStatus.Rejected) revert ExpenseWrongStatus(subjectId, expense.status);
        if (opener != expense.declarer) revert ExpenseNotDisputer(subjectId, opener);
        uint256 disputableUntil = uint256(expense.rejectedAt) + DISPUTE_WINDOW;
        if (block.timestamp >= disputableUntil) revert ExpenseDisputeWindowClosed(subjectId, disputableUntil);
        expense.status = ExpenseStatus.Disputed;
        emit ExpenseDisputed(subjectId);
        return (_platform, true);
    }

    /// @inheritdoc IDisputeSubject
    function onDisputeResolved(uint256 subjectId, Ruling ruling) external {
        if (msg.sender != _court) revert ExpenseNotCourt(msg.sender);
        Expense storage expense = _existing(subjectId);
        if (expense.status != ExpenseStatus.Disputed) revert ExpenseWrongStatus(subjectId, expense.status);
        if (ruling == Ruling.ForOpener) {
            uint256 period = expense.period;
            // A period closed since the rejection takes no credit: the won expense joins the one running now.
            if (_table.phaseOf(period) == IPeriodClock.PeriodPhase.Closed) period = _table.currentPeriod();
            expense.status = ExpenseStatus.Validated;
            emit ExpenseValidated(subjectId, period, expense.amount);
            _table.creditExpense(expense.declarer, period, expense.amount);
        } else {
            ExpenseStatus status = ruling == Ruling.Tie ? ExpenseStatus.Dismissed : ExpenseStatus.Forfeited;
            expense.status = status;
            emit ExpenseStatusChanged(subjectId, status);
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IExpenseLedger
    function table() external view returns (ICompensationLedger) {
        return _table;
    }

    /// @inheritdoc IExpenseLedger
    function participants() external view returns (IParticipantRegistry) {
        return _participants;
    }

    /// @inheritdoc IExpenseLedger
    function settlementToken() external view returns (IERC20) {
        return _settlementToken;
    }

    /// @inheritdoc IExpenseLedger
    function court() external view returns (address) {
        return _court;
    }

    /// @inheritdoc IExpenseLedger
    function platform() external view returns (address) {
        return _platform;
    }

    /// @inheritdoc IExpenseLedger
    function reviewFee() external view returns (uint256) {
        return _reviewFee;
    }

    /// @inheritdoc IExpenseLedger
    function deposit() external view returns (uint256) {
        return _deposit;
    }

    /// @inheritdoc IExpenseLedger
    function answerWindow() external view returns (uint256) {
        return _answerWindow;
    }

    /// @inheritdoc IExpenseLedger
    function expenseCount() external view returns (uint256) {
        return _expenseCount;
    }

    /// @inheritdoc IExpenseLedger
    function getExpense(uint256 expenseId) external view returns (Expense memory) {
        return _existing(expenseId);
    }

    /// @inheritdoc IExpenseLedger
    function reviewersOf(uint256 expenseId) external view returns (ReviewerSlot[3] memory) {
        return _reviewers[expenseId];
    }

    /// @inheritdoc IExpenseLedger
    function expenseOfInvoice(bytes32 invoiceKey) external view returns (uint256) {
        return _expenseOfInvoice[invoiceKey];
    }

    /// @inheritdoc IExpenseLedger
    function entityHashOf(address account) external view returns (bytes32) {
        return _entityHashes[account];
    }

    /// @inheritdoc IExpenseLedger
    function eligibleReviewerCount(address declarer) public view returns (uint256 eligible) {
        (uint256 validators, uint256 operators, uint256 administrations) = _poolSizes();
        eligible = validators + operators + administrations;
        if (_participants.hasRole(_validatorRole, declarer)) --eligible;
        if (_participants.hasRole(_operatorRole, declarer)) --eligible;
        if (_participants.hasRole(_administrationRole, declarer)) --eligible;
    }

    /// @inheritdoc IExpenseLedger
    function isEligibleReviewer(address account) public view returns (bool) {
        return _participants.hasRole(_validatorRole, account) || _participants.hasRole(_operatorRole, account)
            || _participants.hasRole(_administrationRole, account);
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    /// @dev Reverts unless `account` may declare; returns how many reviewers it would have, counted exactly only
    /// when the count is near `REVIEWERS` (a role the declarer might also hold is looked up only then). Checks
    /// the Operator role first (most declarers), then an approved investor, then the Public Administration role.
    function _checkDeclarer(address account) private view returns (uint256 eligible) {
        (uint256 validators, uint256 operators, uint256 administrations) = _poolSizes();
        eligible = validators + operators + administrations;
        bool administration;
        if (_participants.hasRole(_operatorRole, account)) {
            // Enough even if the declarer also holds both other reviewing roles.
            if (--eligible >= REVIEWERS + 2) return eligible;
            administration = _participants.hasRole(_administrationRole, account);
        } else if (_entityHashes[account] != bytes32(0) && _participants.hasRole(_investorRole, account)) {
            if (eligible >= REVIEWERS + 2) return eligible;
            administration = _participants.hasRole(_administrationRole, account);
        } else {
            administration = _participants.hasRole(_administrationRole, account);
            if (!administration) {
                if (_participants.hasRole(_investorRole, account)) revert ExpenseInvestorNotApproved(account);
                revert ExpenseNotDeclarer(account);
            }
        }
        if (administration) --eligible;
        if (eligible >= REVIEWERS + 1) return eligible;
        if (_participants.hasRole(_validatorRole, account)) --eligible;
    }

    /// @dev An invoice backs one live or validated expense: the previous expense on `invoiceKey` must be over.
    /// One left undecided after its review window lapses now; one whose rejection is past dispute becomes final.
    function _freeInvoiceKey(bytes32 invoiceKey) private {
        uint256 previousId = _expenseOfInvoice[invoiceKey];
        if (previousId == 0) return;
        Expense storage previous = _expenses[previousId];
        ExpenseStatus status = _settleStatus(previousId, previous);
        if (status != ExpenseStatus.Lapsed && status != ExpenseStatus.Forfeited && status != ExpenseStatus.Dismissed) {
            revert ExpenseInvoiceKeyTaken(invoiceKey, previousId);
        }
    }

    /// @dev The expense's status after what time alone decides (a Pending one lapses once its review window is
    /// over, a Rejected one is forfeited once its dispute window is over), written back when it changed.
    function _settleStatus(uint256 expenseId, Expense storage expense) private returns (ExpenseStatus status) {
        status = expense.status;
        if (status == ExpenseStatus.Pending) {
            if (uint8(_table.phaseOf(expense.period)) < uint8(IPeriodClock.PeriodPhase.Closable)) return status;
            status = ExpenseStatus.Lapsed;
        } else if (status == ExpenseStatus.Rejected) {
            if (block.timestamp < uint256(expense.rejectedAt) + DISPUTE_WINDOW) return status;
            status = ExpenseStatus.Forfeited;
        } else {
            return status;
        }
        expense.status = status;
        emit ExpenseStatusChanged(expenseId, status);
    }

    /// @dev Until when a deposit in `status` stays held (zero when it waits for something other than time).
    function _heldUntil(Expense storage expense, ExpenseStatus status) private view returns (uint256) {
        if (status == ExpenseStatus.Rejected) return uint256(expense.rejectedAt) + DISPUTE_WINDOW;
        if (status == ExpenseStatus.Pending) {
            return _table.genesis() + (uint256(expense.period) + 1) * _table.periodLength() + _table.graceWindow()
                + _table.reviewWindow();
        }
        return 0;
    }

    function _review(uint256 expenseId, Verdict verdict, bytes32 reasonDigest, IProjectRegistry.CidCodec reasonCodec)
        private
    {
        Expense storage expense = _pendingInReview(expenseId);
        uint256 anchor = expense.drawAnchor;
        if (anchor != 0 && block.number > anchor + DRAW_DELAY) _draw(expenseId, expense, anchor);
        ReviewerSlot[3] storage seats = _reviewers[expenseId];
        uint256 slot;
        while (seats[slot].reviewer != msg.sender) {
            if (++slot == REVIEWERS) revert ExpenseNotDrawnReviewer(expenseId, msg.sender);
        }
        ReviewerSlot storage seat = seats[slot];
        if (seat.verdict != Verdict.None) revert ExpenseAlreadyReviewed(expenseId, msg.sender);
        if (!isEligibleReviewer(msg.sender)) revert ExpenseReviewerNotEligible(expenseId, msg.sender);
        seat.verdict = verdict;
        emit ExpenseReviewed(expenseId, msg.sender, verdict, reasonDigest, reasonCodec);

        if (verdict == Verdict.Validate) {
            uint8 validations = expense.validations + 1;
            expense.validations = validations;
            if (validations < QUORUM) return;
            expense.status = ExpenseStatus.Validated;
            emit ExpenseValidated(expenseId, expense.period, expense.amount);
            _table.creditExpense(expense.declarer, expense.period, expense.amount);
        } else {
            uint8 rejections = expense.rejections + 1;
            expense.rejections = rejections;
            if (rejections < QUORUM) return;
            expense.status = ExpenseStatus.Rejected;
            expense.rejectedAt = uint40(block.timestamp);
            emit ExpenseRejected(expenseId, block.timestamp + DISPUTE_WINDOW);
        }
        _creditFees(expense.period, seats, verdict);
    }

    /// @dev Each reviewer whose verdict is the outcome earns the review fee as its expense in the period (no event
    /// of its own: `ExpenseReviewed` and the outcome's event say who earned it).
    function _creditFees(uint256 period, ReviewerSlot[3] storage seats, Verdict outcome) private {
        for (uint256 slot; slot < REVIEWERS; ++slot) {
            ReviewerSlot storage seat = seats[slot];
            if (seat.verdict != outcome) continue;
            _table.creditExpense(seat.reviewer, period, _reviewFee);
        }
    }

    /// @dev Fills the vacant slots with distinct eligible reviewers other than the declarer, picked uniformly
    /// from the members of the three reviewing roles (an account holding two of them is twice as likely) with
    /// the hash of block `anchor + DRAW_DELAY` as the seed. Re-anchors to this block when that hash is past the
    /// horizon or `MAX_DRAW_ATTEMPTS` picks left a slot vacant (the filled slots stay).
    function _draw(uint256 expenseId, Expense storage expense, uint256 anchor) private {
        uint256 seed = uint256(blockhash(anchor + DRAW_DELAY));
        ReviewerSlot[3] storage seats = _reviewers[expenseId];
        address[3] memory drawn = [seats[0].reviewer, seats[1].reviewer, seats[2].reviewer];
        (uint256 vacant, uint256 pool) = _fill(expenseId, seats, drawn, expense.declarer, seed);
        if (vacant == 0) {
            expense.drawAnchor = 0;
        } else {
            expense.drawAnchor = uint64(block.number);
            emit ExpenseDrawDeferred(expenseId, block.number, pool);
        }
    }

    /// @dev Picks for the vacant entries of `drawn` (zero addresses) and writes them to `seats`; returns how
    /// many stay vacant and the size of the pool drawn from.
    function _fill(
        uint256 expenseId,
        ReviewerSlot[3] storage seats,
        address[3] memory drawn,
        address declarer,
        uint256 seed
    ) private returns (uint256 vacant, uint256 pool) {
        for (uint256 slot; slot < REVIEWERS; ++slot) {
            if (drawn[slot] == address(0)) ++vacant;
        }
        (uint256 validators, uint256 operators, uint256 administrations) = _poolSizes();
        pool = validators + operators + administrations;
        if (seed == 0 || pool == 0) return (vacant, pool);
        for (uint256 attempt; attempt < MAX_DRAW_ATTEMPTS && vacant != 0; ++attempt) {
            address candidate = _member(uint256(keccak256(abi.encode(seed, attempt))) % pool, validators, operators);
            if (candidate == declarer || candidate == drawn[0] || candidate == drawn[1] || candidate == drawn[2]) {
                continue;
            }
            uint256 slot;
            while (drawn[slot] != address(0)) {
                ++slot;
            }
            drawn[slot] = candidate;
            seats[slot] = ReviewerSlot({reviewer: candidate, drawnAt: uint40(block.timestamp), verdict: Verdict.None});
            --vacant;
            emit ReviewerDrawn(expenseId, slot, candidate, block.timestamp + _answerWindow);
        }
    }

    /// @dev The `index`-th member of the union of the validator, operator and administration member lists.
    function _member(uint256 index, uint256 validators, uint256 operators) private view returns (address) {
        if (index < validators) return _participants.getRoleMember(_validatorRole, index);
        index -= validators;
        if (index < operators) return _participants.getRoleMember(_operatorRole, index);
        return _participants.getRoleMember(_administrationRole, index - operators);
    }

    function _poolSizes() private view returns (uint256 validators, uint256 operators, uint256 administrations) {
        validators = _participants.getRoleMemberCount(_validatorRole);
        operators = _participants.getRoleMemberCount(_operatorRole);
        administrations = _participants.getRoleMemberCount(_administrationRole);
    }

    /// @dev A Pending expense whose period still takes reviews (it runs, is in grace or in review).
    function _pendingInReview(uint256 expenseId) private view returns (Expense storage expense) {
        expense = _existing(expenseId);
        if (expense.status != ExpenseStatus.Pending) revert ExpenseWrongStatus(expenseId, expense.status);
        IPeriodClock.PeriodPhase phase = _table.phaseOf(expense.period);
        if (uint8(phase) >= uint8(IPeriodClock.PeriodPhase.Closable)) {
            revert ExpenseReviewClosed(expenseId, expense.period, phase);
        }
    }

    function _existing(uint256 expenseId) private view returns (Expense storage expense) {
        expense = _expenses[expenseId];
        if (expense.status == ExpenseStatus.None) revert ExpenseNotFound(expenseId);
    }
}
