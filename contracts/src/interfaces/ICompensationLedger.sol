// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IPeriodClock} from "./IPeriodClock.sol";

/// @title ICompensationLedger
/// @notice What the fact ledgers (expenses, consumption, billing) need from the compensation table: its clock,
/// a way to add a validated expense to a period's totals, and who is blocked by an unsettled debt.
/// @dev Implemented by the compensation table; `creditExpense` is callable only by the expense ledger fixed at
/// deployment.
interface ICompensationLedger is IPeriodClock {
    /// @notice Adds a validated expense of `account` (a declarer's expense or a reviewer's fee) to `period`,
    /// which must not be closed. It joins the period's totals now if `account` is included in the period
    /// (validated consumption, or a role without consumption) and when it becomes included otherwise.
    function creditExpense(address account, uint256 period, uint256 amount) external;

    /// @notice Whether `account` has a recorded debt of a closed period that it has not settled in full
    /// (such an account may not declare expenses, claim credits, open auctions or receive billing payments).
    function hasUnsettledDebt(address account) external view returns (bool);

    /// @notice Records `account`'s position in every closed period where it has an unrecorded one, so that a
    /// debt cannot be dodged by never recording it. Called by the expense ledger on declare (and by the
    /// table itself on settle and claim); O(1) in the number of participants.
    function recordPositionsOf(address account) external;
}
