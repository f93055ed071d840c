// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

/// @title IBandwidthToken
/// @notice An operator's Internet Bandwidth Token (IBT): 1 IBT is 1 TB of bandwidth the operator delivers
/// between `deliveryStart` and `deliveryEnd`. Owned by the operator; minted by the accounts the owner makes
/// minters (its auctions); customers pay for connectivity with it. Ownership moves in two steps
/// (OpenZeppelin `Ownable2Step`: `transferOwnership`, then the new owner's `acceptOwnership`); a new owner
/// raises through the auctions only if it holds the Operator role.
interface IBandwidthToken is IERC20Metadata, IERC20Errors {
    /// @notice The caller is not a minter.
    error BandwidthNotMinter(address account);

    /// @notice A minter given is the zero address.
    error BandwidthZeroMinter();

    /// @notice The owner made `minter` a minter.
    event MinterAdded(address indexed minter);

    /// @notice The owner took `minter`'s minting right away.
    event MinterRemoved(address indexed minter);

    /// @notice Mints `amount` to `to`. Minters only.
    function mint(address to, uint256 amount) external;

    /// @notice Lets `minter` mint. Owner only; does nothing if it already may.
    function addMinter(address minter) external;

    /// @notice Stops `minter` minting. Owner only; does nothing if it may not.
    function removeMinter(address minter) external;

    /// @notice Whether `account` may mint.
    function isMinter(address account) external view returns (bool);

    /// @notice The operator that issues the token (its owner).
    function operator() external view returns (address);

    /// @notice The first second of the period in which the bandwidth is delivered.
    function deliveryStart() external view returns (uint256);

    /// @notice The last second of the period in which the bandwidth is delivered.
    function deliveryEnd() external view returns (uint256);
}
