// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IDisputeSubject} from "./IDisputeSubject.sol";

/// @title IConsumptionLedger
/// @notice Each operator's consumption (GB) per period, recorded once by a feeder (the municipal aggregator)
/// while the period accepts facts. It counts in the compensation table at once, as provisionally validated:
/// consumption nobody disputed counts as validated when the review window ends. The operator validates it (a
/// mark) or disputes it at the dispute court until its review window ends, which takes it and the operator's
/// expenses out of the period's totals until the ruling.
/// @dev A record's dispute subject id is `subjectIdOf(operator, period)`. Rulings: the feeder wins or a tie →
/// Validated (counted again; after close in the period running then); the operator wins → Voided, and the
/// feeder records it again (after close it counts in the period running then, and is final).
interface IConsumptionLedger is IDisputeSubject {
    /// @notice Where a consumption record is in its life.
    enum RecordState {
        /// Nothing recorded.
        None,
        /// Recorded by the feeder and counted; the operator may validate or dispute it.
        Recorded,
        /// Validated by the operator or by a ruling.
        Validated,
        /// In dispute at the court: not counted.
        Disputed,
        /// The operator won its dispute: not counted until the feeder records it again.
        Voided
    }

    /// @notice A consumption record.
    struct ConsumptionRecord {
        /// Who recorded it (the respondent of a dispute about it).
        address feeder;
        /// Consumption in GB.
        uint64 consumption;
        RecordState state;
        /// True when it counts in a later period than its own (ruled or recorded again after close).
        bool carried;
    }

    /// @notice A contract address given at deployment is the zero address.
    error ConsumptionZeroAddress();

    /// @notice Only an account with the feeder role records consumption.
    error ConsumptionNotFeeder(address caller);

    /// @notice Consumption is recorded only for an account with the operator role.
    error ConsumptionNotOperator(address account);

    /// @notice Only the dispute court fixed at deployment calls this.
    error ConsumptionUnauthorizedCaller(address caller);

    /// @notice Consumption must be at most `max` GB.
    error ConsumptionOutOfRange(uint256 consumption, uint256 max);

    /// @notice `operator`'s record of `period` is in `state`, which does not allow this.
    error ConsumptionWrongState(address operator, uint256 period, RecordState state);

    /// @notice A first record of `period` is accepted only while it runs or in its grace window (now `phase`).
    error ConsumptionOutsideFactWindow(uint256 period, uint8 phase);

    /// @notice The review window of `period` is over (now `phase`): no validation or dispute.
    error ConsumptionReviewOver(uint256 period, uint8 phase);

    /// @notice Only the record's operator validates or disputes it.
    error ConsumptionNotRecordOperator(address caller, address operator);

    /// @notice `period` is too large to be part of a dispute subject id (it could never have a record).
    error ConsumptionPeriodOutOfRange(uint256 period);

    /// @notice `feeder` recorded `operator`'s consumption of `period`; `carried` when it counts in a later
    /// period (recorded again after close).
    event ConsumptionRecorded(
        address indexed operator, uint256 indexed period, address indexed feeder, uint256 consumption, bool carried
    );

    /// @notice `operator` validated its consumption record of `period`.
    event ConsumptionValidated(address indexed operator, uint256 indexed period);

    /// @notice `operator` disputed its consumption record of `period` (dispute subject `subjectId`).
    event ConsumptionDisputed(address indexed operator, uint256 indexed period, uint256 subjectId);

    /// @notice The court ruled on `operator`'s record of `period`; `state` is its new state and `carried` whether it
    /// now counts in a later period.
    event ConsumptionRuled(
        address indexed operator, uint256 indexed period, Ruling ruling, RecordState state, bool carried
    );

    /// @notice The feeder records `operator`'s consumption of `period` in GB: once while the period runs or in
    /// its grace window, or again at any time after a ruling voided it. Counts in the table at once.
    function recordConsumption(address operator, uint256 period, uint256 consumption) external;

    /// @notice The operator marks its consumption record of `period` as validated (until its review window ends).
    function validateConsumption(uint256 period) external;

    /// @notice The record.
    function recordOf(address operator, uint256 period) external view returns (ConsumptionRecord memory);

    /// @notice What the table counts in `period` itself for `operator`: whether its own record counts there and
    /// how much (a carried record counts in a later period, a disputed or voided one nowhere yet).
    function countedConsumption(address operator, uint256 period) external view returns (bool counted, uint256 gb);

    /// @notice The dispute subject id of `operator`'s record of `period`.
    function subjectIdOf(address operator, uint256 period) external pure returns (uint256);

    /// @notice The record a subject id names (every id decodes; one naming no record has state None).
    function recordOfSubject(uint256 subjectId) external pure returns (address operator, uint256 period);

    /// @notice The largest consumption a record takes, in GB.
    function MAX_CONSUMPTION() external view returns (uint256);
}
