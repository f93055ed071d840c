// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthAuction} from "../src/interfaces/IBandwidthAuction.sol";
import {IBandwidthToken} from "../src/interfaces/IBandwidthToken.sol";
import {NetworkFixture} from "./utils/NetworkFixture.sol";

contract BandwidthAuctionTest is NetworkFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    IBandwidthToken internal ibt;
    uint256 internal startsAt;
    uint256 internal endsAt;

    /// alice holds 75% of SPT and bob 25% once the sale is finalized; the operator's token lets auctions mint.
    function setUp() public override {
        super.setUp();
        _buySpt(alice, 30 ether);
        _buySpt(bob, 10 ether);
        ibt = _auctionableIbt();
        startsAt = sale.closesAt() + 1 hours;
        endsAt = startsAt + 7 days;
    }

    function _open() internal returns (uint256) {
        _finalizeSale();
        return _openAuction(ibt, startsAt, endsAt - startsAt);
    }

    // --- createAuction ---

    function test_createAuction_valid_storesIt() public {
        uint256 id = _open();
        IBandwidthAuction.Auction memory auction = auctions.getAuction(id);
        assertEq(id, 1);
        assertEq(auctions.auctionCount(), 1);
        assertEq(address(auction.token), address(ibt));
        assertEq(auction.operator, operator);
        assertEq(auction.offered, AUCTION_OFFERED);
        assertEq(auction.price, AUCTION_PRICE);
        assertEq(auction.startsAt, startsAt);
        assertEq(auction.endsAt, endsAt);
    }

    function test_createAuction_saleNotFinalized_reverts() public {
        vm.prank(operator);
        vm.expectRevert(IBandwidthAuction.AuctionSaleNotFinalized.selector);
        auctions.createAuction(ibt, AUCTION_INVESTMENT, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    function test_createAuction_tokenNotFromFactory_reverts() public {
        _finalizeSale();
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionUnknownToken.selector, address(spt)));
        auctions.createAuction(
            IBandwidthToken(address(spt)), AUCTION_INVESTMENT, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt
        );
    }

    function test_createAuction_notTheOperator_reverts() public {
        _finalizeSale();
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotOperator.selector, carol));
        auctions.createAuction(ibt, AUCTION_INVESTMENT, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    function test_createAuction_notMinter_reverts() public {
        _finalizeSale();
        vm.startPrank(operator);
        ibt.removeMinter(address(auctions));
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotMinter.selector, address(ibt)));
        auctions.createAuction(ibt, AUCTION_INVESTMENT, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
        vm.stopPrank();
    }

    function test_createAuction_raiseAboveHalfTheInvestment_reverts() public {
        _finalizeSale();
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionRaiseAboveCap.selector, 100 ether, 99 ether));
        auctions.createAuction(ibt, 198 ether, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    function test_createAuction_shorterThanPriorityWindow_reverts() public {
        _finalizeSale();
        vm.prank(operator);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBandwidthAuction.AuctionParameterOutOfBounds.selector, "duration", 48 hours, 49 hours, 90 days
            )
        );
        auctions.createAuction(ibt, AUCTION_INVESTMENT, AUCTION_OFFERED, AUCTION_PRICE, startsAt, startsAt + 48 hours);
    }

    function test_createAuction_startInThePast_reverts() public {
        _finalizeSale();
        uint256 past = block.timestamp - 1;
        vm.prank(operator);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBandwidthAuction.AuctionParameterOutOfBounds.selector,
                "startsAt",
                past,
                block.timestamp,
                block.timestamp + 365 days
            )
        );
        auctions.createAuction(ibt, AUCTION_INVESTMENT, AUCTION_OFFERED, AUCTION_PRICE, past, past + 7 days);
    }

    // --- bid ---

    function test_bid_atStart_reverts() public {
        uint256 id = _open();
        vm.warp(startsAt);
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotOpen.selector, id, startsAt, endsAt));
        auctions.bid{value: 1 ether}(id, 10e18);
    }

    function test_bid_priorityWithinAllocation_custodiesTheTokens() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        vm.expectEmit(address(auctions));
        emit IBandwidthAuction.BidPlaced(id, alice, 750e18, 75 ether, true);
        _bid(alice, id, 750e18);

        (uint256 allocation, IBandwidthAuction.Position memory position) = auctions.positionOf(id, alice);
        assertEq(allocation, 750e18);
        assertEq(position.bought, 750e18);
        assertEq(ibt.balanceOf(address(auctions)), 756.75e18); // with the Common Pool's 0.9%
        assertEq(address(auctions).balance, 75 ether);
        assertEq(auctions.getAuction(id).raised, 75 ether);
    }

    function test_bid_priorityAboveAllocation_reverts() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        _bid(bob, id, 200e18);
        vm.deal(bob, 6 ether);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionAboveAllocation.selector, 250e18, 200e18));
        auctions.bid{value: 6 ether}(id, 60e18);
    }

    function test_bid_priorityWithoutSpt_reverts() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        vm.deal(carol, 1 ether);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionAboveAllocation.selector, 0, 0));
        auctions.bid{value: 1 ether}(id, 10e18);
    }

    function test_bid_sptMovedAfterStart_allocationsStay() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        uint256 aliceSpt = spt.balanceOf(alice);
        vm.prank(alice);
        assertTrue(spt.transfer(carol, aliceSpt));

        (uint256 carolAllocation,) = auctions.positionOf(id, carol);
        (uint256 aliceAllocation,) = auctions.positionOf(id, alice);
        assertEq(carolAllocation, 0);
        assertEq(aliceAllocation, 750e18);
        _bid(alice, id, 750e18);
    }

    function test_bid_wrongPayment_reverts() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        vm.deal(alice, 2 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionWrongPayment.selector, 2 ether, 1 ether));
        auctions.bid{value: 2 ether}(id, 10e18);
    }

    function test_bid_afterPriorityWindow_anyoneUntilSoldOut() public {
        uint256 id = _open();
        vm.warp(startsAt + 48 hours + 1);
        _bid(carol, id, 900e18);
        vm.deal(alice, 20 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionExceedsRemaining.selector, 200e18, 100e18));
        auctions.bid{value: 20 ether}(id, 200e18);
        _bid(alice, id, 100e18);
        assertEq(auctions.getAuction(id).sold, AUCTION_OFFERED);
    }

    function test_bid_afterEnd_reverts() public {
        uint256 id = _open();
        vm.warp(endsAt + 1);
        vm.deal(carol, 1 ether);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotOpen.selector, id, startsAt, endsAt));
        auctions.bid{value: 1 ether}(id, 10e18);
    }

    function test_bid_unknownAuction_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotFound.selector, 7));
        auctions.bid(7, 1);
    }

    function test_cost_fractionOfAUnit_roundsUp() public {
        uint256 id = _open();
        assertEq(auctions.cost(id, 1), 1);
        assertEq(auctions.cost(id, 10e18), 1 ether);
    }

    // --- settlement and claims ---

    function test_settle_beforeEndNotSoldOut_reverts() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        _bid(alice, id, 100e18);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotSettleable.selector, id, endsAt));
        auctions.settle(id);
    }

    function test_settle_afterEnd_fixesCommonPoolShare() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        _bid(alice, id, 500e18);
        vm.warp(endsAt + 1);
        vm.expectEmit(address(auctions));
        emit IBandwidthAuction.AuctionSettled(id, 500e18, 50 ether, 4.5e18);
        auctions.settle(id);
        assertEq(ibt.balanceOf(address(auctions)), 504.5e18);
        assertEq(ibt.totalSupply(), 504.5e18);
        assertTrue(auctions.getAuction(id).settled);
    }

    function test_settle_soldOutEarly_settles() public {
        uint256 id = _open();
        vm.warp(startsAt + 48 hours + 1);
        _bid(carol, id, AUCTION_OFFERED);
        auctions.settle(id);
        assertEq(auctions.getAuction(id).commonPool, 9e18);
    }

    function test_settle_twice_reverts() public {
        uint256 id = _open();
        vm.warp(endsAt + 1);
        auctions.settle(id);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotSettleable.selector, id, endsAt));
        auctions.settle(id);
    }

    function test_claimTokens_afterEnd_sendsWhatWasBoughtOnce() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        _bid(bob, id, 250e18);
        vm.warp(endsAt + 1);
        vm.prank(bob);
        auctions.claimTokens(id);
        assertEq(ibt.balanceOf(bob), 250e18);

        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNothingToClaim.selector, id, bob));
        auctions.claimTokens(id);
    }

    function test_claimTokens_beforeEnd_reverts() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        _bid(bob, id, 250e18);
        vm.prank(bob);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotSettleable.selector, id, endsAt));
        auctions.claimTokens(id);
    }

    function test_claimTokens_minterRemovedAfterBids_stillPays() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        _bid(bob, id, 250e18);
        vm.prank(operator);
        ibt.removeMinter(address(auctions));
        vm.warp(startsAt + 48 hours + 1);
        vm.deal(carol, 1 ether);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthToken.BandwidthNotMinter.selector, address(auctions)));
        auctions.bid{value: 1 ether}(id, 10e18);

        vm.warp(endsAt + 1);
        vm.prank(bob);
        auctions.claimTokens(id);
        vm.prank(alice);
        auctions.claimCommonPool(id);
        assertEq(ibt.balanceOf(bob), 250e18);
        assertEq(ibt.balanceOf(alice), 1.6875e18);
    }

    function test_claimProceeds_operator_receivesTheEtherOnce() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        _bid(alice, id, 300e18);
        vm.warp(endsAt + 1);
        vm.prank(operator);
        auctions.claimProceeds(id);
        assertEq(operator.balance, 30 ether);

        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNothingToClaim.selector, id, operator));
        auctions.claimProceeds(id);
    }

    function test_claimProceeds_notOperator_reverts() public {
        uint256 id = _open();
        vm.warp(endsAt + 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotOperator.selector, alice));
        auctions.claimProceeds(id);
    }

    function test_claimCommonPool_sptHolders_shareItProRata() public {
        uint256 id = _open();
        vm.warp(startsAt + 48 hours + 1);
        _bid(carol, id, AUCTION_OFFERED);
        vm.prank(alice);
        auctions.claimCommonPool(id);
        vm.prank(bob);
        auctions.claimCommonPool(id);
        assertEq(ibt.balanceOf(alice), 6.75e18);
        assertEq(ibt.balanceOf(bob), 2.25e18);

        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNothingToClaim.selector, id, carol));
        auctions.claimCommonPool(id);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNothingToClaim.selector, id, alice));
        auctions.claimCommonPool(id);
    }

    function test_constants_matchTheDesign() public view {
        assertEq(auctions.PRIORITY_WINDOW(), 48 hours);
        assertEq(auctions.COMMON_POOL_BPS(), 90);
    }
}
