// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPlatformToken} from "../interfaces/IPlatformToken.sol";
import {IPlatformTokenSale} from "../interfaces/IPlatformTokenSale.sol";
import {PlatformToken} from "./PlatformToken.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title PlatformTokenSale
/// @notice The SPT sale. See {IPlatformTokenSale}.
contract PlatformTokenSale is IPlatformTokenSale, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    uint256 private constant MIN_RATE = 1;
    uint256 private constant MAX_RATE = 1e9;
    uint256 private constant MIN_CAP = 1e18;
    /// @dev One billion SPT: far below ERC20Votes' 2^208 limit, and `msg.value · MAX_RATE` cannot overflow.
    uint256 private constant MAX_CAP = 1e27;
    uint256 private constant MIN_DURATION = 1 hours;
    uint256 private constant MAX_DURATION = 365 days;

    IPlatformToken private immutable _token;
    address private immutable _treasury;
    uint256 private immutable _rate;
    uint256 private immutable _cap;
    uint256 private immutable _closesAt;

    uint256 private _tokensSold;
    /// @dev Zero until finalized; a timestamp, never zero, after.
    uint256 private _finalizedAt;

    /// @param treasury_ Receives the proceeds (the platform treasury).
    /// @param rate_ SPT (in wei) per wei of ether: 10,000 means 10,000 SPT per ETH.
    /// @param cap_ The SPT offered, minted to this sale.
    /// @param duration Seconds from deployment to the last second of the sale.
    constructor(address treasury_, uint256 rate_, uint256 cap_, uint256 duration) {
        if (treasury_ == address(0)) revert SaleZeroTreasury();
        _checkBounds("rate", rate_, MIN_RATE, MAX_RATE);
        _checkBounds("cap", cap_, MIN_CAP, MAX_CAP);
        _checkBounds("duration", duration, MIN_DURATION, MAX_DURATION);
        _treasury = treasury_;
        _rate = rate_;
        _cap = cap_;
        _closesAt = block.timestamp + duration;
        _token = new PlatformToken(address(this), cap_);
    }

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IPlatformTokenSale
    function buy() external payable nonReentrant returns (uint256 tokens) {
        if (msg.value == 0) revert SaleZeroPurchase();
        if (_finalizedAt != 0 || block.timestamp > _closesAt) revert SaleClosed(_closesAt);
        tokens = msg.value * _rate;
        uint256 remaining = _cap - _tokensSold;
        if (tokens > remaining) revert SaleExceedsRemaining(tokens, remaining);
        _tokensSold += tokens;
        emit TokensPurchased(msg.sender, msg.value, tokens);
        IERC20(address(_token)).safeTransfer(msg.sender, tokens);
    }

    /// @inheritdoc IPlatformTokenSale
    function finalize() external nonReentrant {
        if (_finalizedAt != 0) revert SaleAlreadyFinalized();
        uint256 sold = _tokensSold;
        uint256 unsold = _cap - sold;
        if (block.timestamp <= _closesAt && unsold != 0) revert SaleStillOpen(_closesAt);
        _finalizedAt = block.timestamp;
        emit SaleFinalized(sold, unsold, address(this).balance);
        if (unsold != 0) _token.burn(unsold);
    }

    /// @inheritdoc IPlatformTokenSale
    function withdrawProceeds() external nonReentrant {
        if (_finalizedAt == 0) revert SaleNotFinalized();
        uint256 amount = address(this).balance;
        if (amount == 0) revert SaleNothingToWithdraw();
        emit ProceedsWithdrawn(_treasury, amount);
        (bool sent,) = _treasury.call{value: amount}("");
        if (!sent) revert SaleEtherTransferFailed(_treasury, amount);
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IPlatformTokenSale
    function token() external view returns (IPlatformToken) {
        return _token;
    }

    /// @inheritdoc IPlatformTokenSale
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @inheritdoc IPlatformTokenSale
    function rate() external view returns (uint256) {
        return _rate;
    }

    /// @inheritdoc IPlatformTokenSale
    function cap() external view returns (uint256) {
        return _cap;
    }

    /// @inheritdoc IPlatformTokenSale
    function closesAt() external view returns (uint256) {
        return _closesAt;
    }

    /// @inheritdoc IPlatformTokenSale
    function tokensSold() external view returns (uint256) {
        return _tokensSold;
    }

    /// @inheritdoc IPlatformTokenSale
    function tokensRemaining() external view returns (uint256) {
        return _finalizedAt != 0 ? 0 : _cap - _tokensSold;
    }

    /// @inheritdoc IPlatformTokenSale
    function finalized() external view returns (bool) {
        return _finalizedAt != 0;
    }

    /// @inheritdoc IPlatformTokenSale
    function finalizedAt() external view returns (uint256) {
        return _finalizedAt;
    }

    /// @inheritdoc IPlatformTokenSale
    function quote(uint256 etherIn) external view returns (uint256 tokens) {
        return etherIn * _rate;
    }

    function _checkBounds(string memory name, uint256 value, uint256 min, uint256 max) private pure {
        if (value < min || value > max) revert SaleParameterOutOfBounds(name, value, min, max);
    }
}
