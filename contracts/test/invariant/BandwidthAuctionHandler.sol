// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthAuction} from "../../src/interfaces/IBandwidthAuction.sol";
import {IBandwidthToken} from "../../src/interfaces/IBandwidthToken.sol";
import {IParticipantRegistry} from "../../src/interfaces/IParticipantRegistry.sol";
import {IPlatformToken} from "../../src/interfaces/IPlatformToken.sol";
import {BandwidthAuction} from "../../src/network/BandwidthAuction.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Random bids in both windows, SPT moving between holders, time travel, the operator's offboarding and
/// every claim and sweep, on one auction. Only valid calls are made; each successful one is counted.
contract BandwidthAuctionHandler is Test {
    BandwidthAuction internal immutable auctions;
    IBandwidthToken internal immutable ibt;
    IPlatformToken internal immutable spt;
    IParticipantRegistry internal immutable participants;
    address internal immutable governance;
    uint256 internal immutable auctionId;
    address internal immutable operator;
    address[] internal actors;

    uint256 public tokensClaimed;
    uint256 public poolClaimed;
    uint256 public poolSwept;
    uint256 public proceedsClaimed;
    /// Wei charged over all bids.
    uint256 public charged;
    /// Bought in the priority window, per actor.
    mapping(address actor => uint256) public priorityBought;
    /// Successful calls per action.
    mapping(string action => uint256) public successes;

    constructor(
        BandwidthAuction auctions_,
        uint256 auctionId_,
        IPlatformToken spt_,
        IParticipantRegistry participants_,
        address governance_,
        address[] memory actors_
    ) {
        auctions = auctions_;
        auctionId = auctionId_;
        IBandwidthAuction.Auction memory auction = auctions_.getAuction(auctionId_);
        ibt = auction.token;
        operator = auction.operator;
        spt = spt_;
        participants = participants_;
        governance = governance_;
        actors = actors_;
    }

    function bid(uint256 actorSeed, uint256 amount) external {
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        if (block.timestamp <= auction.startsAt || block.timestamp > auction.endsAt || auction.settled) return;
        if (!participants.hasRole(participants.OPERATOR_ROLE(), operator)) return;
        uint256 remaining = auction.offered - auction.sold;
        address actor = _actor(actorSeed);
        (uint256 allocation, IBandwidthAuction.Position memory position) = auctions.positionOf(auctionId, actor);
        bool priority = block.timestamp <= auction.startsAt + auctions.PRIORITY_WINDOW();
        uint256 limit = priority ? allocation - position.bought : remaining;
        if (limit > remaining) limit = remaining;
        if (limit == 0) return;
        amount = bound(amount, 1, limit);
        uint256 price = auctions.cost(auctionId, actor, amount);
        vm.deal(actor, actor.balance + price);
        vm.prank(actor);
        auctions.bid{value: price}(auctionId, amount);
        charged += price;
        if (priority) priorityBought[actor] += amount;
        ++successes["bid"];
    }

    function moveSpt(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        uint256 balance = spt.balanceOf(from);
        if (balance == 0) return;
        vm.prank(from);
        assertTrue(spt.transfer(_actor(toSeed), bound(amount, 1, balance)));
        ++successes["moveSpt"];
    }

    /// Moves time a little, or (every other call) to the next stage: just after the start, after the priority
    /// window, after the end; stages are reached in order, so each run sees both windows.
    function warp(uint256 seconds_, bool nextStage) external {
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        uint256[3] memory stages =
            [uint256(auction.startsAt) + 1, auction.startsAt + auctions.PRIORITY_WINDOW() + 1, auction.endsAt + 1];
        uint256 target = block.timestamp + bound(seconds_, 1, 1 days);
        for (uint256 i; nextStage && i < stages.length; ++i) {
            if (stages[i] > block.timestamp) {
                target = stages[i];
                break;
            }
        }
        vm.warp(target);
        ++successes["warp"];
    }

    /// Governance offboards the operator once the priority window is over (so runs still reach both windows).
    function offboardOperator() external {
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        bytes32 role = participants.OPERATOR_ROLE();
        if (block.timestamp <= auction.startsAt + auctions.PRIORITY_WINDOW() || !participants.hasRole(role, operator)) {
            return;
        }
        vm.prank(governance);
        participants.revokeRole(role, operator);
        ++successes["offboardOperator"];
    }

    function claimTokens(uint256 actorSeed) external {
        address actor = _actor(actorSeed);
        (, IBandwidthAuction.Position memory position) = auctions.positionOf(auctionId, actor);
        if (!_settleable() || position.bought == 0 || position.tokensClaimed) return;
        vm.prank(actor);
        auctions.claimTokens(auctionId);
        tokensClaimed += position.bought;
        ++successes["claimTokens"];
    }

    function claimCommonPool(uint256 actorSeed) external {
        address actor = _actor(actorSeed);
        (, IBandwidthAuction.Position memory position) = auctions.positionOf(auctionId, actor);
        if (!_settleable() || position.commonPoolClaimed || block.timestamp > _poolClosesAt()) return;
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        uint256 pool = auctions.commonPool(auctionId);
        uint256 supply = spt.getPastTotalSupply(auction.startsAt);
        uint256 share = pool * auctions.holdingOf(auctionId, actor) / supply;
        if (share == 0) return;
        uint256 before = ibt.balanceOf(actor);
        vm.prank(actor);
        auctions.claimCommonPool(auctionId);
        assertEq(ibt.balanceOf(actor) - before, share);
        poolClaimed += share;
        ++successes["claimCommonPool"];
    }

    /// Jumps past the Common Pool's claim period and sweeps what is left to the treasury.
    function sweepCommonPool() external {
        if (!_settleable()) return;
        vm.warp(_max(block.timestamp, _poolClosesAt() + 1));
        uint256 left = auctions.commonPool(auctionId) - poolClaimed - poolSwept;
        if (left == 0) return;
        auctions.sweepCommonPool(auctionId);
        poolSwept += left;
        ++successes["sweepCommonPool"];
    }

    function claimProceeds() external {
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        if (!_settleable() || auction.proceedsClaimed || auction.raised == 0) return;
        vm.prank(operator);
        auctions.claimProceeds(auctionId);
        proceedsClaimed += auction.raised;
        ++successes["claimProceeds"];
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function actorAt(uint256 index) external view returns (address) {
        return actors[index];
    }

    function _settleable() internal view returns (bool) {
        IBandwidthAuction.Auction memory auction = auctions.getAuction(auctionId);
        return auction.settled || block.timestamp > auction.endsAt || auction.sold == auction.offered
            || !participants.hasRole(participants.OPERATOR_ROLE(), operator);
    }

    function _poolClosesAt() internal view returns (uint256) {
        return auctions.getAuction(auctionId).endsAt + auctions.COMMON_POOL_CLAIM_PERIOD();
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    function _max(uint256 a, uint256 b) private pure returns (uint256) {
        return a > b ? a : b;
    }
}
