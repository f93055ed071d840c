// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthToken} from "../interfaces/IBandwidthToken.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title BandwidthToken
/// @notice An operator's Internet Bandwidth Token. See {IBandwidthToken}. Created by the factory.
/// @dev Two-step ownership: a new owner has to accept, so a mistyped address cannot take the minting rights.
contract BandwidthToken is IBandwidthToken, ERC20, Ownable2Step {
    uint256 private immutable _deliveryStart;
    uint256 private immutable _deliveryEnd;
    mapping(address account => bool) private _minters;

    /// @param operator_ Owns the token.
    /// @param deliveryStart_ First second of the delivery period (checked by the factory).
    /// @param deliveryEnd_ Last second of the delivery period.
    constructor(
        string memory name_,
        string memory symbol_,
        address operator_,
        uint256 deliveryStart_,
        uint256 deliveryEnd_
    ) ERC20(name_, symbol_) Ownable(operator_) {
        _deliveryStart = deliveryStart_;
        _deliveryEnd = deliveryEnd_;
    }

    /// @inheritdoc IBandwidthToken
    function mint(address to, uint256 amount) external {
        if (!_minters[msg.sender]) revert BandwidthNotMinter(msg.sender);
        _mint(to, amount);
    }

    /// @inheritdoc IBandwidthToken
    function addMinter(address minter) external onlyOwner {
        if (minter == address(0)) revert BandwidthZeroMinter();
        if (_minters[minter]) return;
        _minters[minter] = true;
        emit MinterAdded(minter);
    }

    /// @inheritdoc IBandwidthToken
    function removeMinter(address minter) external onlyOwner {
        if (!_minters[minter]) return;
        _minters[minter] = false;
        emit MinterRemoved(minter);
    }

    /// @inheritdoc IBandwidthToken
    function isMinter(address account) external view returns (bool) {
        return _minters[account];
    }

    /// @inheritdoc IBandwidthToken
    function operator() external view returns (address) {
        return owner();
    }

    /// @inheritdoc IBandwidthToken
    function deliveryStart() external view returns (uint256) {
        return _deliveryStart;
    }

    /// @inheritdoc IBandwidthToken
    function deliveryEnd() external view returns (uint256) {
        return _deliveryEnd;
    }
}
