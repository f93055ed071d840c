// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPlatformToken} from "../../src/interfaces/IPlatformToken.sol";
import {ParticipantRegistry} from "../../src/network/ParticipantRegistry.sol";
import {PlatformTokenSale} from "../../src/network/PlatformTokenSale.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Deploys the Scipio network contracts with the deploy script's defaults and offers user helpers.
abstract contract NetworkFixture is Test {
    uint256 internal constant SALE_RATE = 10_000;
    uint256 internal constant SALE_CAP = 10_000_000e18;
    uint256 internal constant SALE_DURATION = 14 days;

    address internal governance = makeAddr("governance");
    address internal treasury = makeAddr("treasury");

    ParticipantRegistry internal participants;
    PlatformTokenSale internal sale;
    IPlatformToken internal spt;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        participants = new ParticipantRegistry(governance);
        sale = new PlatformTokenSale(treasury, SALE_RATE, SALE_CAP, SALE_DURATION);
        spt = sale.token();
    }

    function _buySpt(address buyer, uint256 etherIn) internal returns (uint256 tokens) {
        vm.deal(buyer, buyer.balance + etherIn);
        vm.prank(buyer);
        tokens = sale.buy{value: etherIn}();
    }

    /// Buys the whole remaining supply (the rate divides it exactly with the defaults).
    function _buyOut(address buyer) internal {
        _buySpt(buyer, sale.tokensRemaining() / SALE_RATE);
    }
}
