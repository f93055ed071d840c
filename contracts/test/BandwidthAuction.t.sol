// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthAuction} from "../src/interfaces/IBandwidthAuction.sol";
import {IBandwidthToken} from "../src/interfaces/IBandwidthToken.sol";
import {NetworkFixture} from "./utils/NetworkFixture.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

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
        // The sale is finalized the second after it closes; auctions start a holding period later.
        startsAt = sale.closesAt() + 1 + HOLDING_PERIOD + 1 hours;
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

    /// The double stands in for the table here (`BandwidthAuctionDebt.t.sol` uses the real one).
    function test_createAuction_unsettledDebtor_reverts() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        debts.setUnsettledDebt(operator, true);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionOperatorInDebt.selector, operator));
        _openAuctionFor(investmentId, ibt, startsAt, endsAt - startsAt);
        debts.setUnsettledDebt(operator, false);
        assertEq(_openAuctionFor(investmentId, ibt, startsAt, endsAt - startsAt), 1);
    }

    function test_createAuction_saleNotFinalized_reverts() public {
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        vm.prank(operator);
        vm.expectRevert(IBandwidthAuction.AuctionSaleNotFinalized.selector);
        auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    function test_createAuction_tokenNotFromFactory_reverts() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionUnknownToken.selector, address(spt)));
        auctions.createAuction(
            investmentId, IBandwidthToken(address(spt)), AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt
        );
    }

    /// Another onboarded operator with its own investment still cannot auction this operator's token.
    function test_createAuction_notTheTokensOperator_reverts() public {
        _finalizeSale();
        address other = _onboardOtherOperator();
        vm.prank(platform);
        uint256 investmentId = auctions.recordInvestment(other, AUCTION_INVESTMENT);
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotOperator.selector, other));
        auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    function test_createAuction_notTheInvestmentsOperator_reverts() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        address other = _onboardOtherOperator();
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotOperator.selector, other));
        auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    function test_createAuction_outsider_reverts() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotOnboardedOperator.selector, carol));
        auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    function test_createAuction_unknownInvestment_reverts() public {
        _finalizeSale();
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionInvestmentNotFound.selector, 3));
        auctions.createAuction(3, ibt, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    function test_createAuction_notMinter_reverts() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        vm.startPrank(operator);
        ibt.removeMinter(address(auctions));
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotMinter.selector, address(ibt)));
        auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
        vm.stopPrank();
    }

    function test_createAuction_raiseAboveHalfTheInvestment_reverts() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(198 ether);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionRaiseAboveCap.selector, 100 ether, 99 ether));
        auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    function test_createAuction_shorterThanPriorityWindow_reverts() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        vm.prank(operator);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBandwidthAuction.AuctionParameterOutOfBounds.selector, "duration", 48 hours, 49 hours, 90 days
            )
        );
        auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, startsAt, startsAt + 48 hours);
    }

    function test_createAuction_startInThePast_reverts() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        vm.warp(_earliestStart() + 1 days);
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
        auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, past, past + 7 days);
    }

    // --- only onboarded operators raise (issue 11) ---

    /// Regression: an operator whose role was revoked kept opening auctions on its old tokens.
    function test_createAuction_offboardedOperator_reverts() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        _offboardOperator();
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotOnboardedOperator.selector, operator));
        auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    /// Regression: anyone handed the token's ownership could raise on it; now it takes two steps and the role.
    function test_createAuction_tokenHandedToAnOutsider_reverts() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        vm.prank(operator);
        Ownable2Step(address(ibt)).transferOwnership(carol);
        assertEq(ibt.operator(), operator);
        vm.prank(carol);
        Ownable2Step(address(ibt)).acceptOwnership();
        assertEq(ibt.operator(), carol);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotOnboardedOperator.selector, carol));
        auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    /// Regression: bids kept minting IBT for an offboarded operator's open auction.
    function test_bid_operatorOffboardedMidAuction_reverts() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        _bid(bob, id, 100e18);
        _offboardOperator();
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionOperatorOffboarded.selector, id, operator));
        auctions.bid{value: 1 ether}(id, 10e18);
    }

    /// Offboarding mid-auction ends it at once: buyers take the IBT already minted into custody, holders the
    /// pool's share, the operator what the buyers paid; the unsold part leaves the investment's cap.
    function test_claimTokens_operatorOffboardedMidAuction_buyersClaimAtOnce() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        _bid(bob, id, 200e18);
        _bid(alice, id, 300e18);
        assertEq(ibt.balanceOf(address(auctions)), 504.5e18);
        _offboardOperator();

        vm.prank(bob);
        auctions.claimTokens(id);
        vm.prank(alice);
        auctions.claimTokens(id);
        vm.prank(alice);
        auctions.claimCommonPool(id);
        assertEq(ibt.balanceOf(bob), 200e18);
        assertEq(ibt.balanceOf(alice), 300e18 + 3.375e18);
        IBandwidthAuction.Auction memory auction = auctions.getAuction(id);
        assertTrue(auction.settled);
        assertEq(auctions.commonPool(id), 4.5e18);
        vm.prank(operator);
        auctions.claimProceeds(id);
        assertEq(operator.balance, 50 ether);
        assertEq(auctions.getInvestment(auction.investmentId).committed, 50 ether);
    }

    // --- investments and the cap across auctions (issue 11) ---

    function test_recordInvestment_platform_recordsIt() public {
        vm.expectEmit(address(auctions));
        emit IBandwidthAuction.InvestmentRecorded(1, operator, 200 ether, platform);
        uint256 id = _recordInvestment(200 ether);
        IBandwidthAuction.Investment memory investment = auctions.getInvestment(id);
        assertEq(id, 1);
        assertEq(auctions.investmentCount(), 1);
        assertEq(investment.operator, operator);
        assertEq(investment.total, 200 ether);
        assertEq(investment.committed, 0);
    }

    /// Regression: the operator declared its investment alone, in every auction.
    function test_recordInvestment_operatorItself_reverts() public {
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotPlatform.selector, operator));
        auctions.recordInvestment(operator, 200 ether);
    }

    function test_recordInvestment_forNonOperator_reverts() public {
        vm.prank(platform);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotOnboardedOperator.selector, carol));
        auctions.recordInvestment(carol, 200 ether);
    }

    function test_recordInvestment_zeroTotal_reverts() public {
        vm.prank(platform);
        vm.expectRevert(
            abi.encodeWithSelector(IBandwidthAuction.AuctionParameterOutOfBounds.selector, "total", 0, 1, 1e30)
        );
        auctions.recordInvestment(operator, 0);
    }

    function test_getInvestment_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionInvestmentNotFound.selector, 1));
        auctions.getInvestment(1);
    }

    /// Regression: two auctions for one 200 ETH investment raised 200 ETH.
    function test_createAuction_secondAuctionAboveTheInvestmentsCap_reverts() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        _openAuctionFor(investmentId, ibt, startsAt, 7 days);
        assertEq(auctions.getInvestment(investmentId).committed, 100 ether);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionRaiseAboveCap.selector, 100 ether, 0));
        auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    /// What an auction did not sell is released at settlement, so a later auction may offer it, and no more.
    function test_createAuction_afterAPartlySoldAuction_offersTheRest() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        uint256 id = _openAuctionFor(investmentId, ibt, startsAt, 7 days);
        vm.warp(startsAt + 1);
        _bid(alice, id, 400e18);
        vm.warp(endsAt + 1);
        auctions.settle(id);
        assertEq(auctions.getInvestment(investmentId).committed, 40 ether);

        vm.prank(operator);
        auctions.createAuction(investmentId, ibt, 600e18, AUCTION_PRICE, block.timestamp, block.timestamp + 7 days);
        assertEq(auctions.getInvestment(investmentId).committed, 100 ether);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionRaiseAboveCap.selector, 0.1 ether, 0));
        auctions.createAuction(investmentId, ibt, 1e18, AUCTION_PRICE, block.timestamp, block.timestamp + 7 days);
    }

    // --- windows (issue 11) ---

    /// Regression: auctions sold IBT whose delivery period had already ended.
    function test_createAuction_deliveryEndsBeforeTheAuction_reverts() public {
        vm.prank(operator);
        IBandwidthToken shortLived = factory.createToken("Osona short", "IBT-OSS", block.timestamp, startsAt + 3 days);
        vm.prank(operator);
        shortLived.addMinter(address(auctions));
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        vm.prank(operator);
        vm.expectRevert(
            abi.encodeWithSelector(IBandwidthAuction.AuctionDeliveryEndsTooSoon.selector, startsAt + 3 days, endsAt)
        );
        auctions.createAuction(investmentId, shortLived, AUCTION_OFFERED, AUCTION_PRICE, startsAt, endsAt);
    }

    function test_createAuction_startWithinTheHoldingPeriodAfterTheSale_reverts() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(AUCTION_INVESTMENT);
        uint256 tooEarly = _earliestStart() - 1;
        vm.prank(operator);
        vm.expectRevert(
            abi.encodeWithSelector(
                IBandwidthAuction.AuctionParameterOutOfBounds.selector,
                "startsAt",
                tooEarly,
                tooEarly + 1,
                block.timestamp + 365 days
            )
        );
        auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, tooEarly, tooEarly + 7 days);
    }

    /// Regression: SPT borrowed for the second around `startsAt` earned the whole priority allocation and the
    /// Common Pool share.
    function test_bid_sptBorrowedAroundTheStart_earnsNothing() public {
        uint256 id = _open();
        vm.warp(startsAt);
        uint256 aliceSpt = spt.balanceOf(alice);
        vm.prank(alice);
        assertTrue(spt.transfer(carol, aliceSpt));
        vm.warp(startsAt + 1);
        vm.prank(carol);
        assertTrue(spt.transfer(alice, aliceSpt));

        (uint256 carolAllocation,) = auctions.positionOf(id, carol);
        assertEq(carolAllocation, 0);
        assertEq(auctions.holdingOf(id, carol), 0);
        vm.deal(carol, 1 ether);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionAboveAllocation.selector, 0, 0));
        auctions.bid{value: 1 ether}(id, 10e18);

        vm.warp(startsAt + 48 hours + 1);
        _bid(bob, id, AUCTION_OFFERED);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNothingToClaim.selector, id, carol));
        auctions.claimCommonPool(id);
    }

    /// SPT received within the holding period before the start does not count; what was held all along does.
    function test_positionOf_sptReceivedWithinTheHoldingPeriod_countsTheLowerBalance() public {
        uint256 id = _open();
        vm.warp(startsAt - 1 days);
        uint256 bobSpt = spt.balanceOf(bob);
        vm.prank(alice);
        assertTrue(spt.transfer(bob, bobSpt));
        vm.warp(startsAt + 1);
        assertEq(auctions.holdingOf(id, bob), bobSpt);
        assertEq(auctions.holdingOf(id, alice), 2 * bobSpt);
        (uint256 bobAllocation,) = auctions.positionOf(id, bob);
        (uint256 aliceAllocation,) = auctions.positionOf(id, alice);
        assertEq(bobAllocation, 250e18);
        assertEq(aliceAllocation, 500e18);
    }

    // --- cancelling (issue 11) ---

    function test_cancelAuction_noBid_releasesTheRaise() public {
        uint256 id = _open();
        uint256 investmentId = auctions.getAuction(id).investmentId;
        vm.warp(startsAt + 1);
        vm.expectEmit(address(auctions));
        emit IBandwidthAuction.AuctionCancelled(id);
        vm.prank(operator);
        auctions.cancelAuction(id);
        assertTrue(auctions.getAuction(id).cancelled);
        assertEq(auctions.getInvestment(investmentId).committed, 0);

        vm.deal(carol, 1 ether);
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionWasCancelled.selector, id));
        auctions.bid{value: 1 ether}(id, 10e18);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionWasCancelled.selector, id));
        auctions.settle(id);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionWasCancelled.selector, id));
        auctions.cancelAuction(id);
    }

    function test_cancelAuction_afterABid_reverts() public {
        uint256 id = _open();
        vm.warp(startsAt + 1);
        _bid(bob, id, 1e18);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotCancellable.selector, id, 1e18));
        auctions.cancelAuction(id);
    }

    function test_cancelAuction_settled_reverts() public {
        uint256 id = _open();
        vm.warp(endsAt + 1);
        auctions.settle(id);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotCancellable.selector, id, 0));
        auctions.cancelAuction(id);
    }

    function test_cancelAuction_notTheOperator_reverts() public {
        uint256 id = _open();
        vm.prank(carol);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNotOperator.selector, carol));
        auctions.cancelAuction(id);
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
        assertEq(auctions.cost(id, alice, 1), 1);
        assertEq(auctions.cost(id, alice, 10e18), 1 ether);
    }

    /// Regression: every bid rounded its cost up separately, so 100 bids of one unit at 0.1 ETH + 1 wei per IBT
    /// paid 100 wei; the cumulative charge rounds up once: ⌈100 · (1e17 + 1) / 1e18⌉ = 11 wei.
    function test_bid_manySmallBids_payTheCumulativeCostRoundedUpOnce() public {
        _finalizeSale();
        uint256 investmentId = _recordInvestment(2 * AUCTION_INVESTMENT);
        vm.prank(operator);
        uint256 id = auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE + 1, startsAt, endsAt);
        vm.warp(startsAt + 48 hours + 1);
        uint256 paid;
        for (uint256 i; i < 100; ++i) {
            paid += auctions.cost(id, carol, 1);
            _bid(carol, id, 1);
        }
        assertEq(paid, 11);
        assertEq(auctions.getAuction(id).raised, 11);
        assertEq(auctions.cost(id, carol, 100), 10);
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
        assertEq(auctions.commonPool(id), 9e18);
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

    // --- the Common Pool's leftovers (issue 11) ---

    function test_claimCommonPool_nothingSold_reverts() public {
        uint256 id = _open();
        vm.warp(endsAt + 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNothingToClaim.selector, id, alice));
        auctions.claimCommonPool(id);
    }

    /// An offboarding before the start settles an auction nobody could bid in: nothing to claim, all released.
    function test_settle_operatorOffboardedBeforeTheStart_releasesEverything() public {
        uint256 id = _open();
        _offboardOperator();
        auctions.settle(id);
        assertEq(auctions.getInvestment(auctions.getAuction(id).investmentId).committed, 0);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNothingToClaim.selector, id, alice));
        auctions.claimCommonPool(id);
    }

    function test_claimCommonPool_afterTheClaimPeriod_reverts() public {
        uint256 id = _open();
        vm.warp(startsAt + 48 hours + 1);
        _bid(carol, id, AUCTION_OFFERED);
        uint256 closesAt = endsAt + 90 days;
        vm.warp(closesAt + 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionCommonPoolClosed.selector, id, closesAt));
        auctions.claimCommonPool(id);
    }

    /// What holders did not claim, and what no holding could claim, goes to the treasury once, after the period.
    function test_sweepCommonPool_afterTheClaimPeriod_sendsTheRestToTheTreasury() public {
        uint256 id = _open();
        vm.warp(startsAt + 48 hours + 1);
        _bid(carol, id, AUCTION_OFFERED);
        vm.prank(bob);
        auctions.claimCommonPool(id);
        uint256 closesAt = endsAt + 90 days;
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionCommonPoolStillOpen.selector, id, closesAt));
        auctions.sweepCommonPool(id);

        vm.warp(closesAt + 1);
        vm.expectEmit(address(auctions));
        emit IBandwidthAuction.CommonPoolSwept(id, treasury, 6.75e18);
        auctions.sweepCommonPool(id);
        assertEq(ibt.balanceOf(treasury), 6.75e18);
        assertEq(ibt.balanceOf(address(auctions)), AUCTION_OFFERED);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionNothingToClaim.selector, id, address(this)));
        auctions.sweepCommonPool(id);
    }

    function _offboardOperator() internal {
        bytes32 operatorRole = participants.OPERATOR_ROLE();
        vm.prank(governance);
        participants.revokeRole(operatorRole, operator);
    }

    function _onboardOtherOperator() internal returns (address other) {
        other = makeAddr("otherOperator");
        bytes32 operatorRole = participants.OPERATOR_ROLE();
        vm.prank(governance);
        participants.grantRole(operatorRole, other);
    }

    function test_constants_matchTheDesign() public view {
        assertEq(auctions.PRIORITY_WINDOW(), 48 hours);
        assertEq(auctions.COMMON_POOL_BPS(), 90);
        assertEq(auctions.HOLDING_PERIOD(), 7 days);
        assertEq(auctions.COMMON_POOL_CLAIM_PERIOD(), 90 days);
    }
}
