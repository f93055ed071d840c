// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title TaskMath
/// @notice Pure math of the Distribute task pipeline after Active: task ids, a task's ether, reserve and
/// claim lock, validation slots (minimum stakes and rewards) and the outcome of a PLCR poll.
/// @dev Charges round up, payouts round down; every remainder stays with the pool.
library TaskMath {
    uint256 internal constant BPS = 10_000;
    /// The validation reserve of a task: 5% of the task's ether.
    uint256 internal constant VALIDATION_RESERVE_BPS = 500;
    /// Validation slots per side.
    uint256 internal constant SLOTS_PER_SIDE = 5;
    /// A slot's minimum stake is worth at least this many times the slot's share of the task's reserve.
    uint256 internal constant MIN_STAKE_MULTIPLE = 2;
    /// One whole token or whole unit of reputation (votes escrow whole units).
    uint256 internal constant UNIT = 1e18;

    /*//////////////////////////////////////////////////////////////
                                TASK IDS
    //////////////////////////////////////////////////////////////*/

    /// @notice The id of task `taskIndex` of project `projectId`; a disputed task's poll has the same id.
    function taskId(uint256 projectId, uint256 taskIndex) internal pure returns (uint256) {
        return projectId << 8 | taskIndex;
    }

    /// @notice The project and task index of a task (or poll) id.
    function split(uint256 id) internal pure returns (uint256 projectId, uint256 taskIndex) {
        return (id >> 8, id & 0xff);
    }

    /*//////////////////////////////////////////////////////////////
                               TASK VALUES
    //////////////////////////////////////////////////////////////*/

    /// @notice What a completed task pays its claimer: `weighting × C`, rounded down.
    function taskEther(uint256 cost, uint256 weighting) internal pure returns (uint256) {
        return cost * weighting / BPS;
    }

    /// @notice A task's validation reserve: 5% of its ether, rounded down.
    function reserve(uint256 etherOfTask) internal pure returns (uint256) {
        return etherOfTask * VALIDATION_RESERVE_BPS / BPS;
    }

    /// @notice The reputation a claimer locks: `projectRepStake × weighting`, rounded up, at least 1 unit.
    /// @dev Callers keep the stake below 2^128 and the weighting at most 10,000 bps.
    function claimLock(uint256 projectReputationStake, uint256 weighting) internal pure returns (uint256) {
        uint256 lock = (projectReputationStake * weighting + BPS - 1) / BPS;
        return lock == 0 ? 1 : lock;
    }

    /*//////////////////////////////////////////////////////////////
                            VALIDATION SLOTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Slot `slot`'s share of a task's reserve, in bps: 36, 26, 20, 16, 2 %.
    function slotShare(uint256 slot) internal pure returns (uint256) {
        return cumulativeShare(slot + 1) - cumulativeShare(slot);
    }

    /// @notice The shares of the first `filled` slots together, in bps.
    function cumulativeShare(uint256 filled) internal pure returns (uint256) {
        if (filled == 0) return 0;
        if (filled == 1) return 3600;
        if (filled == 2) return 6200;
        if (filled == 3) return 8200;
        if (filled == 4) return 9800;
        return BPS;
    }

    /// @notice The smallest token stake for slot `slot`: worth `2 × share × reserve` at the sell price
    /// `pool / supply`, rounded up, at least one unit.
    function minValidationStake(uint256 slot, uint256 taskReserve, uint256 pool, uint256 supply)
        internal
        pure
        returns (uint256)
    {
        if (pool == 0) pool = 1;
        uint256 minimum =
            Math.mulDiv(MIN_STAKE_MULTIPLE * slotShare(slot) * taskReserve, supply, BPS * pool, Math.Rounding.Ceil);
        return minimum == 0 ? 1 : minimum;
    }

    /// @notice The ether reward of the correct validator in slot `slot` when `correctCount` slots of its side
    /// are filled: `R · share_slot / Σ shares` up to rounding, computed as a difference of cumulative
    /// floors so that the rewards of one side sum to exactly `taskReserve`.
    function validatorReward(uint256 taskReserve, uint256 slot, uint256 correctCount) internal pure returns (uint256) {
        uint256 total = cumulativeShare(correctCount);
        return taskReserve * cumulativeShare(slot + 1) / total - taskReserve * cumulativeShare(slot) / total;
    }

    /*//////////////////////////////////////////////////////////////
                                 VOTING
    //////////////////////////////////////////////////////////////*/

    /// @notice The weight of `tokens` and `reputation` of a vote, `tokens/T + reputation/R`, scaled by `T·R`.
    /// @dev Callers keep the amounts below 2^64 and the totals below 2^112: the result stays below 2^178.
    function voteWeight(uint256 tokens, uint256 reputation, uint256 totalTokens, uint256 totalReputation)
        internal
        pure
        returns (uint256)
    {
        unchecked {
            return tokens * totalReputation + reputation * totalTokens;
        }
    }

    /// @notice Whether a turnout weight (see `voteWeight`) reaches the quorum `quorumBps / 10,000`.
    /// @dev Callers keep the weight below 2^178, the totals below 2^112 and `quorumBps` at most 20,000.
    function quorumMet(uint256 turnoutWeight, uint256 totalTokens, uint256 totalReputation, uint256 quorumBps)
        internal
        pure
        returns (bool)
    {
        unchecked {
            return turnoutWeight * BPS >= quorumBps * totalTokens * totalReputation;
        }
    }
}
