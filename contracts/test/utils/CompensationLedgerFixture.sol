// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICompensationLedger} from "../../src/interfaces/ICompensationLedger.sol";

/// @notice Test-only stand-in for the compensation table (ops-table builds the real one): the clock from a
/// genesis and three lengths, `close` once Closable, credits kept per period and account, debts set by tests.
/// Its `creditExpense` writes one new slot per account and period and one total, as a table must.
contract CompensationLedgerFixture is ICompensationLedger {
    error FixtureNotExpenseLedger(address caller);
    error FixturePeriodClosed(uint256 period);
    error FixtureNotClosable(uint256 period);

    uint256 public immutable genesis;
    uint256 public immutable periodLength;
    uint256 public immutable graceWindow;
    uint256 public immutable reviewWindow;

    address public expenseLedger;
    mapping(uint256 period => bool) public closed;
    mapping(uint256 period => mapping(address account => uint256)) public expenseOf;
    mapping(uint256 period => uint256) public totalExpenses;
    mapping(address account => bool) public hasUnsettledDebt;

    event FixturePositionsRecorded(address indexed account);

    constructor(uint256 genesis_, uint256 periodLength_, uint256 graceWindow_, uint256 reviewWindow_) {
        genesis = genesis_;
        periodLength = periodLength_;
        graceWindow = graceWindow_;
        reviewWindow = reviewWindow_;
    }

    function setExpenseLedger(address ledger) external {
        expenseLedger = ledger;
    }

    function setUnsettledDebt(address account, bool indebted) external {
        hasUnsettledDebt[account] = indebted;
    }

    function close(uint256 period) external {
        if (phaseOf(period) != PeriodPhase.Closable) revert FixtureNotClosable(period);
        closed[period] = true;
    }

    function currentPeriod() public view returns (uint256) {
        return (block.timestamp - genesis) / periodLength;
    }

    function phaseOf(uint256 period) public view returns (PeriodPhase) {
        if (closed[period]) return PeriodPhase.Closed;
        uint256 start = genesis + period * periodLength;
        if (block.timestamp < start) return PeriodPhase.Upcoming;
        uint256 end = start + periodLength;
        if (block.timestamp < end) return PeriodPhase.Running;
        if (block.timestamp < end + graceWindow) return PeriodPhase.Grace;
        if (block.timestamp < end + graceWindow + reviewWindow) return PeriodPhase.Review;
        return PeriodPhase.Closable;
    }

    function creditExpense(address account, uint256 period, uint256 amount) external {
        if (msg.sender != expenseLedger) revert FixtureNotExpenseLedger(msg.sender);
        if (closed[period]) revert FixturePeriodClosed(period);
        expenseOf[period][account] += amount;
        totalExpenses[period] += amount;
    }

    function recordPositionsOf(address account) external {
        // The real table reads the account's last recorded period and returns when nothing is due.
        emit FixturePositionsRecorded(account);
    }
}
