// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthAuction} from "../../src/interfaces/IBandwidthAuction.sol";
import {IBandwidthToken} from "../../src/interfaces/IBandwidthToken.sol";
import {NetworkFixture} from "../utils/NetworkFixture.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

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
        startsAt = _earliestStart() + 1 hours;
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
        uint256 price = auctions.cost(auctionId, bob, over);
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
            address bidder = i % 2 == 0 ? alice : bob;
            paid += auctions.cost(auctionId, bidder, amount);
            _bid(bidder, auctionId, amount);
            sold += amount;
        }
        assertEq(ibt.totalSupply(), sold + sold * 90 / 10_000);
        assertEq(address(auctions).balance, paid);
        assertGe(paid * 1e18, sold * 0.1 ether);
    }

    /// Whatever a buyer's bids, together they pay its IBT's exact price rounded up once.
    function testFuzz_bid_anySplit_paysTheCumulativeCostRoundedUpOnce(uint256 price, uint256[5] memory amounts) public {
        price = bound(price, 1, 1e21);
        uint256 investmentId = _recordInvestment(1e30);
        vm.prank(operator);
        uint256 id = auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, price, startsAt, startsAt + 7 days);
        vm.warp(startsAt + 48 hours + 1);
        uint256 bought;
        for (uint256 i; i < amounts.length && bought < AUCTION_OFFERED; ++i) {
            uint256 amount = bound(amounts[i], 1, AUCTION_OFFERED - bought);
            _bid(alice, id, amount);
            bought += amount;
        }
        assertEq(auctions.getAuction(id).raised, Math.mulDiv(bought, price, 1e18, Math.Rounding.Ceil));
    }

    /// Over any number of auctions of one investment, what they may raise never exceeds half of it.
    function testFuzz_createAuction_manyAuctions_neverAboveHalfTheInvestment(uint256 total, uint256[4] memory offers)
        public
    {
        total = bound(total, 1 ether, 1e24);
        uint256 investmentId = _recordInvestment(total);
        for (uint256 i; i < offers.length; ++i) {
            uint256 offered = bound(offers[i], 1e18, 1e27);
            uint256 raise = Math.mulDiv(offered, AUCTION_PRICE, 1e18, Math.Rounding.Ceil);
            uint256 committed = auctions.getInvestment(investmentId).committed;
            vm.prank(operator);
            if (committed + raise > total / 2) {
                vm.expectRevert(
                    abi.encodeWithSelector(
                        IBandwidthAuction.AuctionRaiseAboveCap.selector, raise, total / 2 - committed
                    )
                );
            }
            auctions.createAuction(investmentId, ibt, offered, AUCTION_PRICE, startsAt, startsAt + 7 days);
            assertLe(auctions.getInvestment(investmentId).committed, total / 2);
        }
    }
}
