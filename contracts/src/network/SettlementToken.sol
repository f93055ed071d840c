// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISettlementToken} from "../interfaces/ISettlementToken.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

/// @title SettlementToken
/// @notice The demo euro of the local chain. See {ISettlementToken}.
contract SettlementToken is ISettlementToken, ERC20 {
    /// @notice The only chain where the faucet mints: anvil's.
    uint256 public constant FAUCET_CHAIN_ID = 31_337;

    /// @notice The most one faucet call mints: 100,000 euros.
    uint256 public constant FAUCET_MAX = 100_000e6;

    constructor() ERC20("Scipio demo euro", "dEUR") {}

    /// @inheritdoc ISettlementToken
    function faucet(uint256 amount) external {
        if (block.chainid != FAUCET_CHAIN_ID) revert SettlementFaucetUnavailable(block.chainid);
        if (amount == 0 || amount > FAUCET_MAX) revert SettlementFaucetAmountOutOfRange(amount, FAUCET_MAX);
        _mint(msg.sender, amount);
    }

    /// @notice Euro cents need 2 decimals; 6 match the common stable tokens a production deployment uses.
    function decimals() public pure override(ERC20, IERC20Metadata) returns (uint8) {
        return 6;
    }
}
