// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IPlatformToken} from "./IPlatformToken.sol";

/// @title IPlatformTokenSale
/// @notice The SPT sale: a fixed rate of SPT per ether, capped by the supply it holds, open from deployment
/// until a deadline. Afterwards (or once sold out) anyone finalizes it: the unsold SPT are burned and the
/// ether raised becomes withdrawable to the platform treasury. Bandwidth auctions open only after that.
/// @dev The sale creates the token and holds its whole supply, so the cap is the token's supply.
interface IPlatformTokenSale {
    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice The treasury is the zero address.
    error SaleZeroTreasury();

    /// @notice A parameter is outside its bounds.
    error SaleParameterOutOfBounds(string name, uint256 value, uint256 min, uint256 max);

    /// @notice A purchase sent no ether.
    error SaleZeroPurchase();

    /// @notice A purchase asks for more SPT than the sale has left.
    /// @param tokens The SPT the ether would buy.
    /// @param remaining The SPT left.
    error SaleExceedsRemaining(uint256 tokens, uint256 remaining);

    /// @notice The sale no longer sells: its deadline passed or it was finalized.
    /// @param closesAt The deadline.
    error SaleClosed(uint256 closesAt);

    /// @notice The sale cannot be finalized yet: it is open and not sold out.
    /// @param closesAt The deadline.
    error SaleStillOpen(uint256 closesAt);

    /// @notice The sale was already finalized.
    error SaleAlreadyFinalized();

    /// @notice Proceeds are withdrawable only once the sale is finalized.
    error SaleNotFinalized();

    /// @notice The sale holds no ether to withdraw.
    error SaleNothingToWithdraw();

    /// @notice Sending ether to the treasury failed.
    /// @param treasury The treasury.
    /// @param amount The ether sent.
    error SaleEtherTransferFailed(address treasury, uint256 amount);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice `buyer` paid `etherPaid` for `tokens` SPT.
    event TokensPurchased(address indexed buyer, uint256 etherPaid, uint256 tokens);

    /// @notice The sale ended: `tokensSold` SPT were sold, `tokensBurned` unsold SPT burned.
    event SaleFinalized(uint256 tokensSold, uint256 tokensBurned, uint256 proceeds);

    /// @notice `amount` of the proceeds went to the treasury.
    event ProceedsWithdrawn(address indexed treasury, uint256 amount);

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @notice Buys SPT with the ether sent, at the fixed rate: `msg.value · rate` wei of SPT.
    /// @dev Reverts with `SaleZeroPurchase`, `SaleClosed` or `SaleExceedsRemaining` (the whole purchase or none).
    /// @return tokens The SPT bought.
    function buy() external payable returns (uint256 tokens);

    /// @notice Ends the sale after its deadline, or earlier once sold out: burns the unsold SPT. Anyone may call.
    /// @dev Reverts with `SaleStillOpen` or `SaleAlreadyFinalized`.
    function finalize() external;

    /// @notice Sends every wei the sale holds to the treasury. Anyone may call, once finalized.
    /// @dev Reverts with `SaleNotFinalized`, `SaleNothingToWithdraw` or `SaleEtherTransferFailed`.
    function withdrawProceeds() external;

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice The token sold.
    function token() external view returns (IPlatformToken);

    /// @notice Where the proceeds go.
    function treasury() external view returns (address);

    /// @notice SPT (in wei) per wei of ether.
    function rate() external view returns (uint256);

    /// @notice The SPT offered: the token's whole supply at deployment.
    function cap() external view returns (uint256);

    /// @notice The last second at which the sale sells.
    function closesAt() external view returns (uint256);

    /// @notice SPT sold so far.
    function tokensSold() external view returns (uint256);

    /// @notice SPT still for sale (zero once finalized).
    function tokensRemaining() external view returns (uint256);

    /// @notice Whether the sale was finalized (the bandwidth auctions wait for this).
    function finalized() external view returns (bool);

    /// @notice When the sale was finalized (zero before): auctions measure SPT holdings from 7 days after it.
    function finalizedAt() external view returns (uint256);

    /// @notice The SPT `etherIn` buys at the rate (ignoring what is left).
    function quote(uint256 etherIn) external view returns (uint256 tokens);
}
