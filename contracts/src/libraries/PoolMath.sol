// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title PoolMath
/// @notice Pure pricing math of the capital pool. Prices are ratios `num/den` in wei per token unit
/// (tokens have 18 decimals); a `floorPrice` is given in wei per whole token (1e18 units).
/// @dev Charges round up, payouts round down. Callers keep `pool < 2^96`, `supply < 2^127` and
/// `floorPrice >= 1e9`, which keeps every intermediate below 2^256.
library PoolMath {
    uint256 internal constant WAD = 1e18;

    /// @notice The buy-side base price `b = max(floor, P/S)` as a fraction.
    function basePrice(uint256 pool, uint256 supply, uint256 floorPrice)
        internal
        pure
        returns (uint256 num, uint256 den)
    {
        // P/S >= floor/WAD  <=>  P·WAD >= floor·S
        if (pool * WAD >= floorPrice * supply) return (pool, supply);
        return (floorPrice, WAD);
    }

    /// @notice Ether that buying `amount` tokens costs: `n · b · (S + 2n) / (S + n)`, rounded up.
    function buyCost(uint256 amount, uint256 pool, uint256 supply, uint256 floorPrice) internal pure returns (uint256) {
        if (amount == 0) return 0;
        (uint256 num, uint256 den) = basePrice(pool, supply, floorPrice);
        return Math.mulDiv(amount * num, supply + 2 * amount, den * (supply + amount), Math.Rounding.Ceil);
    }

    /// @notice The most tokens `etherIn` buys, rounded down, so `buyCost(result) <= etherIn`.
    /// @dev With `x = etherIn / b` (tokens at the base price), `e = n·b·(S+2n)/(S+n)` becomes
    /// `2n² + (S − x)·n − x·S = 0`, whose positive root is `(x − S + √((S + x)² + 4xS)) / 4`.
    /// Rounding `x` and the root down keeps the result at or below the exact root.
    function tokensForEther(uint256 etherIn, uint256 pool, uint256 supply, uint256 floorPrice)
        internal
        pure
        returns (uint256)
    {
        (uint256 num, uint256 den) = basePrice(pool, supply, floorPrice);
        uint256 x = Math.mulDiv(etherIn, den, num);
        uint256 sum = supply + x;
        uint256 root = Math.sqrt(sum * sum + 4 * x * supply);
        return (x + root - supply) / 4;
    }

    /// @notice Ether that selling `amount` tokens pays: `n · P / S`, rounded down.
    function sellPayout(uint256 amount, uint256 pool, uint256 supply) internal pure returns (uint256) {
        return Math.mulDiv(amount, pool, supply);
    }
}
