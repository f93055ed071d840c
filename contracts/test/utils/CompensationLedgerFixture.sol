// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICompensationLedger} from "../../src/interfaces/ICompensationLedger.sol";

/// @notice A test-only stand-in for the compensation table: a fixed clock and debts a test sets by hand. Used
/// by the billing suites until they run against the real `CompensationTable`.
contract CompensationLedgerFixture is ICompensationLedger {
    uint256 public immutable genesis;
    uint256 public immutable periodLength;
    uint256 public immutable graceWindow;
    uint256 public immutable reviewWindow;

    mapping(address account => bool) private _inDebt;

    constructor(uint256 genesis_, uint256 periodLength_, uint256 graceWindow_, uint256 reviewWindow_) {
        genesis = genesis_;
        periodLength = periodLength_;
        graceWindow = graceWindow_;
        reviewWindow = reviewWindow_;
    }

    function setUnsettledDebt(address account, bool inDebt) external {
        _inDebt[account] = inDebt;
    }

    function creditExpense(address, uint256, uint256) external pure {}

    function recordPositionsOf(address) external pure {}

    function hasUnsettledDebt(address account) external view returns (bool) {
        return _inDebt[account];
    }

    function currentPeriod() external view returns (uint256) {
        require(block.timestamp >= genesis, "before genesis");
        return (block.timestamp - genesis) / periodLength;
    }

    function phaseOf(uint256 period) external view returns (PeriodPhase) {
        uint256 start = genesis + period * periodLength;
        uint256 end = start + periodLength;
        if (block.timestamp < start) return PeriodPhase.Upcoming;
        if (block.timestamp < end) return PeriodPhase.Running;
        if (block.timestamp < end + graceWindow) return PeriodPhase.Grace;
        if (block.timestamp < end + graceWindow + reviewWindow) return PeriodPhase.Review;
        return PeriodPhase.Closable;
    }
}
