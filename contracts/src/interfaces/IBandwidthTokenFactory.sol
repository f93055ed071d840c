// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IBandwidthToken} from "./IBandwidthToken.sol";

/// @title IBandwidthTokenFactory
/// @notice Where operators issue their bandwidth tokens: only an account with the participant registry's
/// Operator role may create one, and it owns what it creates. Auctions accept only tokens made here.
interface IBandwidthTokenFactory {
    /// @notice The caller does not hold the Operator role.
    error FactoryNotOperator(address account);

    /// @notice The name or symbol is empty or too long.
    /// @param maxLength The longest accepted, in bytes.
    error FactoryBadName(uint256 maxLength);

    /// @notice The delivery period is empty, inverted, already over or too long.
    error FactoryBadDeliveryPeriod(uint256 deliveryStart, uint256 deliveryEnd);

    /// @notice A page was asked for with a limit above `MAX_PAGE`.
    error FactoryPageTooLarge(uint256 limit, uint256 max);

    /// @notice `operator` created `token`, 1 TB per unit delivered from `deliveryStart` to `deliveryEnd`.
    event BandwidthTokenCreated(
        address indexed operator,
        IBandwidthToken indexed token,
        string name,
        string symbol,
        uint256 deliveryStart,
        uint256 deliveryEnd
    );

    /// @notice Creates a bandwidth token owned by the caller. Operators only.
    /// @param name The token's name, e.g. "Guifi Osona bandwidth 2027" (1–64 bytes).
    /// @param symbol The token's symbol, e.g. "IBT-OSO27" (1–16 bytes).
    /// @param deliveryStart First second of the delivery period.
    /// @param deliveryEnd Last second of it: after now, after the start, at most 5 years after the start.
    /// @dev Reverts with `FactoryNotOperator`, `FactoryBadName` or `FactoryBadDeliveryPeriod`.
    function createToken(string calldata name, string calldata symbol, uint256 deliveryStart, uint256 deliveryEnd)
        external
        returns (IBandwidthToken token);

    /// @notice Whether `token` was created here.
    function isBandwidthToken(address token) external view returns (bool);

    /// @notice Up to `limit` (at most `MAX_PAGE`) tokens of `operator` from index `start`, oldest first, and
    /// how many it has.
    function getTokensOf(address operator, uint256 start, uint256 limit)
        external
        view
        returns (IBandwidthToken[] memory tokens, uint256 total);
}
