// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Test-only stand-in for the settlement token (ops-table builds the real one): 6 decimals, free mint.
contract SettlementTokenFixture is ERC20 {
    constructor() ERC20("Demo euro (test)", "tEUR") {}

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
