// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPlatformToken} from "../src/interfaces/IPlatformToken.sol";
import {PlatformToken} from "../src/network/PlatformToken.sol";
import {NetworkFixture} from "./utils/NetworkFixture.sol";
import {Votes} from "@openzeppelin/contracts/governance/utils/Votes.sol";

contract PlatformTokenTest is NetworkFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function test_constructor_zeroHolder_reverts() public {
        vm.expectRevert(IPlatformToken.PlatformTokenZeroValue.selector);
        new PlatformToken(address(0), 1e18);
    }

    function test_constructor_zeroSupply_reverts() public {
        vm.expectRevert(IPlatformToken.PlatformTokenZeroValue.selector);
        new PlatformToken(alice, 0);
    }

    function test_constructor_mintsSupplyToIssuer_issuerHasNoVotes() public {
        PlatformToken token = new PlatformToken(alice, 5e18);
        assertEq(token.totalSupply(), 5e18);
        assertEq(token.balanceOf(alice), 5e18);
        assertEq(token.delegates(alice), address(0));
        assertEq(token.getVotes(alice), 0);
        assertEq(token.name(), "Scipio Platform Token");
        assertEq(token.symbol(), "SPT");
    }

    function test_clock_isTimestamp() public view {
        assertEq(spt.clock(), block.timestamp);
        assertEq(spt.CLOCK_MODE(), "mode=timestamp");
    }

    function test_transfer_newHolder_isItsOwnDelegate() public {
        _buySpt(alice, 1 ether);
        vm.prank(alice);
        assertTrue(spt.transfer(bob, 4000e18));
        assertEq(spt.delegates(bob), bob);
        assertEq(spt.getVotes(bob), 4000e18);
        assertEq(spt.getVotes(alice), 6000e18);
        assertEq(spt.getVotes(address(sale)), 0);
    }

    function test_getPastBalance_afterTransfers_returnsBalanceAtThatMoment() public {
        _buySpt(alice, 1 ether);
        uint256 before = block.timestamp;
        vm.warp(before + 1 hours);
        vm.prank(alice);
        assertTrue(spt.transfer(bob, 10_000e18));
        vm.warp(before + 2 hours);

        assertEq(spt.getPastBalance(alice, before), 10_000e18);
        assertEq(spt.getPastBalance(bob, before), 0);
        assertEq(spt.getPastBalance(alice, before + 1 hours), 0);
        assertEq(spt.getPastBalance(bob, before + 1 hours), 10_000e18);
    }

    function test_getPastBalance_now_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Votes.ERC5805FutureLookup.selector, block.timestamp, block.timestamp));
        spt.getPastBalance(alice, block.timestamp);
    }

    function test_delegate_toAnotherAccount_reverts() public {
        _buySpt(alice, 1 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IPlatformToken.PlatformTokenDelegationFixed.selector, alice, bob));
        spt.delegate(bob);
    }

    function test_delegate_toItself_keepsVotes() public {
        _buySpt(alice, 1 ether);
        vm.prank(alice);
        spt.delegate(alice);
        assertEq(spt.getVotes(alice), 10_000e18);
    }

    function test_burn_reducesSupplyAndVotes() public {
        _buySpt(alice, 1 ether);
        vm.prank(alice);
        spt.burn(1000e18);
        assertEq(spt.totalSupply(), SALE_CAP - 1000e18);
        assertEq(spt.getVotes(alice), 9000e18);
    }

    function test_burn_moreThanHeld_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSignature("ERC20InsufficientBalance(address,uint256,uint256)", alice, 0, 1));
        spt.burn(1);
    }

    function test_getPastHolding_notMovedSince_isTheLatestBalance() public {
        _buySpt(alice, 1 ether);
        vm.warp(block.timestamp + 10 days);
        uint256 to = block.timestamp - 1;
        assertEq(spt.getPastHolding(alice, to - 7 days, to), 10_000e18);
        assertEq(spt.getPastHolding(bob, to - 7 days, to), 0);
    }

    /// Whatever came or went between the two moments, only what was there at both counts.
    function test_getPastHolding_movedBetween_isTheLowerBalance() public {
        _buySpt(alice, 1 ether);
        vm.warp(block.timestamp + 1 days);
        uint256 from = block.timestamp;
        vm.warp(from + 1 days);
        vm.prank(alice);
        assertTrue(spt.transfer(bob, 4000e18));
        vm.warp(from + 2 days);
        vm.prank(bob);
        assertTrue(spt.transfer(alice, 4000e18));
        vm.warp(from + 3 days);
        assertEq(spt.getPastHolding(alice, from, from + 1 days + 1), 6000e18);
        assertEq(spt.getPastHolding(alice, from, from + 2 days + 1), 10_000e18);
        assertEq(spt.getPastHolding(bob, from, from + 1 days + 1), 0);
    }

    function test_getPastHolding_future_reverts() public {
        _buySpt(alice, 1 ether);
        vm.warp(block.timestamp + 10 days);
        vm.expectRevert(
            abi.encodeWithSelector(Votes.ERC5805FutureLookup.selector, block.timestamp, uint48(block.timestamp))
        );
        spt.getPastHolding(alice, block.timestamp - 1 days, block.timestamp);
    }
}
