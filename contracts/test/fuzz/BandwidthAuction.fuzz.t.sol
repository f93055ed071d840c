// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthAuction} from "../../src/interfaces/IBandwidthAuction.sol";
import {IBandwidthToken} from "../../src/interfaces/IBandwidthToken.sol";
import {NetworkFixture} from "../utils/NetworkFixture.sol";

contract BandwidthAuctionFuzzTest is NetworkFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    IBandwidthToken internal ibt;
    uint256 internal auctionId;
    uint256 internal startsAt;

    function setUp() public override {
        super.setUp();
        _buySpt(alice, 30 ether);
        _buySpt(bob, 10 ether);
        ibt = _auctionableIbt();
        _finalizeSale();
        startsAt = block.timestamp + 1 hours;
        auctionId = _openAuction(ibt, startsAt, 7 days);
    }

    /// A holder may buy exactly its allocation in the priority window, in any number of bids, and not a unit more.
    function testFuzz_bid_priority_allocationIsExact(uint256 first, uint256 spendAll) public {
        vm.warp(startsAt + 1);
        (uint256 allocation,) = auctions.positionOf(auctionId, bob);
        first = bound(first, 1, allocation);
        _bid(bob, auctionId, first);
        if (spendAll % 2 == 0 && first < allocation) _bid(bob, auctionId, allocation - first);
        (, IBandwidthAuction.Position memory position) = auctions.positionOf(auctionId, bob);

        uint256 over = allocation - position.bought + 1;
        uint256 price = auctions.cost(auctionId, over);
        vm.deal(bob, price);
        vm.prank(bob);
        vm.expectRevert(
            abi.encodeWithSelector(IBandwidthAuction.AuctionAboveAllocation.selector, allocation, position.bought)
        );
        auctions.bid{value: price}(auctionId, over);
    }

    /// Any sequence of public bids mints what was sold plus exactly 0.9% of it, and takes exactly its cost.
    function testFuzz_bid_public_mintsSoldAndPoolShare(uint256[4] memory amounts) public {
        vm.warp(startsAt + 48 hours + 1);
        uint256 paid;
        uint256 sold;
        for (uint256 i; i < amounts.length; ++i) {
            uint256 remaining = AUCTION_OFFERED - sold;
            if (remaining == 0) break;
            uint256 amount = bound(amounts[i], 1, remaining);
            paid += auctions.cost(auctionId, amount);
            _bid(i % 2 == 0 ? alice : bob, auctionId, amount);
            sold += amount;
        }
        assertEq(ibt.totalSupply(), sold + sold * 90 / 10_000);
        assertEq(address(auctions).balance, paid);
        assertGe(paid * 1e18, sold * 0.1 ether);
    }
}
