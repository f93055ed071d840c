// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ICompensationTable} from "../interfaces/ICompensationTable.sol";
import {IConsumptionLedger} from "../interfaces/IConsumptionLedger.sol";
import {IDisputeSubject} from "../interfaces/IDisputeSubject.sol";
import {IParticipantRegistry} from "../interfaces/IParticipantRegistry.sol";
import {IPeriodClock} from "../interfaces/IPeriodClock.sol";

/// @title ConsumptionLedger
/// @notice Operators' consumption per period, recorded by the feeder and counted in the compensation table.
/// See {IConsumptionLedger}.
contract ConsumptionLedger is IConsumptionLedger {
    /*//////////////////////////////////////////////////////////////
                                CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IConsumptionLedger
    uint256 public constant MAX_CONSUMPTION = 1e12;

    /// @dev Subject ids put the operator above the period: `operator << PERIOD_BITS | period`.
    uint256 private constant PERIOD_BITS = 96;

    /*//////////////////////////////////////////////////////////////
                                 STORAGE
    //////////////////////////////////////////////////////////////*/

    IParticipantRegistry private immutable _participants;
    ICompensationTable private immutable _table;
    address private immutable _court;
    bytes32 private immutable _feederRole;
    bytes32 private immutable _operatorRole;

    mapping(address operator => mapping(uint256 period => ConsumptionRecord)) private _records;

    /*//////////////////////////////////////////////////////////////
                               CONSTRUCTOR
    //////////////////////////////////////////////////////////////*/

    /// @param participants Who holds the feeder and operator roles.
    /// @param table The compensation table (the clock) where consumption counts.
    /// @param court The dispute court, the only caller of the `IDisputeSubject` functions.
    constructor(IParticipantRegistry participants, ICompensationTable table, address court) {
        if (address(participants) == address(0) || address(table) == address(0) || court == address(0)) {
            revert ConsumptionZeroAddress();
        }
        _participants = participants;
        _table = table;
        _court = court;
        _feederRole = participants.FEEDER_ROLE();
        _operatorRole = participants.OPERATOR_ROLE();
    }

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IConsumptionLedger
    function recordConsumption(address operator, uint256 period, uint256 consumption) external {
        if (!_participants.hasRole(_feederRole, msg.sender)) revert ConsumptionNotFeeder(msg.sender);
        if (!_participants.hasRole(_operatorRole, operator)) revert ConsumptionNotOperator(operator);
        if (consumption > MAX_CONSUMPTION) revert ConsumptionOutOfRange(consumption, MAX_CONSUMPTION);
        ConsumptionRecord storage record = _records[operator][period];
        RecordState state = record.state;
        IPeriodClock.PeriodPhase phase = _table.phaseOf(period);
        bool carried;
        if (state == RecordState.None) {
            if (phase != IPeriodClock.PeriodPhase.Running && phase != IPeriodClock.PeriodPhase.Grace) {
                revert ConsumptionOutsideFactWindow(period, uint8(phase));
            }
        } else if (state == RecordState.Voided) {
            carried = phase == IPeriodClock.PeriodPhase.Closed;
        } else {
            revert ConsumptionWrongState(operator, period, state);
        }
        _records[operator][period] = ConsumptionRecord({
            feeder: msg.sender, consumption: uint64(consumption), state: RecordState.Recorded, carried: carried
        });
        emit ConsumptionRecorded(operator, period, msg.sender, consumption, carried);
        _table.countConsumption(operator, period, consumption);
    }

    /// @inheritdoc IConsumptionLedger
    function validateConsumption(uint256 period) external {
        ConsumptionRecord storage record = _records[msg.sender][period];
        if (record.state != RecordState.Recorded) revert ConsumptionWrongState(msg.sender, period, record.state);
        _requireReviewOpen(period);
        record.state = RecordState.Validated;
        emit ConsumptionValidated(msg.sender, period);
    }

    /// @inheritdoc IDisputeSubject
    function onDisputeOpened(uint256 subjectId, address opener)
        external
        returns (address respondent, bool respondentExempt)
    {
        if (msg.sender != _court) revert ConsumptionUnauthorizedCaller(msg.sender);
        (address operator, uint256 period) = recordOfSubject(subjectId);
        if (opener != operator) revert ConsumptionNotRecordOperator(opener, operator);
        ConsumptionRecord storage record = _records[operator][period];
        if (record.state != RecordState.Recorded) revert ConsumptionWrongState(operator, period, record.state);
        _requireReviewOpen(period);
        record.state = RecordState.Disputed;
        emit ConsumptionDisputed(operator, period, subjectId);
        _table.withholdConsumption(operator, period, record.consumption);
        return (record.feeder, true);
    }

    /// @inheritdoc IDisputeSubject
    function onDisputeResolved(uint256 subjectId, Ruling ruling) external {
        if (msg.sender != _court) revert ConsumptionUnauthorizedCaller(msg.sender);
        (address operator, uint256 period) = recordOfSubject(subjectId);
        ConsumptionRecord storage record = _records[operator][period];
        if (record.state != RecordState.Disputed) revert ConsumptionWrongState(operator, period, record.state);
        if (ruling == Ruling.ForOpener) {
            record.state = RecordState.Voided;
            emit ConsumptionRuled(operator, period, ruling, RecordState.Voided, false);
            return;
        }
        // The feeder's record stands when it wins and on a tie: the operator brought no proof that it is wrong.
        bool carried = _table.phaseOf(period) == IPeriodClock.PeriodPhase.Closed;
        record.state = RecordState.Validated;
        record.carried = carried;
        emit ConsumptionRuled(operator, period, ruling, RecordState.Validated, carried);
        _table.countConsumption(operator, period, record.consumption);
    }

    /*//////////////////////////////////////////////////////////////
                                  VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IConsumptionLedger
    function recordOf(address operator, uint256 period) external view returns (ConsumptionRecord memory) {
        return _records[operator][period];
    }

    /// @inheritdoc IConsumptionLedger
    function countedConsumption(address operator, uint256 period) external view returns (bool counted, uint256 gb) {
        ConsumptionRecord storage record = _records[operator][period];
        RecordState state = record.state;
        counted = (state == RecordState.Recorded || state == RecordState.Validated) && !record.carried;
        if (counted) gb = record.consumption;
    }

    /// @inheritdoc IConsumptionLedger
    function subjectIdOf(address operator, uint256 period) public pure returns (uint256) {
        if (period >> PERIOD_BITS != 0) revert ConsumptionPeriodOutOfRange(period);
        return (uint256(uint160(operator)) << PERIOD_BITS) | period;
    }

    /// @inheritdoc IConsumptionLedger
    function recordOfSubject(uint256 subjectId) public pure returns (address operator, uint256 period) {
        operator = address(uint160(subjectId >> PERIOD_BITS));
        period = subjectId & ((uint256(1) << PERIOD_BITS) - 1);
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    /// @dev Validations and disputes run until the period's review window ends.
    function _requireReviewOpen(uint256 period) private view {
        IPeriodClock.PeriodPhase phase = _table.phaseOf(period);
        if (phase > IPeriodClock.PeriodPhase.Review) revert ConsumptionReviewOver(period, uint8(phase));
    }
}
