// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthAuction} from "../src/interfaces/IBandwidthAuction.sol";
import {BillingFixture} from "./utils/BillingFixture.sol";

/// @notice The auctions against the real compensation table: an unsettled debt blocks new auctions.
contract BandwidthAuctionDebtTest is BillingFixture {
    uint256 internal investmentId;
    uint256 internal startsAt;

    /// The operator owes period 0's expenses; then the sale is finalized and its investment recorded.
    function setUp() public override {
        super.setUp();
        vm.prank(operator);
        ibt.addMinter(address(auctions));
        _buySpt(makeAddr("holder"), 10 ether);
        _makeOperatorDebtor();
        _finalizeSale();
        investmentId = _recordInvestment(AUCTION_INVESTMENT);
        startsAt = _earliestStart() + 1 hours;
    }

    function test_compensationLedger_isTheTable() public view {
        assertEq(address(auctions.compensationLedger()), address(table));
    }

    function test_createAuction_unsettledDebtor_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionOperatorInDebt.selector, operator));
        _openAuctionFor(investmentId, ibt, startsAt, 7 days);
    }

    function test_createAuction_partlySettledDebtor_reverts() public {
        uint256 debt = table.positionOf(operator, 0).amount;
        _fund(operator, debt);
        vm.prank(operator);
        table.settle(0, debt - 1);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthAuction.AuctionOperatorInDebt.selector, operator));
        _openAuctionFor(investmentId, ibt, startsAt, 7 days);
    }

    function test_createAuction_settledDebtor_succeeds() public {
        uint256 debt = table.positionOf(operator, 0).amount;
        _fund(operator, debt);
        vm.prank(operator);
        table.settle(0, debt);
        uint256 auctionId = _openAuctionFor(investmentId, ibt, startsAt, 7 days);
        assertEq(auctions.getAuction(auctionId).operator, operator);
        assertEq(auctions.auctionCount(), 1);
    }
}
