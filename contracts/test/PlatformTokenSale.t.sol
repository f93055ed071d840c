// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPlatformTokenSale} from "../src/interfaces/IPlatformTokenSale.sol";
import {PlatformTokenSale} from "../src/network/PlatformTokenSale.sol";
import {NetworkFixture} from "./utils/NetworkFixture.sol";

/// A treasury that refuses ether.
contract RefusingTreasury {}

contract PlatformTokenSaleTest is NetworkFixture {
    address internal alice = makeAddr("alice");

    // --- constructor ---

    function test_constructor_mintsCapToItself_opensUntilDeadline() public view {
        assertEq(spt.totalSupply(), SALE_CAP);
        assertEq(spt.balanceOf(address(sale)), SALE_CAP);
        assertEq(sale.cap(), SALE_CAP);
        assertEq(sale.rate(), SALE_RATE);
        assertEq(sale.treasury(), treasury);
        assertEq(sale.closesAt(), block.timestamp + SALE_DURATION);
        assertEq(sale.tokensRemaining(), SALE_CAP);
        assertFalse(sale.finalized());
    }

    function test_constructor_zeroTreasury_reverts() public {
        vm.expectRevert(IPlatformTokenSale.SaleZeroTreasury.selector);
        new PlatformTokenSale(address(0), SALE_RATE, SALE_CAP, SALE_DURATION);
    }

    function test_constructor_rateOutOfBounds_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IPlatformTokenSale.SaleParameterOutOfBounds.selector, "rate", 0, 1, 1e9));
        new PlatformTokenSale(treasury, 0, SALE_CAP, SALE_DURATION);
    }

    function test_constructor_capOutOfBounds_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(IPlatformTokenSale.SaleParameterOutOfBounds.selector, "cap", 1e27 + 1, 1e18, 1e27)
        );
        new PlatformTokenSale(treasury, SALE_RATE, 1e27 + 1, SALE_DURATION);
    }

    function test_constructor_durationOutOfBounds_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IPlatformTokenSale.SaleParameterOutOfBounds.selector, "duration", 59 minutes, 1 hours, 365 days
            )
        );
        new PlatformTokenSale(treasury, SALE_RATE, SALE_CAP, 59 minutes);
    }

    // --- buy ---

    function test_buy_open_sendsTokensAtRate() public {
        vm.deal(alice, 2 ether);
        vm.expectEmit(address(sale));
        emit IPlatformTokenSale.TokensPurchased(alice, 2 ether, 20_000e18);
        vm.prank(alice);
        uint256 tokens = sale.buy{value: 2 ether}();

        assertEq(tokens, 20_000e18);
        assertEq(sale.quote(2 ether), tokens);
        assertEq(spt.balanceOf(alice), tokens);
        assertEq(sale.tokensSold(), tokens);
        assertEq(sale.tokensRemaining(), SALE_CAP - tokens);
        assertEq(address(sale).balance, 2 ether);
    }

    function test_buy_zeroEther_reverts() public {
        vm.prank(alice);
        vm.expectRevert(IPlatformTokenSale.SaleZeroPurchase.selector);
        sale.buy();
    }

    function test_buy_moreThanRemaining_revertsAndSellsNothing() public {
        _buySpt(alice, 999 ether);
        vm.deal(alice, 2 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IPlatformTokenSale.SaleExceedsRemaining.selector, 20_000e18, 10_000e18));
        sale.buy{value: 2 ether}();
        assertEq(sale.tokensRemaining(), 10_000e18);
    }

    function test_buy_exactlyRemaining_sellsOut() public {
        _buyOut(alice);
        assertEq(sale.tokensRemaining(), 0);
        assertEq(spt.balanceOf(alice), SALE_CAP);
    }

    function test_buy_atDeadline_succeeds() public {
        vm.warp(sale.closesAt());
        assertEq(_buySpt(alice, 1 ether), 10_000e18);
    }

    function test_buy_afterDeadline_reverts() public {
        uint256 closesAt = sale.closesAt();
        vm.warp(closesAt + 1);
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IPlatformTokenSale.SaleClosed.selector, closesAt));
        sale.buy{value: 1 ether}();
    }

    function test_buy_afterFinalize_reverts() public {
        _buyOut(alice);
        sale.finalize();
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IPlatformTokenSale.SaleClosed.selector, sale.closesAt()));
        sale.buy{value: 1 ether}();
    }

    // --- finalize ---

    function test_finalize_beforeDeadline_reverts() public {
        _buySpt(alice, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IPlatformTokenSale.SaleStillOpen.selector, sale.closesAt()));
        sale.finalize();
    }

    function test_finalize_afterDeadline_burnsUnsold() public {
        _buySpt(alice, 3 ether);
        vm.warp(sale.closesAt() + 1);
        vm.expectEmit(address(sale));
        emit IPlatformTokenSale.SaleFinalized(30_000e18, SALE_CAP - 30_000e18, 3 ether);
        sale.finalize();

        assertTrue(sale.finalized());
        assertEq(sale.finalizedAt(), sale.closesAt() + 1);
        assertEq(spt.totalSupply(), 30_000e18);
        assertEq(spt.balanceOf(address(sale)), 0);
        assertEq(sale.tokensRemaining(), 0);
    }

    function test_finalize_soldOutBeforeDeadline_burnsNothing() public {
        _buyOut(alice);
        assertEq(sale.finalizedAt(), 0);
        sale.finalize();
        assertTrue(sale.finalized());
        assertEq(sale.finalizedAt(), block.timestamp);
        assertEq(spt.totalSupply(), SALE_CAP);
    }

    function test_finalize_twice_reverts() public {
        _buyOut(alice);
        sale.finalize();
        vm.expectRevert(IPlatformTokenSale.SaleAlreadyFinalized.selector);
        sale.finalize();
    }

    function test_finalize_nothingSold_burnsEverything() public {
        vm.warp(sale.closesAt() + 1);
        sale.finalize();
        assertEq(spt.totalSupply(), 0);
    }

    // --- withdrawProceeds ---

    function test_withdrawProceeds_beforeFinalize_reverts() public {
        _buySpt(alice, 1 ether);
        vm.expectRevert(IPlatformTokenSale.SaleNotFinalized.selector);
        sale.withdrawProceeds();
    }

    function test_withdrawProceeds_finalized_sendsAllToTreasury() public {
        _buySpt(alice, 4 ether);
        vm.warp(sale.closesAt() + 1);
        sale.finalize();
        vm.expectEmit(address(sale));
        emit IPlatformTokenSale.ProceedsWithdrawn(treasury, 4 ether);
        vm.prank(alice);
        sale.withdrawProceeds();
        assertEq(treasury.balance, 4 ether);
        assertEq(address(sale).balance, 0);
    }

    function test_withdrawProceeds_twice_reverts() public {
        _buyOut(alice);
        sale.finalize();
        sale.withdrawProceeds();
        vm.expectRevert(IPlatformTokenSale.SaleNothingToWithdraw.selector);
        sale.withdrawProceeds();
    }

    function test_withdrawProceeds_treasuryRefuses_revertsAndKeepsEther() public {
        address refusing = address(new RefusingTreasury());
        PlatformTokenSale refused = new PlatformTokenSale(refusing, SALE_RATE, SALE_CAP, SALE_DURATION);
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        refused.buy{value: 1 ether}();
        vm.warp(refused.closesAt() + 1);
        refused.finalize();

        vm.expectRevert(abi.encodeWithSelector(IPlatformTokenSale.SaleEtherTransferFailed.selector, refusing, 1 ether));
        refused.withdrawProceeds();
        assertEq(address(refused).balance, 1 ether);
    }
}
