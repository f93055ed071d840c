// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICompensationLedger} from "../interfaces/ICompensationLedger.sol";
import {ICompensationTable} from "../interfaces/ICompensationTable.sol";
import {IConsumptionLedger} from "../interfaces/IConsumptionLedger.sol";
import {IParticipantRegistry} from "../interfaces/IParticipantRegistry.sol";
import {IPeriodClock} from "../interfaces/IPeriodClock.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title CompensationTable
/// @notice The operating side's clock and compensation table. See {ICompensationTable}.
/// @dev How an account's unrecorded positions are found without visiting anyone else: every account has a
/// bitmap of the periods it has facts in (one bit per period, 256 per word) and a scan cursor below which every
/// listed period is recorded. Facts only ever list periods that are not closed yet, and the cursor only moves up
/// to the next period to close, so `recordPositionsOf` reads the few words from the cursor to the last closed
/// period and records what it finds (bounded per call). `hasUnsettledDebt` reads one per-account counter of
/// recorded, unsettled debts. Nothing loops over participants.
contract CompensationTable is ICompensationTable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /*//////////////////////////////////////////////////////////////
                                CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Shortest and longest period.
    uint256 public constant MIN_PERIOD_LENGTH = 1 days;
    uint256 public constant MAX_PERIOD_LENGTH = 92 days;
    /// @notice Longest grace, review or recording window.
    uint256 public constant MAX_WINDOW = 31 days;
    /// @notice Shortest review or recording window.
    uint256 public constant MIN_WINDOW = 1 hours;
    /// @notice Highest platform fee: 10%.
    uint256 public constant MAX_PLATFORM_FEE_BPS = 1000;
    /// @notice Genesis may lie at most this far in the future at deployment.
    uint256 public constant MAX_GENESIS_DELAY = 366 days;
    /// @notice Largest single expense credited: one billion euros (6 decimals).
    uint256 public constant MAX_EXPENSE = 1e15;
    /// @notice Most accounts `recordPositions` takes per call.
    uint256 public constant MAX_BATCH = 100;
    /// @notice Most positions one `recordPositionsOf` records, and most bitmap words it reads.
    uint256 public constant MAX_RECORDS_PER_CALL = 16;
    uint256 public constant MAX_SCAN_WORDS = 8;

    uint256 private constant BPS = 10_000;
    /// @dev Periods beyond this are treated as Upcoming (so period arithmetic never overflows).
    uint256 private constant MAX_PERIOD = type(uint32).max;

    /*//////////////////////////////////////////////////////////////
                                 STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @dev What a period's facts add up to, and when it closed; one slot, read by every position.
    struct PeriodState {
        uint96 expenses;
        uint96 consumption;
        uint64 closedAt;
    }

    /// @dev What claims read: the frozen total credit, what debtors paid in and when claims open. Written at close,
    /// so the first credit or settlement of a period does not pay for a new slot.
    struct PeriodBook {
        uint96 totalCredit;
        uint96 settled;
        uint64 recordingEndsAt;
    }

    /// @dev An account's counted amounts in a period: everything its position needs besides its own consumption
    /// (kept by the consumption ledger).
    struct Entry {
        uint96 expenses;
        uint96 carriedExpenses;
        uint64 carriedConsumption;
    }

    /// @dev `known` keeps the slot non-zero once the account has facts, so counting a debt never pays for a new slot.
    struct Account {
        uint64 scanFrom;
        uint32 unsettledDebts;
        bool known;
    }

    uint256 private immutable _genesis;
    uint256 private immutable _periodLength;
    uint256 private immutable _graceWindow;
    uint256 private immutable _reviewWindow;
    uint256 private immutable _recordingWindow;
    uint256 private immutable _platformFeeBps;
    IERC20 private immutable _token;
    IParticipantRegistry private immutable _participants;
    bytes32 private immutable _operatorRole;
    address private immutable _expenseLedger;
    IConsumptionLedger private immutable _consumptionLedger;
    address private immutable _platform;

    uint256 private _nextToClose;
    mapping(uint256 period => PeriodState) private _periods;
    mapping(uint256 period => PeriodBook) private _books;
    mapping(uint256 period => uint256) private _lateCredit;
    mapping(address account => mapping(uint256 period => Entry)) private _entries;
    mapping(address account => mapping(uint256 period => uint256)) private _waiting;
    mapping(address account => mapping(uint256 period => Position)) private _positions;
    mapping(address account => mapping(uint256 period => uint256)) private _lateStart;
    mapping(address account => Account) private _accounts;
    mapping(address account => mapping(uint256 word => uint256 bits)) private _listed;

    /*//////////////////////////////////////////////////////////////
                               CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param participants Who holds the operator role (operators' expenses wait for their consumption).
    /// @param token The settlement token.
    /// @param expenseLedger The only caller of `creditExpense`.
    /// @param consumptionLedger The only caller of `countConsumption` and `withholdConsumption`.
    /// @param platformAccount Receives the platform fee as its expense in every period.
    constructor(
        IParticipantRegistry participants,
        IERC20 token,
        address expenseLedger,
        IConsumptionLedger consumptionLedger,
        address platformAccount,
        Parameters memory parameters
    ) {
        if (
            address(participants) == address(0) || address(token) == address(0) || expenseLedger == address(0)
                || address(consumptionLedger) == address(0) || platformAccount == address(0)
        ) revert CompensationZeroAddress();
        _checkRange("periodLength", parameters.periodLength, MIN_PERIOD_LENGTH, MAX_PERIOD_LENGTH);
        _checkRange("graceWindow", parameters.graceWindow, 0, MAX_WINDOW);
        _checkRange("reviewWindow", parameters.reviewWindow, MIN_WINDOW, MAX_WINDOW);
        _checkRange("recordingWindow", parameters.recordingWindow, MIN_WINDOW, MAX_WINDOW);
        _checkRange("platformFeeBps", parameters.platformFeeBps, 0, MAX_PLATFORM_FEE_BPS);
        _checkRange("genesis", parameters.genesis, 1, block.timestamp + MAX_GENESIS_DELAY);
        _genesis = parameters.genesis;
        _periodLength = parameters.periodLength;
        _graceWindow = parameters.graceWindow;
        _reviewWindow = parameters.reviewWindow;
        _recordingWindow = parameters.recordingWindow;
        _platformFeeBps = parameters.platformFeeBps;
        _token = token;
        _participants = participants;
        _operatorRole = participants.OPERATOR_ROLE();
        _expenseLedger = expenseLedger;
        _consumptionLedger = consumptionLedger;
        _platform = platformAccount;
    }

    /*//////////////////////////////////////////////////////////////
                                  CLOCK
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IPeriodClock
    function genesis() external view returns (uint256) {
        return _genesis;
    }

    /// @inheritdoc IPeriodClock
    function periodLength() external view returns (uint256) {
        return _periodLength;
    }

    /// @inheritdoc IPeriodClock
    function graceWindow() external view returns (uint256) {
        return _graceWindow;
    }

    /// @inheritdoc IPeriodClock
    function reviewWindow() external view returns (uint256) {
        return _reviewWindow;
    }

    /// @inheritdoc IPeriodClock
    function currentPeriod() public view returns (uint256) {
        if (block.timestamp < _genesis) revert CompensationBeforeGenesis(_genesis);
        return (block.timestamp - _genesis) / _periodLength;
    }

    /// @inheritdoc IPeriodClock
    function phaseOf(uint256 period) public view returns (PeriodPhase) {
        if (period > MAX_PERIOD) return PeriodPhase.Upcoming;
        uint256 start = _genesis + period * _periodLength;
        if (block.timestamp < start) return PeriodPhase.Upcoming;
        uint256 end = start + _periodLength;
        if (block.timestamp < end) return PeriodPhase.Running;
        if (block.timestamp < end + _graceWindow) return PeriodPhase.Grace;
        if (block.timestamp < end + _graceWindow + _reviewWindow) return PeriodPhase.Review;
        return _periods[period].closedAt == 0 ? PeriodPhase.Closable : PeriodPhase.Closed;
    }

    /*//////////////////////////////////////////////////////////////
                              FACT LEDGERS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ICompensationLedger
    function creditExpense(address account, uint256 period, uint256 amount) external {
        if (msg.sender != _expenseLedger) revert CompensationUnauthorizedCaller(msg.sender);
        if (amount == 0 || amount > MAX_EXPENSE) revert CompensationAmountOutOfRange(amount, MAX_EXPENSE);
        _requireNotClosed(period);
        bool counted = !_participants.hasRole(_operatorRole, account) || _ownConsumptionCounted(account, period);
        if (counted) {
            _entries[account][period].expenses += uint96(amount);
            _periods[period].expenses += uint96(amount);
        } else {
            _waiting[account][period] += amount;
        }
        _list(account, period);
        emit ExpenseCredited(account, period, amount, counted);
    }

    /// @inheritdoc ICompensationTable
    function countConsumption(address operator, uint256 period, uint256 consumption) external {
        if (msg.sender != address(_consumptionLedger)) revert CompensationUnauthorizedCaller(msg.sender);
        uint256 waiting = _waiting[operator][period];
        if (waiting != 0) delete _waiting[operator][period];
        if (period < _nextToClose) {
            uint256 into = currentPeriod();
            Entry storage entry = _entries[operator][into];
            entry.carriedExpenses += uint96(waiting);
            entry.carriedConsumption += uint64(consumption);
            _addToTotals(into, waiting, consumption);
            _list(operator, into);
            emit ConsumptionCarried(operator, period, into, consumption, waiting);
        } else {
            _requireNotClosed(period);
            if (waiting != 0) _entries[operator][period].expenses += uint96(waiting);
            _addToTotals(period, waiting, consumption);
            _list(operator, period);
            emit ConsumptionCounted(operator, period, consumption, waiting);
        }
    }

    /// @inheritdoc ICompensationTable
    function withholdConsumption(address operator, uint256 period, uint256 consumption) external {
        if (msg.sender != address(_consumptionLedger)) revert CompensationUnauthorizedCaller(msg.sender);
        _requireNotClosed(period);
        Entry storage entry = _entries[operator][period];
        uint256 expenses = entry.expenses;
        if (expenses != 0) {
            entry.expenses = 0;
            _waiting[operator][period] += expenses;
        }
        PeriodState storage state = _periods[period];
        state.expenses -= uint96(expenses);
        state.consumption -= uint96(consumption);
        emit ConsumptionWithheld(operator, period, consumption, expenses);
    }

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ICompensationTable
    function close(uint256 period) external {
        PeriodPhase phase = phaseOf(period);
        if (phase != PeriodPhase.Closable) revert CompensationPeriodNotClosable(period, phase);
        if (period != _nextToClose) revert CompensationCloseOutOfOrder(period, _nextToClose);
        PeriodState storage state = _periods[period];
        state.closedAt = uint64(block.timestamp);
        _books[period].recordingEndsAt = uint64(block.timestamp + _recordingWindow);
        _nextToClose = period + 1;
        uint256 expenses = state.expenses;
        bool voided = state.consumption == 0;
        uint256 fee = voided ? 0 : _feeOn(expenses);
        if (fee != 0) _list(_platform, period);
        emit PeriodClosed(period, expenses, fee, state.consumption, voided);
    }

    /// @inheritdoc ICompensationTable
    function recordPositions(uint256 period, address[] calldata accounts) external {
        if (accounts.length > MAX_BATCH) revert CompensationTooManyAccounts(accounts.length, MAX_BATCH);
        _requireClosed(period);
        for (uint256 i; i < accounts.length; ++i) {
            _recordPosition(accounts[i], period);
        }
    }

    /// @inheritdoc ICompensationLedger
    function recordPositionsOf(address account) external {
        _recordPositionsOf(account);
    }

    /// @inheritdoc ICompensationTable
    function settle(uint256 period, uint256 amount) external nonReentrant {
        _requireClosed(period);
        _recordPosition(msg.sender, period);
        _recordPositionsOf(msg.sender);
        Position storage position = _positions[msg.sender][period];
        if (position.kind != PositionKind.Debt) revert CompensationNoDebt(msg.sender, period);
        uint256 remaining = position.amount - position.paid;
        if (amount == 0) revert CompensationAmountOutOfRange(amount, remaining);
        if (amount > remaining) revert CompensationSettlementExceedsDebt(period, amount, remaining);
        position.paid += uint96(amount);
        _books[period].settled += uint96(amount);
        if (amount == remaining) --_accounts[msg.sender].unsettledDebts;
        emit DebtSettled(msg.sender, period, amount, remaining - amount);
        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc ICompensationTable
    function claim(uint256 period) external nonReentrant returns (uint256 amount) {
        _requireClosed(period);
        uint256 endsAt = _recordingEnd(period);
        if (block.timestamp < endsAt) revert CompensationRecordingOpen(period, endsAt);
        _recordPosition(msg.sender, period);
        if (!_recordPositionsOf(msg.sender)) revert CompensationPositionsPending(msg.sender);
        if (_accounts[msg.sender].unsettledDebts != 0) revert CompensationUnsettledDebt(msg.sender);
        Position storage position = _positions[msg.sender][period];
        if (position.kind != PositionKind.Credit && position.kind != PositionKind.LateCredit) {
            revert CompensationNoCredit(msg.sender, period);
        }
        amount = _entitlement(position, msg.sender, period) - position.paid;
        if (amount == 0) revert CompensationNothingToClaim(msg.sender, period);
        position.paid += uint96(amount);
        emit CreditClaimed(msg.sender, period, amount);
        _token.safeTransfer(msg.sender, amount);
    }

    /*//////////////////////////////////////////////////////////////
                                  VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ICompensationLedger
    function hasUnsettledDebt(address account) external view returns (bool) {
        return _accounts[account].unsettledDebts != 0;
    }

    /// @inheritdoc ICompensationTable
    function unsettledDebtCount(address account) external view returns (uint256) {
        return _accounts[account].unsettledDebts;
    }

    /// @inheritdoc ICompensationTable
    function settlementToken() external view returns (IERC20) {
        return _token;
    }

    /// @inheritdoc ICompensationTable
    function platform() external view returns (address) {
        return _platform;
    }

    /// @inheritdoc ICompensationTable
    function platformFeeBps() external view returns (uint256) {
        return _platformFeeBps;
    }

    /// @inheritdoc ICompensationTable
    function recordingWindow() external view returns (uint256) {
        return _recordingWindow;
    }

    /// @inheritdoc ICompensationTable
    function nextPeriodToClose() external view returns (uint256) {
        return _nextToClose;
    }

    /// @inheritdoc ICompensationTable
    function periodTotals(uint256 period) external view returns (PeriodTotals memory totals) {
        PeriodState memory state = _periods[period];
        PeriodBook memory book = _books[period];
        totals = PeriodTotals({
            expenses: state.expenses,
            consumption: state.consumption,
            platformFee: state.consumption == 0 ? 0 : _feeOn(state.expenses),
            closedAt: state.closedAt,
            recordingEndsAt: book.recordingEndsAt,
            totalCredit: book.totalCredit,
            lateCredit: _lateCredit[period],
            settled: book.settled
        });
    }

    /// @inheritdoc ICompensationTable
    function entryOf(address account, uint256 period)
        external
        view
        returns (uint256 counted, uint256 waiting, uint256 carriedExpenses, uint256 carriedConsumption)
    {
        Entry memory entry = _entries[account][period];
        return (entry.expenses, _waiting[account][period], entry.carriedExpenses, entry.carriedConsumption);
    }

    /// @inheritdoc ICompensationTable
    function netPositionOf(address account, uint256 period) external view returns (int256) {
        _requireClosed(period);
        return _netPosition(account, period);
    }

    /// @inheritdoc ICompensationTable
    function positionOf(address account, uint256 period) external view returns (Position memory) {
        return _positions[account][period];
    }

    /// @inheritdoc ICompensationTable
    function claimableOf(address account, uint256 period) external view returns (uint256) {
        Position storage position = _positions[account][period];
        if (position.kind != PositionKind.Credit && position.kind != PositionKind.LateCredit) return 0;
        if (block.timestamp < _recordingEnd(period)) return 0;
        return _entitlement(position, account, period) - position.paid;
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    /// @dev Records every listed, unrecorded position of `account` in a closed period, from its cursor on; false
    /// when the per-call bounds stopped it before the last closed period (the cursor keeps the progress).
    function _recordPositionsOf(address account) private returns (bool complete) {
        uint256 from = _accounts[account].scanFrom;
        uint256 end = _nextToClose;
        uint256 visited;
        for (uint256 words; from < end && words < MAX_SCAN_WORDS; ++words) {
            uint256 word = from >> 8;
            uint256 wordEnd = (word + 1) << 8;
            uint256 bits = (_listed[account][word] >> (from & 255)) << (from & 255);
            if (end < wordEnd) bits &= (uint256(1) << (end & 255)) - 1;
            while (bits != 0) {
                uint256 period = (word << 8) | Math.log2(bits & (~bits + 1));
                if (visited == MAX_RECORDS_PER_CALL) {
                    _accounts[account].scanFrom = uint64(period);
                    return false;
                }
                _recordPosition(account, period);
                ++visited;
                bits &= bits - 1;
            }
            from = Math.min(wordEnd, end);
        }
        if (from != _accounts[account].scanFrom) _accounts[account].scanFrom = uint64(from);
        return from >= end;
    }

    /// @dev Records `account`'s position in closed `period` unless already recorded or zero.
    function _recordPosition(address account, uint256 period) private {
        Position storage position = _positions[account][period];
        if (position.kind != PositionKind.None) return;
        int256 net = _netPosition(account, period);
        if (net == 0) return;
        PositionKind kind;
        if (net < 0) {
            uint256 debt = uint256(-net);
            kind = PositionKind.Debt;
            position.amount = uint96(debt);
            ++_accounts[account].unsettledDebts;
        } else if (block.timestamp < _recordingEnd(period)) {
            kind = PositionKind.Credit;
            position.amount = uint96(uint256(net));
            _books[period].totalCredit += uint96(uint256(net));
        } else {
            kind = PositionKind.LateCredit;
            position.amount = uint96(uint256(net));
            uint256 lateBefore = _lateCredit[period];
            _lateStart[account][period] = lateBefore;
            _lateCredit[period] = lateBefore + uint256(net);
        }
        position.kind = kind;
        emit PositionRecorded(account, period, net, kind);
    }

    /// @dev `E_i − ⌈(ΣE + fee)·C_i/ΣC⌉`: consumption shares round up, so the nets of a period sum to zero or just
    /// below it and rounding never favours a creditor. Zero in a void period (ΣC = 0).
    function _netPosition(address account, uint256 period) private view returns (int256) {
        PeriodState memory state = _periods[period];
        if (state.consumption == 0) return 0;
        Entry memory entry = _entries[account][period];
        uint256 fee = _feeOn(state.expenses);
        uint256 expenses = uint256(entry.expenses) + entry.carriedExpenses + (account == _platform ? fee : 0);
        (bool counted, uint256 own) = _consumptionLedger.countedConsumption(account, period);
        uint256 consumption = (counted ? own : 0) + entry.carriedConsumption;
        uint256 share = Math.mulDiv(uint256(state.expenses) + fee, consumption, state.consumption, Math.Rounding.Ceil);
        return int256(expenses) - int256(share);
    }

    /// @dev What `position` may have taken in total by now. On time: `credit · min(settled, totalCredit) /
    /// totalCredit`. Late: what was paid in beyond the frozen total credit and the late credits recorded before
    /// it, capped at itself — so neither kind ever takes what another creditor is owed.
    function _entitlement(Position storage position, address account, uint256 period) private view returns (uint256) {
        PeriodBook memory book = _books[period];
        if (position.kind == PositionKind.Credit) {
            return uint256(position.amount) * Math.min(book.settled, book.totalCredit) / book.totalCredit;
        }
        uint256 before = uint256(book.totalCredit) + _lateStart[account][period];
        if (book.settled <= before) return 0;
        return Math.min(book.settled - before, position.amount);
    }

    function _ownConsumptionCounted(address operator, uint256 period) private view returns (bool counted) {
        (counted,) = _consumptionLedger.countedConsumption(operator, period);
    }

    function _addToTotals(uint256 period, uint256 expenses, uint256 consumption) private {
        PeriodState storage state = _periods[period];
        state.expenses += uint96(expenses);
        state.consumption += uint96(consumption);
    }

    /// @dev Marks `period` in `account`'s bitmap; `period` is never closed here, so it lies at or above the cursor.
    function _list(address account, uint256 period) private {
        uint256 word = period >> 8;
        uint256 bit = uint256(1) << (period & 255);
        uint256 bits = _listed[account][word];
        if (bits & bit != 0) return;
        if (bits == 0 && !_accounts[account].known) _accounts[account].known = true;
        _listed[account][word] = bits | bit;
    }

    function _feeOn(uint256 expenses) private view returns (uint256) {
        return expenses * _platformFeeBps / BPS;
    }

    function _recordingEnd(uint256 period) private view returns (uint256) {
        return _books[period].recordingEndsAt;
    }

    function _requireNotClosed(uint256 period) private view {
        PeriodPhase phase = phaseOf(period);
        if (phase == PeriodPhase.Upcoming || phase == PeriodPhase.Closed) {
            revert CompensationPeriodNotOpen(period, phase);
        }
    }

    function _requireClosed(uint256 period) private view {
        if (period >= _nextToClose) revert CompensationPeriodNotClosed(period);
    }

    function _checkRange(string memory name, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert CompensationParameterOutOfRange(name, value, min, max);
    }
}
