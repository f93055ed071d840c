// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthToken} from "../../src/interfaces/IBandwidthToken.sol";
import {ICompensationLedger} from "../../src/interfaces/ICompensationLedger.sol";
import {IPlatformToken} from "../../src/interfaces/IPlatformToken.sol";
import {BandwidthAuction} from "../../src/network/BandwidthAuction.sol";
import {BandwidthTokenFactory} from "../../src/network/BandwidthTokenFactory.sol";
import {NodeRegistry} from "../../src/network/NodeRegistry.sol";
import {ParticipantRegistry} from "../../src/network/ParticipantRegistry.sol";
import {PlatformTokenSale} from "../../src/network/PlatformTokenSale.sol";
import {DebtLedgerDouble} from "./DebtLedgerDouble.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Deploys the Scipio network contracts with the deploy script's defaults and offers user helpers.
abstract contract NetworkFixture is Test {
    uint256 internal constant SALE_RATE = 10_000;
    uint256 internal constant SALE_CAP = 10_000_000e18;
    uint256 internal constant SALE_DURATION = 14 days;
    uint256 internal constant AUCTION_INVESTMENT = 200 ether;
    uint256 internal constant AUCTION_OFFERED = 1000e18;
    uint256 internal constant AUCTION_PRICE = 0.1 ether;
    /// SPT counts for an auction only if held from 7 days before its start; auctions start that long after the sale.
    uint256 internal constant HOLDING_PERIOD = 7 days;

    address internal governance = makeAddr("governance");
    address internal treasury = makeAddr("treasury");
    address internal operator = makeAddr("operator");
    /// Holds the Platform role: records operators' investments after due diligence.
    address internal platform = makeAddr("platform");

    ParticipantRegistry internal participants;
    PlatformTokenSale internal sale;
    IPlatformToken internal spt;
    BandwidthTokenFactory internal factory;
    BandwidthAuction internal auctions;
    NodeRegistry internal nodes;
    /// The auctions' compensation table when only the network is deployed (`OperationsFixture` uses the real one).
    DebtLedgerDouble internal debts;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        participants = new ParticipantRegistry(governance);
        sale = new PlatformTokenSale(treasury, SALE_RATE, SALE_CAP, SALE_DURATION);
        spt = sale.token();
        factory = new BandwidthTokenFactory(participants);
        auctions = new BandwidthAuction(sale, factory, participants, _auctionLedger());
        nodes = new NodeRegistry(participants);
        bytes32 operatorRole = participants.OPERATOR_ROLE();
        bytes32 platformRole = participants.PLATFORM_ROLE();
        vm.startPrank(governance);
        participants.grantRole(operatorRole, operator);
        participants.grantRole(platformRole, platform);
        vm.stopPrank();
    }

    /// The compensation table the auctions ask about debts, evaluated right before the auctions are created.
    function _auctionLedger() internal virtual returns (ICompensationLedger) {
        debts = new DebtLedgerDouble();
        return ICompensationLedger(address(debts));
    }

    /// The operator's token for bandwidth delivered over the coming year.
    function _createIbt() internal returns (IBandwidthToken) {
        vm.prank(operator);
        return factory.createToken("Osona bandwidth 2027", "IBT-OSO27", block.timestamp, block.timestamp + 365 days);
    }

    function _buySpt(address buyer, uint256 etherIn) internal returns (uint256 tokens) {
        vm.deal(buyer, buyer.balance + etherIn);
        vm.prank(buyer);
        tokens = sale.buy{value: etherIn}();
    }

    function _finalizeSale() internal {
        vm.warp(sale.closesAt() + 1);
        sale.finalize();
    }

    /// The operator's token, with the auctions allowed to mint it.
    function _auctionableIbt() internal returns (IBandwidthToken ibt) {
        ibt = _createIbt();
        vm.prank(operator);
        ibt.addMinter(address(auctions));
    }

    /// The platform records the operator's investment of `total` wei.
    function _recordInvestment(uint256 total) internal returns (uint256 investmentId) {
        vm.prank(platform);
        investmentId = auctions.recordInvestment(operator, total);
    }

    /// The earliest start of an auction once the sale is finalized.
    function _earliestStart() internal view returns (uint256) {
        return sale.finalizedAt() + HOLDING_PERIOD;
    }

    /// The operator offers 1,000 IBT of `ibt` at 0.1 ETH for a new 200 ETH investment, from `startsAt` for
    /// `duration`.
    function _openAuction(IBandwidthToken ibt, uint256 startsAt, uint256 duration)
        internal
        returns (uint256 auctionId)
    {
        auctionId = _openAuctionFor(_recordInvestment(AUCTION_INVESTMENT), ibt, startsAt, duration);
    }

    /// The operator offers 1,000 IBT of `ibt` at 0.1 ETH for `investmentId`.
    function _openAuctionFor(uint256 investmentId, IBandwidthToken ibt, uint256 startsAt, uint256 duration)
        internal
        returns (uint256 auctionId)
    {
        vm.prank(operator);
        auctionId =
            auctions.createAuction(investmentId, ibt, AUCTION_OFFERED, AUCTION_PRICE, startsAt, startsAt + duration);
    }

    /// `bidder` buys `amount` IBT units, paying their cost.
    function _bid(address bidder, uint256 auctionId, uint256 amount) internal {
        uint256 price = auctions.cost(auctionId, bidder, amount);
        vm.deal(bidder, bidder.balance + price);
        vm.prank(bidder);
        auctions.bid{value: price}(auctionId, amount);
    }

    /// Buys the whole remaining supply (the rate divides it exactly with the defaults).
    function _buyOut(address buyer) internal {
        _buySpt(buyer, sale.tokensRemaining() / SALE_RATE);
    }
}
