// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ICompensationLedger} from "./ICompensationLedger.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title ICompensationTable
/// @notice The compensation table of the Scipio network: per period, each included participant's net position
/// `net_i = E_i − ΣE·C_i/ΣC` (its validated expenses minus its consumption share of all expenses, the platform
/// fee included), settled in the settlement token. Totals accumulate as facts are validated, so `close` is O(1);
/// after close anyone records positions (O(1) each); debtors `settle`, and after the recording window creditors
/// `claim` pro-rata to what debtors paid in, again as late debtors pay.
/// @dev Inclusion: an account without the operator role enters a period with its first validated expense
/// (`C = 0`); an operator's expenses wait until its consumption of that period is counted, and leave the totals
/// while that consumption is in dispute. Consumption counted after its period closed (a dispute ruled late)
/// joins the period running then, with the operator's expenses that waited for it. ΣC = 0 voids a period: every
/// position in it is zero. Periods close in order.
interface ICompensationTable is ICompensationLedger {
    /*//////////////////////////////////////////////////////////////
                                 TYPES
    //////////////////////////////////////////////////////////////*/

    /// @notice The clock and the fee, fixed at deployment.
    struct Parameters {
        /// Start of period 0 (unix seconds).
        uint256 genesis;
        /// Length of a period, 1 to 92 days.
        uint256 periodLength;
        /// Late facts of a period are accepted this long after its end (at most 31 days).
        uint256 graceWindow;
        /// Reviews, validations and disputes of a period's facts last this long after the grace window
        /// (1 hour to 31 days).
        uint256 reviewWindow;
        /// Positions of a closed period count towards the total credit for this long after close (1 hour to
        /// 31 days); creditors claim after it.
        uint256 recordingWindow;
        /// Platform fee in basis points of the period's other expenses (at most 1,000 = 10%).
        uint256 platformFeeBps;
    }

    /// @notice What a recorded position is.
    enum PositionKind {
        /// Not recorded (or zero: nothing to settle or claim).
        None,
        /// The account owes `amount` to the period.
        Debt,
        /// The account is owed `amount`, recorded within the recording window (part of the total credit).
        Credit,
        /// The account is owed `amount`, recorded after the recording window: paid only from what debtors pay
        /// in beyond the frozen total credit, after the late credits recorded before it.
        LateCredit
    }

    /// @notice A recorded position: its kind, its size and how much of it was settled or claimed.
    struct Position {
        uint96 amount;
        uint96 paid;
        PositionKind kind;
    }

    /// @notice A period's totals. Recorded debts and claimed credits are in the positions and their events.
    struct PeriodTotals {
        /// Σ of the included participants' expenses, without the platform fee.
        uint256 expenses;
        /// Σ of the included operators' consumption (GB).
        uint256 consumption;
        /// Platform fee: `expenses · platformFeeBps / 10,000` (zero in a void period).
        uint256 platformFee;
        /// When the period was closed (zero while open).
        uint256 closedAt;
        /// When its recording window ends (zero while open): the total credit freezes, claims open.
        uint256 recordingEndsAt;
        /// Σ of credits recorded within the recording window.
        uint256 totalCredit;
        /// Σ of credits recorded after the recording window.
        uint256 lateCredit;
        /// Σ paid in by debtors.
        uint256 settled;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice A contract address given at deployment is the zero address.
    error CompensationZeroAddress();

    /// @notice A deployment parameter is outside its bounds.
    error CompensationParameterOutOfRange(string name, uint256 value, uint256 min, uint256 max);

    /// @notice `currentPeriod` was asked before period 0 started.
    error CompensationBeforeGenesis(uint256 genesis);

    /// @notice Only the ledger fixed at deployment may call this (the expense or the consumption ledger).
    error CompensationUnauthorizedCaller(address caller);

    /// @notice `period` does not accept this now: it is in `phase`.
    error CompensationPeriodNotOpen(uint256 period, PeriodPhase phase);

    /// @notice `close(period)` was called while `period` is in `phase` (only a Closable period closes).
    error CompensationPeriodNotClosable(uint256 period, PeriodPhase phase);

    /// @notice Periods close in order: `next` must close before `period`.
    error CompensationCloseOutOfOrder(uint256 period, uint256 next);

    /// @notice `period` is not closed yet, so it has no positions.
    error CompensationPeriodNotClosed(uint256 period);

    /// @notice An amount was zero or above `max`.
    error CompensationAmountOutOfRange(uint256 amount, uint256 max);

    /// @notice A batch of positions named more than `max` accounts.
    error CompensationTooManyAccounts(uint256 count, uint256 max);

    /// @notice `account` has no recorded debt in `period`.
    error CompensationNoDebt(address account, uint256 period);

    /// @notice A settlement of `amount` exceeds the `remaining` debt.
    error CompensationSettlementExceedsDebt(uint256 period, uint256 amount, uint256 remaining);

    /// @notice `account` has no recorded credit in `period`.
    error CompensationNoCredit(address account, uint256 period);

    /// @notice Creditors claim only after the recording window of `period` ends at `endsAt`.
    error CompensationRecordingOpen(uint256 period, uint256 endsAt);

    /// @notice `account` has a recorded debt of a closed period it has not settled in full.
    error CompensationUnsettledDebt(address account);

    /// @notice `account` has more unrecorded positions than one call records: call `recordPositionsOf` again.
    error CompensationPositionsPending(address account);

    /// @notice Nothing more is claimable by `account` in `period` now (debtors have not paid in more).
    error CompensationNothingToClaim(address account, uint256 period);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice A validated expense of `account` in `period`: `counted` when it joined the totals now, otherwise
    /// it waits for the operator's consumption of `period`.
    event ExpenseCredited(address indexed account, uint256 indexed period, uint256 amount, bool counted);

    /// @notice `operator`'s consumption of `period` joined the totals, with `expenses` that waited for it.
    event ConsumptionCounted(address indexed operator, uint256 indexed period, uint256 consumption, uint256 expenses);

    /// @notice `operator`'s consumption of `period` (and its `expenses`) left the totals: it is in dispute.
    event ConsumptionWithheld(address indexed operator, uint256 indexed period, uint256 consumption, uint256 expenses);

    /// @notice `operator`'s consumption of closed `period`, ruled after close, joined `intoPeriod` with the
    /// `expenses` that waited for it.
    event ConsumptionCarried(
        address indexed operator, uint256 indexed period, uint256 intoPeriod, uint256 consumption, uint256 expenses
    );

    /// @notice `period` closed with these totals; `voided` when no consumption counted (every position zero).
    event PeriodClosed(uint256 indexed period, uint256 expenses, uint256 platformFee, uint256 consumption, bool voided);

    /// @notice `account`'s position in `period` was recorded: `net` > 0 is a credit, < 0 a debt.
    event PositionRecorded(address indexed account, uint256 indexed period, int256 net, PositionKind kind);

    /// @notice `debtor` paid `amount` of its debt in `period`; `remaining` is left.
    event DebtSettled(address indexed debtor, uint256 indexed period, uint256 amount, uint256 remaining);

    /// @notice `creditor` claimed `amount` of its credit in `period`.
    event CreditClaimed(address indexed creditor, uint256 indexed period, uint256 amount);

    /*//////////////////////////////////////////////////////////////
                             CONSUMPTION LEDGER
    //////////////////////////////////////////////////////////////*/

    /// @notice Only the consumption ledger: `operator`'s consumption of `period` (GB) counts now. If `period` is
    /// not closed it joins its totals with the operator's waiting expenses; otherwise both join the current
    /// period (a ruling after close).
    function countConsumption(address operator, uint256 period, uint256 consumption) external;

    /// @notice Only the consumption ledger: `operator`'s counted consumption of open `period` is disputed; it
    /// and the operator's expenses leave the totals until the ruling.
    function withholdConsumption(address operator, uint256 period, uint256 consumption) external;

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Closes `period` (anyone, once it is Closable, in order): freezes its totals, computes the
    /// platform fee and opens its recording window. O(1).
    function close(uint256 period) external;

    /// @notice Records the positions of up to `MAX_BATCH` accounts in closed `period` (anyone; O(1) each; an
    /// account without a position or already recorded is skipped).
    function recordPositions(uint256 period, address[] calldata accounts) external;

    /// @notice The caller pays `amount` of its recorded debt in `period` (after approving the table for it),
    /// having recorded its own positions first.
    function settle(uint256 period, uint256 amount) external;

    /// @notice The caller claims what its credit in `period` may take now:
    /// `credit · min(settled, totalCredit) / totalCredit` in total, or for a late credit what was paid in beyond
    /// the frozen total after earlier late credits, capped at itself. Records the caller's positions first;
    /// reverts while the caller has an unsettled debt or the recording window is open.
    function claim(uint256 period) external returns (uint256 amount);

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice The token every amount is paid in.
    function settlementToken() external view returns (IERC20);

    /// @notice The account that receives the platform fee.
    function platform() external view returns (address);

    /// @notice The platform fee in basis points.
    function platformFeeBps() external view returns (uint256);

    /// @notice Positions recorded after close count towards the total credit for this long.
    function recordingWindow() external view returns (uint256);

    /// @notice The next period to close (every earlier one is closed).
    function nextPeriodToClose() external view returns (uint256);

    /// @notice `period`'s totals.
    function periodTotals(uint256 period) external view returns (PeriodTotals memory);

    /// @notice `account`'s expenses in `period`: counted in the totals, waiting for its consumption, and
    /// carried in from an earlier period (with the consumption carried in, GB).
    function entryOf(address account, uint256 period)
        external
        view
        returns (uint256 counted, uint256 waiting, uint256 carriedExpenses, uint256 carriedConsumption);

    /// @notice `account`'s net position in closed `period` (positive: owed to it), whether recorded or not.
    function netPositionOf(address account, uint256 period) external view returns (int256);

    /// @notice `account`'s recorded position in `period`.
    function positionOf(address account, uint256 period) external view returns (Position memory);

    /// @notice How much `account` could claim in `period` now (zero if none; ignores the debt gate).
    function claimableOf(address account, uint256 period) external view returns (uint256);

    /// @notice How many recorded debts of closed periods `account` has not settled in full.
    function unsettledDebtCount(address account) external view returns (uint256);
}
