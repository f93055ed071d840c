// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthAuction} from "../../src/interfaces/IBandwidthAuction.sol";
import {IBandwidthToken} from "../../src/interfaces/IBandwidthToken.sol";
import {IPlatformToken} from "../../src/interfaces/IPlatformToken.sol";
import {BandwidthAuction} from "../../src/network/BandwidthAuction.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Random bids in both windows, SPT moving between holders, time travel and every claim, on one auction.
contract BandwidthAuctionHandler is Test {
    BandwidthAuction internal immutable auctions;
    IBandwidthToken internal immutable ibt;
    IPlatformToken internal immutable spt;
    uint256 internal immutable auctionId;
    address internal immutable operator;
    address[] internal actors;

    uint256 public tokensClaimed;
    uint256 public poolClaimed;
    uint256 public proceedsClaimed;
    /// Bought in the priority window, per actor.
    mapping(address actor => uint256) public priorityBought;

    constructor(BandwidthAuction auctions_, uint256 auctionId_, IPlatformToken spt_, address[] memory actors_) {
        auctions = auctions_;
        auctionId = auctionId_;
        IBandwidthAuction.Auction memory auction = auctions_.getAuction(auctionId_);
        ibt = auction.token;
        operator = auction.operator;
        spt = spt_;
        actors = actors_;
    }

    function bid(uint256 actorSeed, uint256 amount) external {
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        if (block.timestamp <= auction.startsAt || block.timestamp > auction.endsAt) return;
        uint256 remaining = auction.offered - auction.sold;
        address actor = _actor(actorSeed);
        (uint256 allocation, IBandwidthAuction.Position memory position) = auctions.positionOf(auctionId, actor);
        bool priority = block.timestamp <= auction.startsAt + auctions.PRIORITY_WINDOW();
        uint256 limit = priority ? allocation - position.bought : remaining;
        if (limit > remaining) limit = remaining;
        if (limit == 0) return;
        amount = bound(amount, 1, limit);
        uint256 price = auctions.cost(auctionId, amount);
        vm.deal(actor, actor.balance + price);
        vm.prank(actor);
        auctions.bid{value: price}(auctionId, amount);
        if (priority) priorityBought[actor] += amount;
    }

    function moveSpt(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        uint256 balance = spt.balanceOf(from);
        if (balance == 0) return;
        vm.prank(from);
        assertTrue(spt.transfer(_actor(toSeed), bound(amount, 1, balance)));
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 1 days));
    }

    function claimTokens(uint256 actorSeed) external {
        address actor = _actor(actorSeed);
        (, IBandwidthAuction.Position memory position) = auctions.positionOf(auctionId, actor);
        if (!_settleable() || position.bought == 0 || position.tokensClaimed) return;
        vm.prank(actor);
        auctions.claimTokens(auctionId);
        tokensClaimed += position.bought;
    }

    function claimCommonPool(uint256 actorSeed) external {
        address actor = _actor(actorSeed);
        (, IBandwidthAuction.Position memory position) = auctions.positionOf(auctionId, actor);
        if (!_settleable() || position.commonPoolClaimed) return;
        uint256 before = ibt.balanceOf(actor);
        vm.prank(actor);
        try auctions.claimCommonPool(auctionId) {
            poolClaimed += ibt.balanceOf(actor) - before;
        } catch {
            // no SPT at the start: nothing to claim
        }
    }

    function claimProceeds() external {
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        if (!_settleable() || auction.proceedsClaimed || auction.raised == 0) return;
        vm.prank(operator);
        auctions.claimProceeds(auctionId);
        proceedsClaimed += auction.raised;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function actorAt(uint256 index) external view returns (address) {
        return actors[index];
    }

    function _settleable() internal view returns (bool) {
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        return auction.settled || block.timestamp > auction.endsAt || auction.sold == auction.offered;
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }
}
