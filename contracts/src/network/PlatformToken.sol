// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPlatformToken} from "../interfaces/IPlatformToken.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Votes} from "@openzeppelin/contracts/governance/utils/Votes.sol";
import {IERC6372} from "@openzeppelin/contracts/interfaces/IERC6372.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

/// @title PlatformToken
/// @notice The Scipio Platform Token (SPT). See {IPlatformToken}.
contract PlatformToken is IPlatformToken, ERC20Votes {
    string private constant NAME = "Scipio Platform Token";

    address private immutable _issuer;

    /// @param holder Receives the whole supply: the issuer (the token sale), which holds no votes.
    /// @param supply The fixed supply, in wei of SPT.
    constructor(address holder, uint256 supply) ERC20(NAME, "SPT") EIP712(NAME, "1") {
        if (holder == address(0) || supply == 0) revert PlatformTokenZeroValue();
        _issuer = holder;
        _mint(holder, supply);
    }

    /// @inheritdoc IPlatformToken
    function burn(uint256 amount) external {
        _burn(msg.sender, amount);
    }

    /// @inheritdoc IPlatformToken
    function getPastBalance(address account, uint256 timepoint) external view returns (uint256) {
        return getPastVotes(account, timepoint);
    }

    /// @inheritdoc IPlatformToken
    function getPastHolding(address account, uint256 from, uint256 to) external view returns (uint256) {
        uint256 count = numCheckpoints(account);
        if (count != 0) {
            // Most holders did not move their SPT since `from`: then both balances are the latest, which the last
            // checkpoint gives without the search (two reads instead of two searches).
            Checkpoints.Checkpoint208 memory last = checkpoints(account, uint32(count - 1));
            if (last._key <= from && to < clock()) return last._value;
        }
        return Math.min(getPastVotes(account, from), getPastVotes(account, to));
    }

    /// @notice Checkpoints are keyed by block timestamp: rights are granted for moments, not block numbers.
    function clock() public view override(IERC6372, Votes) returns (uint48) {
        return Time.timestamp();
    }

    /// @notice The clock's description (ERC-6372).
    function CLOCK_MODE() public pure override(IERC6372, Votes) returns (string memory) {
        return "mode=timestamp";
    }

    /// @notice Every holder is its own delegate, except the issuer (the sale), whose unsold supply carries no
    /// rights. Computed rather than stored, so a first receipt writes no delegate.
    function delegates(address account) public view override(IVotes, Votes) returns (address) {
        return account == _issuer ? address(0) : account;
    }

    /// @dev Delegating to oneself is the only delegation there is, and it is already in place.
    function _delegate(address account, address delegatee) internal pure override {
        if (delegatee != account) revert PlatformTokenDelegationFixed(account, delegatee);
    }
}
