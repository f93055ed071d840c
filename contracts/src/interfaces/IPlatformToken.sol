// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC5805} from "@openzeppelin/contracts/interfaces/IERC5805.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

/// @title IPlatformToken
/// @notice The Scipio Platform Token (SPT): a fixed supply, minted once to the token sale, that gives its
/// holders pro-rata rights (priority allocations in bandwidth auctions, the Common Pool's IBT).
/// @dev Those rights are measured by the balance at a past moment: every holder is its own delegate and cannot
/// delegate elsewhere, so `getPastVotes` is the past balance, timestamped (`CLOCK_MODE` is `mode=timestamp`).
/// Tokens moved after that moment count for nobody twice. The issuer (the sale) holds no votes: its unsold
/// supply is no one's right, and it is burned when the sale ends, before any right is measured.
interface IPlatformToken is IERC20Metadata, IERC20Errors, IERC5805 {
    /// @notice A holder tried to delegate to another account: balances are their own votes.
    /// @param account The holder.
    /// @param delegatee The account it tried to delegate to.
    error PlatformTokenDelegationFixed(address account, address delegatee);

    /// @notice The initial holder is the zero address or the supply is zero.
    error PlatformTokenZeroValue();

    /// @notice Burns `amount` of the caller's tokens (the sale burns what it did not sell).
    function burn(uint256 amount) external;

    /// @notice The balance `account` held at `timepoint` (a past block timestamp); zero for the issuer.
    /// @dev Reverts with `ERC5805FutureLookup` for a timepoint that is not in the past.
    function getPastBalance(address account, uint256 timepoint) external view returns (uint256);

    /// @notice The lower of the balances `account` held at `from` and at `to` (past timestamps, `from` ≤ `to`):
    /// what it held at both moments, the holding that gives bandwidth auction rights.
    /// @dev Reverts with `ERC5805FutureLookup` for a `to` that is not in the past.
    function getPastHolding(address account, uint256 from, uint256 to) external view returns (uint256);
}
