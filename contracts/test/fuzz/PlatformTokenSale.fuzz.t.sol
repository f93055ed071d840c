// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPlatformTokenSale} from "../../src/interfaces/IPlatformTokenSale.sol";
import {NetworkFixture} from "../utils/NetworkFixture.sol";

contract PlatformTokenSaleFuzzTest is NetworkFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function testFuzz_buy_anyAmountWithinCap_paysExactlyTheRate(uint256 first, uint256 second) public {
        first = bound(first, 1, SALE_CAP / SALE_RATE);
        second = bound(second, 1, SALE_CAP / SALE_RATE);
        uint256 bought = _buySpt(alice, first);
        assertEq(bought, first * SALE_RATE);

        vm.deal(bob, second);
        vm.prank(bob);
        if ((first + second) * SALE_RATE > SALE_CAP) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IPlatformTokenSale.SaleExceedsRemaining.selector, second * SALE_RATE, SALE_CAP - bought
                )
            );
            sale.buy{value: second}();
        } else {
            sale.buy{value: second}();
            assertEq(spt.balanceOf(bob), second * SALE_RATE);
        }
        assertEq(sale.tokensSold() + sale.tokensRemaining(), SALE_CAP);
        assertEq(address(sale).balance * SALE_RATE, sale.tokensSold());
    }

    function testFuzz_finalize_anySales_supplyEqualsSold(uint256 etherIn, uint256 lateBy) public {
        etherIn = bound(etherIn, 0, SALE_CAP / SALE_RATE);
        if (etherIn != 0) _buySpt(alice, etherIn);
        vm.warp(sale.closesAt() + bound(lateBy, 1, 365 days));
        sale.finalize();
        assertEq(spt.totalSupply(), etherIn * SALE_RATE);
        assertEq(spt.totalSupply(), spt.balanceOf(alice));
    }
}
