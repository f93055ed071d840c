// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthAuction} from "../../src/interfaces/IBandwidthAuction.sol";
import {IBandwidthToken} from "../../src/interfaces/IBandwidthToken.sol";
import {NetworkFixture} from "../utils/NetworkFixture.sol";
import {BandwidthAuctionHandler} from "./BandwidthAuctionHandler.sol";

/// @notice Properties of one auction under random bidding, SPT transfers and claims.
contract BandwidthAuctionInvariantTest is NetworkFixture {
    BandwidthAuctionHandler internal handler;
    IBandwidthToken internal ibt;
    uint256 internal auctionId;

    function setUp() public override {
        super.setUp();
        address[] memory actors = new address[](4);
        for (uint256 i; i < actors.length; ++i) {
            actors[i] = makeAddr(string.concat("bidder", vm.toString(i)));
            // Three holders of different sizes; the fourth holds no SPT at the start.
            if (i < 3) _buySpt(actors[i], (i + 1) * 10 ether);
        }
        ibt = _auctionableIbt();
        _finalizeSale();
        auctionId = _openAuction(ibt, block.timestamp + 1 hours, 5 days);
        handler = new BandwidthAuctionHandler(auctions, auctionId, spt, actors);
        targetContract(address(handler));
    }

    /// Never more sold than offered; the token's supply is what was sold plus the pool's 0.9% of it.
    function invariant_mintedIsSoldPlusPoolShare() public view {
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        assertLe(auction.sold, auction.offered);
        assertEq(ibt.totalSupply(), auction.sold + auction.sold * 90 / 10_000);
    }

    /// Custody holds every unclaimed IBT and the ether not yet paid out; pool claims never exceed the pool.
    function invariant_custodyCoversClaims() public view {
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        uint256 pool = auction.sold * 90 / 10_000;
        assertEq(
            ibt.balanceOf(address(auctions)), auction.sold - handler.tokensClaimed() + pool - handler.poolClaimed()
        );
        assertLe(handler.poolClaimed(), pool);
        assertEq(address(auctions).balance, auction.raised - handler.proceedsClaimed());
    }

    /// In the priority window nobody bought more than its allocation from its SPT at the start.
    function invariant_priorityWithinAllocation() public view {
        if (block.timestamp <= auctions.getAuction(auctionId).startsAt) return;
        for (uint256 i; i < handler.actorCount(); ++i) {
            address actor = handler.actorAt(i);
            (uint256 allocation,) = auctions.positionOf(auctionId, actor);
            assertLe(handler.priorityBought(actor), allocation);
        }
    }
}
