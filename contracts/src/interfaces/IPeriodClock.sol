// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IPeriodClock
/// @notice The operating side's clock: period `p` runs over `[genesis + p·length, genesis + (p+1)·length)`,
/// then a grace window accepts its late facts, then a review window lets its facts be reviewed, validated or
/// disputed; after that anyone may close it. Nobody opens or closes a period by hand before its time.
/// @dev Implemented by the compensation table, which owns `close`. The expense ledger, the consumption ledger
/// and billing read the phase of a period from it before accepting a fact.
interface IPeriodClock {
    /// @notice Where a period is in its life.
    enum PeriodPhase {
        /// Its start lies in the future.
        Upcoming,
        /// Between its start and its end: facts of the period are accepted.
        Running,
        /// After its end, within the grace window: late facts are still accepted.
        Grace,
        /// After the grace window, within the review window: no new facts; reviews, validations and disputes.
        Review,
        /// The review window is over and nobody has called `close` yet.
        Closable,
        /// Closed: totals are frozen, positions are recorded and settled.
        Closed
    }

    /// @notice Timestamp at which period 0 starts.
    function genesis() external view returns (uint256);

    /// @notice Length of every period in seconds.
    function periodLength() external view returns (uint256);

    /// @notice Length of the grace window after each period's end, in seconds.
    function graceWindow() external view returns (uint256);

    /// @notice Length of the review window after each grace window, in seconds.
    function reviewWindow() external view returns (uint256);

    /// @notice The period running now; reverts before genesis.
    function currentPeriod() external view returns (uint256);

    /// @notice The phase `period` is in now.
    function phaseOf(uint256 period) external view returns (PeriodPhase);
}
