// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title DistributeMath
/// @notice Pure shares and requirements of the Distribute project pipeline. Charges round up, payouts down.
library DistributeMath {
    uint256 internal constant BPS = 10_000;
    /// Collateral: 5% of the required tokens or reputation.
    uint256 internal constant COLLATERAL_BPS = 500;
    /// Everything a project can draw from the pool: C + 1% proposer + 5% validation + 1% stakers.
    uint256 internal constant DRAW_BPS = 10_700;
    uint256 internal constant PROPOSER_REWARD_BPS = 100;
    uint256 internal constant STAKER_REWARD_BPS = 100;
    uint256 internal constant VALIDATION_RESERVE_BPS = 500;
    /// Reputation stakers of a Complete project get 10% of their stake minted.
    uint256 internal constant REPUTATION_REWARD_BPS = 1000;

    /// @notice `ceil(total · cost / pool)`: the share of `total` a project costing `cost` must get staked.
    function requiredStake(uint256 total, uint256 cost, uint256 pool) internal pure returns (uint256) {
        return Math.mulDiv(total, cost, pool, Math.Rounding.Ceil);
    }

    /// @notice The proposer's collateral for a requirement, rounded up.
    function collateral(uint256 required) internal pure returns (uint256) {
        return Math.mulDiv(required, COLLATERAL_BPS, BPS, Math.Rounding.Ceil);
    }

    /// @notice What a project draws from the pool when Staked: the proposer's reward (rounded down) and the
    /// escrow, which holds the rest of `ceil(1.07 · C)` so the rounding remainder returns to the pool later.
    function projectDraw(uint256 cost) internal pure returns (uint256 total, uint256 escrow, uint256 proposerReward) {
        total = Math.mulDiv(cost, DRAW_BPS, BPS, Math.Rounding.Ceil);
        proposerReward = cost * PROPOSER_REWARD_BPS / BPS;
        escrow = total - proposerReward;
    }

    /// @notice Whether a list backed by `tokens` of `totalTokens` and `reputation` of `totalReputation` has more
    /// than half the weight `½·tokens/totalTokens + ½·reputation/totalReputation`, by cross-multiplication.
    /// @dev Token and reputation totals stay below 2^127, so the products stay below 2^255.
    function exceedsHalf(uint256 tokens, uint256 reputation, uint256 totalTokens, uint256 totalReputation)
        internal
        pure
        returns (bool)
    {
        return tokens * totalReputation + reputation * totalTokens > totalTokens * totalReputation;
    }

    /// @notice A list's weight in basis points, rounded down (for display).
    function weightBps(uint256 tokens, uint256 reputation, uint256 totalTokens, uint256 totalReputation)
        internal
        pure
        returns (uint256)
    {
        if (totalTokens == 0 || totalReputation == 0) return 0;
        return Math.mulDiv(tokens, BPS, 2 * totalTokens) + Math.mulDiv(reputation, BPS, 2 * totalReputation);
    }
}
