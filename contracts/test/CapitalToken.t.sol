// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CapitalToken} from "../src/distribute/CapitalToken.sol";
import {ICapitalToken} from "../src/interfaces/ICapitalToken.sol";
import {DistributeFixture} from "./utils/DistributeFixture.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

contract RejectingReceiver {
    receive() external payable {
        revert("no");
    }
}

contract CapitalTokenTest is DistributeFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    /// One of the protocol contracts fixed at deployment (the voting contract's address; no code in this suite).
    address internal protocol;

    function setUp() public override {
        super.setUp();
        protocol = votingAt;
    }

    // --- constructor ---

    function test_constructor_mintsDeadSupply() public view {
        assertEq(token.totalSupply(), DEAD_SUPPLY);
        assertEq(token.balanceOf(token.DEAD_ADDRESS()), DEAD_SUPPLY);
        assertEq(token.deadSupply(), DEAD_SUPPLY);
        assertEq(token.floorPrice(), FLOOR_PRICE);
        assertEq(token.releaseWindow(), RELEASE_WINDOW);
        assertEq(token.decimals(), 18);
        assertEq(token.symbol(), "DCAP");
        assertEq(token.name(), "Distribute Capital");
    }

    function test_constructor_floorOutOfBounds_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(ICapitalToken.CapitalParameterOutOfBounds.selector, "floorPrice", 1, 1e9, 1e18)
        );
        new CapitalToken(address(0), address(0), address(0), 1, DEAD_SUPPLY, RELEASE_WINDOW);
    }

    function test_constructor_releaseWindowOutOfBounds_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                ICapitalToken.CapitalParameterOutOfBounds.selector, "releaseWindow", 91 days, 1 hours, 90 days
            )
        );
        new CapitalToken(address(0), address(0), address(0), FLOOR_PRICE, DEAD_SUPPLY, 91 days);
    }

    function test_constructor_deadSupplyOutOfBounds_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(ICapitalToken.CapitalParameterOutOfBounds.selector, "deadSupply", 0, 1e12, 1e24)
        );
        new CapitalToken(address(0), address(0), address(0), FLOOR_PRICE, 0, RELEASE_WINDOW);
    }

    // --- buy ---

    function test_buy_atFloor_mintsQuotedTokens() public {
        uint256 quoted = token.quoteBuy(1 ether);
        assertLe(token.quoteBuyCost(quoted), 1 ether);
        uint256 out = _buy(alice, 1 ether);
        assertEq(out, quoted);
        assertEq(token.balanceOf(alice), out);
        assertEq(token.availablePool(), 1 ether);
        // one more token would cost more than was paid
        assertGt(_costAtState(out + 1, 0, DEAD_SUPPLY), 1 ether);
    }

    function test_buy_zeroEther_reverts() public {
        vm.prank(alice);
        vm.expectRevert(ICapitalToken.CapitalZeroEther.selector);
        token.buy(0);
    }

    function test_buy_belowMinTokensOut_reverts() public {
        uint256 quoted = token.quoteBuy(1 ether);
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapitalToken.CapitalInsufficientTokensOut.selector, quoted, quoted + 1));
        token.buy{value: 1 ether}(quoted + 1);
    }

    function test_buy_abovePoolPrice_usesPoolPrice() public {
        _buy(alice, 10 ether);
        (uint256 pool, uint256 supply) = token.priceState();
        (uint256 buyPrice, uint256 sellPrice) = token.spotPrice();
        assertEq(buyPrice, sellPrice);
        assertGt(buyPrice, FLOOR_PRICE);
        uint256 out = _buy(bob, 1 ether);
        assertLe(_costAtState(out, pool, supply), 1 ether);
        assertGt(_costAtState(out + 1, pool, supply), 1 ether);
    }

    function test_buy_largerBuyPaysMorePerToken() public view {
        uint256 small = token.quoteBuy(0.1 ether);
        uint256 large = token.quoteBuy(10 ether);
        assertLt(large, small * 100);
    }

    // --- sell ---

    function test_sell_paysExactShareOfPool() public {
        uint256 out = _buy(alice, 1 ether);
        (uint256 pool, uint256 supply) = token.priceState();
        uint256 expected = out * pool / supply;
        vm.prank(alice);
        uint256 paid = token.sell(out, expected);
        assertEq(paid, expected);
        assertEq(alice.balance, expected);
        assertEq(token.balanceOf(alice), 0);
        assertLt(paid, 1 ether);
    }

    function test_sell_zeroAmount_reverts() public {
        vm.prank(alice);
        vm.expectRevert(ICapitalToken.CapitalZeroAmount.selector);
        token.sell(0, 0);
    }

    function test_sell_moreThanBalance_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 0, 1));
        token.sell(1, 0);
    }

    function test_sell_belowMinEtherOut_reverts() public {
        uint256 out = _buy(alice, 1 ether);
        uint256 quoted = token.quoteSell(out);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapitalToken.CapitalInsufficientEtherOut.selector, quoted, quoted + 1));
        token.sell(out, quoted + 1);
    }

    function test_sell_receiverRejects_reverts() public {
        RejectingReceiver receiver = new RejectingReceiver();
        uint256 out = _buy(address(receiver), 1 ether);
        uint256 quoted = token.quoteSell(out);
        vm.prank(address(receiver));
        vm.expectRevert(
            abi.encodeWithSelector(ICapitalToken.CapitalEtherTransferFailed.selector, address(receiver), quoted)
        );
        token.sell(out, 0);
    }

    /// Regression: the original's sell floor paid more than P/S and drained the pool. Here selling every
    /// token pays exactly its share and the dead supply's share stays.
    function test_sell_allTokens_neverDrainsPool() public {
        uint256 a = _buy(alice, 5 ether);
        uint256 b = _buy(bob, 5 ether);
        vm.prank(alice);
        token.sell(a, 0);
        vm.prank(bob);
        token.sell(b, 0);
        assertGt(token.availablePool(), 0);
        assertEq(token.totalSupply(), DEAD_SUPPLY);
        assertGe(address(token).balance, token.availablePool());
    }

    /// Regression: zero pool. With the pool empty the floor prices buys and selling pays nothing, so it reverts.
    function test_sell_zeroPool_reverts() public {
        uint256 out = _buy(alice, 1 ether);
        vm.prank(protocol);
        token.fundProject(1, 1 ether, address(0), 0);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapitalToken.CapitalInsufficientEtherOut.selector, 0, 0));
        token.sell(out, 0);
    }

    // --- ERC-20 ---

    function test_transfer_movesBalance() public {
        uint256 out = _buy(alice, 1 ether);
        vm.prank(alice);
        assertTrue(token.transfer(bob, out));
        assertEq(token.balanceOf(bob), out);
    }

    function test_transfer_toZero_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        assertFalse(token.transfer(address(0), 0));
    }

    function test_transferFrom_withAllowance_spends() public {
        uint256 out = _buy(alice, 1 ether);
        vm.prank(alice);
        token.approve(bob, out);
        vm.prank(bob);
        assertTrue(token.transferFrom(alice, bob, out));
        assertEq(token.allowance(alice, bob), 0);
        assertEq(token.balanceOf(bob), out);
    }

    function test_transferFrom_infiniteAllowance_notSpent() public {
        uint256 out = _buy(alice, 1 ether);
        vm.prank(alice);
        token.approve(bob, type(uint256).max);
        vm.prank(bob);
        assertTrue(token.transferFrom(alice, bob, out));
        assertEq(token.allowance(alice, bob), type(uint256).max);
    }

    function test_transferFrom_insufficientAllowance_reverts() public {
        _buy(alice, 1 ether);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, bob, 0, 1));
        assertFalse(token.transferFrom(alice, bob, 1));
    }

    function test_approve_zeroSpender_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidSpender.selector, address(0)));
        token.approve(address(0), 1);
    }

    // --- protocol hooks ---

    function test_takeStake_notProtocol_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ICapitalToken.CapitalNotProtocol.selector, alice));
        token.takeStake(bob, 1);
    }

    function test_takeStake_movesWithoutApproval() public {
        uint256 out = _buy(alice, 1 ether);
        vm.prank(protocol);
        token.takeStake(alice, out);
        assertEq(token.balanceOf(protocol), out);
    }

    function test_takeStake_zero_reverts() public {
        vm.prank(protocol);
        vm.expectRevert(ICapitalToken.CapitalZeroAmount.selector);
        token.takeStake(alice, 0);
    }

    function test_burnStake_keepsPriceThenReleases() public {
        uint256 out = _buy(alice, 1 ether);
        vm.prank(protocol);
        token.takeStake(alice, out / 2);
        (uint256 pool0, uint256 supply0) = token.priceState();
        vm.prank(protocol);
        token.burnStake(out / 2);
        (uint256 pool1, uint256 supply1) = token.priceState();
        assertEq(pool1, pool0);
        assertEq(supply1, supply0);
        assertEq(token.totalSupply(), supply0 - out / 2);
        uint256 end = _releaseEnd(block.timestamp);
        vm.warp(block.timestamp + (end - block.timestamp) / 2);
        (, uint256 supplyHalf) = token.priceState();
        // Rates are rounded down to 1/16 unit per second.
        assertApproxEqAbs(supplyHalf, supply0 - out / 4, RELEASE_WINDOW / 16 + 1);
        assertGe(supplyHalf, supply0 - out / 4);
        vm.warp(end);
        (, uint256 supply2) = token.priceState();
        assertEq(supply2, token.totalSupply());
    }

    function test_burnStake_moreThanHeld_reverts() public {
        vm.prank(protocol);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, protocol, 0, 1));
        token.burnStake(1);
    }

    function test_fundProject_movesPoolToEscrowAndOwed() public {
        _buy(alice, 2 ether);
        vm.prank(protocol);
        token.fundProject(7, 1 ether, bob, 0.1 ether);
        assertEq(token.escrowOf(7), 1 ether);
        assertEq(token.owedTo(bob), 0.1 ether);
        assertEq(token.availablePool(), 0.9 ether);
    }

    function test_fundProject_poolTooSmall_reverts() public {
        _buy(alice, 1 ether);
        vm.prank(protocol);
        vm.expectRevert(abi.encodeWithSelector(ICapitalToken.CapitalInsufficientPool.selector, 1 ether, 2 ether));
        token.fundProject(7, 2 ether, bob, 0);
    }

    function test_payFromEscrow_thenWithdrawOwed() public {
        _buy(alice, 2 ether);
        vm.startPrank(protocol);
        token.fundProject(7, 1 ether, bob, 0);
        token.payFromEscrow(7, bob, 0.4 ether);
        vm.stopPrank();
        assertEq(token.escrowOf(7), 0.6 ether);
        vm.prank(bob);
        assertEq(token.withdrawOwed(), 0.4 ether);
        assertEq(bob.balance, 0.4 ether);
        assertEq(token.owedTo(bob), 0);
    }

    function test_payFromEscrow_moreThanEscrow_reverts() public {
        vm.prank(protocol);
        vm.expectRevert(abi.encodeWithSelector(ICapitalToken.CapitalInsufficientEscrow.selector, 7, 0, 1));
        token.payFromEscrow(7, bob, 1);
    }

    function test_withdrawOwed_nothing_reverts() public {
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(ICapitalToken.CapitalNothingOwed.selector, bob));
        token.withdrawOwed();
    }

    function test_returnEscrow_releasesLinearly() public {
        _buy(alice, 2 ether);
        vm.startPrank(protocol);
        token.fundProject(7, 1 ether, bob, 0);
        token.returnEscrow(7, 1 ether);
        vm.stopPrank();
        assertEq(token.availablePool(), 1 ether);
        uint256 start = block.timestamp;
        uint256 end = _releaseEnd(start);
        (uint256 etherPending,, uint256 releaseEnd) = token.pendingRelease();
        assertEq(etherPending, 1 ether);
        assertEq(releaseEnd, end);
        assertGt(end - start, RELEASE_WINDOW - RELEASE_WINDOW / 7);
        vm.warp(start + (end - start) / 4);
        assertApproxEqAbs(token.availablePool(), 1.25 ether, RELEASE_WINDOW / 16 + 1);
        _buy(bob, 1 ether);
        vm.warp(end);
        assertEq(token.availablePool(), 3 ether);
        (etherPending,, releaseEnd) = token.pendingRelease();
        assertEq(etherPending, 0);
        assertEq(releaseEnd, 0);
    }

    /// A second return half a window later keeps the first on its own schedule: the first is wholly in the pool
    /// at its end, the second only partly.
    function test_returnEscrow_secondAddition_keepsFirstSchedule() public {
        _buy(alice, 4 ether);
        vm.startPrank(protocol);
        token.fundProject(7, 2 ether, bob, 0);
        token.returnEscrow(7, 1 ether);
        uint256 firstEnd = _releaseEnd(block.timestamp);
        vm.warp(block.timestamp + RELEASE_WINDOW / 2);
        token.returnEscrow(7, 1 ether);
        vm.stopPrank();
        uint256 secondStart = block.timestamp;
        uint256 secondEnd = _releaseEnd(secondStart);
        (,, uint256 releaseEnd) = token.pendingRelease();
        assertEq(releaseEnd, secondEnd);
        vm.warp(firstEnd);
        uint256 secondReleased = 1 ether * (firstEnd - secondStart) / (secondEnd - secondStart);
        assertApproxEqAbs(token.availablePool(), 3 ether + secondReleased, RELEASE_WINDOW / 8 + 2);
        (uint256 etherPending,,) = token.pendingRelease();
        assertApproxEqAbs(etherPending, 1 ether - secondReleased, RELEASE_WINDOW / 8 + 2);
        vm.warp(secondEnd);
        assertEq(token.availablePool(), 4 ether);
    }

    /// Regression: every burn used to restart the window for everything pending, so a dust burn each day kept a
    /// failed project's returned escrow 12% unreleased after 14 days.
    function test_returnEscrow_dustBurnsDaily_escrowReleasedWithinWindow() public {
        _buy(alice, 3 ether);
        vm.prank(protocol);
        token.takeStake(alice, 100);
        vm.startPrank(protocol);
        token.fundProject(7, 1 ether, bob, 0);
        token.returnEscrow(7, 1 ether);
        uint256 returnedAt = block.timestamp;
        for (uint256 day = 1; day <= 14; ++day) {
            vm.warp(returnedAt + day * 1 days);
            token.burnStake(1);
            if (day == 7) {
                (uint256 etherPending,,) = token.pendingRelease();
                assertEq(etherPending, 0, "escrow fully released 7 days after its return");
                assertEq(token.availablePool(), 3 ether);
            }
        }
        (uint256 etherPendingLater,,) = token.pendingRelease();
        assertEq(etherPendingLater, 0);
        assertEq(token.availablePool(), 3 ether);
    }

    /// Buys and sells settle a passed step end (and stop the rates ending there) without any protocol call.
    function test_buy_afterStepEnds_appliesEndedRates() public {
        _buy(alice, 2 ether);
        vm.startPrank(protocol);
        token.fundProject(7, 1 ether, bob, 0);
        token.returnEscrow(7, 1 ether);
        vm.stopPrank();
        uint256 end = _releaseEnd(block.timestamp);
        vm.warp(end + 3 days);
        _buy(bob, 1 ether);
        assertEq(token.availablePool(), 3 ether);
        (uint256 etherPending, uint256 tokensPending, uint256 releaseEnd) = token.pendingRelease();
        assertEq(etherPending + tokensPending + releaseEnd, 0);
    }

    /// The price's pool and supply never jump: each second of release moves them by at most the pending rate.
    function testFuzz_release_priceNeverJumps(uint96 returned, uint32 wait) public {
        uint256 amount = bound(returned, 1, 1 ether);
        _buy(alice, 2 ether);
        vm.startPrank(protocol);
        token.fundProject(7, amount, bob, 0);
        token.returnEscrow(7, amount);
        vm.stopPrank();
        uint256 end = _releaseEnd(block.timestamp);
        uint256 duration = end - block.timestamp;
        vm.warp(block.timestamp + bound(wait, 0, RELEASE_WINDOW));
        uint256 before = token.availablePool();
        vm.warp(block.timestamp + 1);
        uint256 step = token.availablePool() - before;
        // One second releases amount/duration, plus what rounding held back once the release ends.
        assertLe(step, amount / duration + duration / 16 + 2);
        if (block.timestamp >= end) assertEq(token.availablePool(), 2 ether);
    }

    /// The end of the release of what is added at `time`: the end of its seventh of a window, plus a window.
    function _releaseEnd(uint256 time) internal pure returns (uint256) {
        uint256 step = RELEASE_WINDOW / 7;
        return time - time % step + RELEASE_WINDOW;
    }

    function _costAtState(uint256 n, uint256 pool, uint256 supply) internal pure returns (uint256) {
        (uint256 num, uint256 den) = pool * 1e18 >= FLOOR_PRICE * supply ? (pool, supply) : (FLOOR_PRICE, 1e18);
        return (n * num * (supply + 2 * n) + den * (supply + n) - 1) / (den * (supply + n));
    }
}
