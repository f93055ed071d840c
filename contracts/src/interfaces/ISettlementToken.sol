// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

/// @title ISettlementToken
/// @notice The demo euro of the local chain: an ERC-20 with 6 decimals that measures expenses, fees, deposits,
/// CPR contributions and settlements. Production deployments point at a real stable token instead.
/// @dev Anyone may mint themselves demo euros from the faucet, and only on the local chain (id 31337).
interface ISettlementToken is IERC20Metadata {
    /// @notice The faucet was used on a chain other than the local one.
    error SettlementFaucetUnavailable(uint256 chainId);

    /// @notice The faucet was asked for more than `max` in one call (or for nothing).
    error SettlementFaucetAmountOutOfRange(uint256 amount, uint256 max);

    /// @notice Mints `amount` demo euros (6 decimals, at most `FAUCET_MAX` per call) to the caller, on the local
    /// chain only; emits `Transfer` from the zero address.
    function faucet(uint256 amount) external;
}
