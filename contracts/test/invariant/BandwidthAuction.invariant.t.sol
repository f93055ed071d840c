// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthAuction} from "../../src/interfaces/IBandwidthAuction.sol";
import {IBandwidthToken} from "../../src/interfaces/IBandwidthToken.sol";
import {NetworkFixture} from "../utils/NetworkFixture.sol";
import {BandwidthAuctionHandler} from "./BandwidthAuctionHandler.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @notice Properties of one auction under random bidding, SPT transfers, offboarding, claims and the sweep.
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
        uint256 startsAt = _earliestStart() + 1 hours;
        auctionId = _openAuction(ibt, startsAt, 5 days);
        // SPT moved from here on falls inside the holding period: it changes the holdings.
        vm.warp(startsAt - 1 days);
        handler = new BandwidthAuctionHandler(auctions, auctionId, spt, participants, governance, actors);
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
            ibt.balanceOf(address(auctions)),
            auction.sold - handler.tokensClaimed() + pool - handler.poolClaimed() - handler.poolSwept()
        );
        assertLe(handler.poolClaimed() + handler.poolSwept(), pool);
        assertEq(ibt.balanceOf(treasury), handler.poolSwept());
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

    /// Bids pay the exact price of what was sold, rounded up at most once per buyer.
    function invariant_raisedIsTheCumulativeCost() public view {
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        assertEq(auction.raised, handler.charged());
        assertGe(auction.raised * 1e18, uint256(auction.sold) * auction.price);
        assertLe(auction.raised, uint256(auction.sold) * auction.price / 1e18 + handler.actorCount());
    }

    /// The investment never commits more than half of its total; once settled, it keeps what was raised.
    function invariant_investmentWithinHalf() public view {
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        IBandwidthAuction.Investment memory investment = auctions.getInvestment(auction.investmentId);
        assertLe(investment.committed, investment.total / 2);
        if (auction.settled) {
            uint256 reserved = Math.mulDiv(auction.offered, auction.price, 1e18, Math.Rounding.Ceil);
            assertEq(investment.committed, Math.min(auction.raised, reserved));
        }
    }

    /// How often each action succeeded in the run, for the report.
    function afterInvariant() public {
        string[8] memory actions = [
            "bid",
            "moveSpt",
            "warp",
            "offboardOperator",
            "claimTokens",
            "claimCommonPool",
            "sweepCommonPool",
            "claimProceeds"
        ];
        for (uint256 i; i < actions.length; ++i) {
            emit log_named_uint(actions[i], handler.successes(actions[i]));
        }
    }
}
