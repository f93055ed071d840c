// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthToken} from "../src/interfaces/IBandwidthToken.sol";
import {INodeRegistry} from "../src/interfaces/INodeRegistry.sol";
import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {NetworkFixture} from "./utils/NetworkFixture.sol";

/// @notice Gas per Scipio network action as a transaction pays it (see GasTest), in its typical state: the
/// sale already has buyers, the acting account is new. No issue sets ceilings yet; the figures are reported.
contract NetworkGasTest is NetworkFixture {
    address internal newcomer = makeAddr("newcomer");
    address internal holder = makeAddr("holder");

    function setUp() public override {
        super.setUp();
        _buySpt(holder, 10 ether);
        vm.deal(newcomer, 1 ether);
    }

    /// A first purchase also writes the buyer's delegate and its first votes checkpoint.
    function test_gas_buySpt_newHolder() public {
        vm.prank(newcomer);
        sale.buy{value: 0.5 ether}();
        emit log_named_uint("buy SPT (new holder)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_transferSpt_newHolder() public {
        vm.prank(holder);
        assertTrue(spt.transfer(newcomer, 1e18));
        emit log_named_uint("transfer SPT (to a new holder)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_joinAsInvestor() public {
        vm.prank(newcomer);
        participants.joinAsInvestor();
        emit log_named_uint("join as investor", vm.lastCallGas().gasTotalUsed);
    }

    /// Deploys the operator's own ERC-20 (about 1M of the cost is its code).
    function test_gas_createBandwidthToken() public {
        _createIbt();
        emit log_named_uint("create a bandwidth token", vm.lastCallGas().gasTotalUsed);
    }

    /// An auction of 1,000 IBT at 0.1 ETH each, opened after the sale; `holder` holds all SPT.
    function _openGasAuction() internal returns (uint256 auctionId, uint256 startsAt) {
        IBandwidthToken ibt = _auctionableIbt();
        _finalizeSale();
        startsAt = _earliestStart() + 1 hours;
        auctionId = _openAuction(ibt, startsAt, 7 days);
    }

    function test_gas_recordInvestment() public {
        _recordInvestment(AUCTION_INVESTMENT);
        emit log_named_uint("record an investment (platform)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_createAuction() public {
        _openGasAuction();
        emit log_named_uint("create an auction", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_cancelAuction() public {
        (uint256 auctionId,) = _openGasAuction();
        vm.prank(operator);
        auctions.cancelAuction(auctionId);
        emit log_named_uint("cancel an auction without bids", vm.lastCallGas().gasTotalUsed);
    }

    /// A first bid in the priority window also reads two SPT checkpoints for the allocation.
    function test_gas_bid_priority() public {
        (uint256 auctionId, uint256 startsAt) = _openGasAuction();
        vm.warp(startsAt + 1);
        vm.deal(holder, 10 ether);
        vm.prank(holder);
        auctions.bid{value: 10 ether}(auctionId, 100e18);
        emit log_named_uint("bid in the SPT holders' window (first bid)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_bid_public() public {
        (uint256 auctionId, uint256 startsAt) = _openGasAuction();
        vm.warp(startsAt + 48 hours + 1);
        vm.deal(holder, 1 ether);
        vm.prank(holder);
        auctions.bid{value: 1 ether}(auctionId, 10e18);
        vm.prank(newcomer);
        auctions.bid{value: 0.5 ether}(auctionId, 5e18);
        emit log_named_uint("bid after the priority window (new bidder)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_claimTokens_settling() public {
        (uint256 auctionId, uint256 startsAt) = _openGasAuction();
        vm.warp(startsAt + 48 hours + 1);
        vm.prank(newcomer);
        auctions.bid{value: 0.5 ether}(auctionId, 5e18);
        vm.warp(startsAt + 7 days + 1);
        vm.prank(newcomer);
        auctions.claimTokens(auctionId);
        emit log_named_uint("claim bought IBT (settling the auction)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_claimCommonPool() public {
        (uint256 auctionId, uint256 startsAt) = _openGasAuction();
        vm.warp(startsAt + 48 hours + 1);
        vm.prank(newcomer);
        auctions.bid{value: 0.5 ether}(auctionId, 5e18);
        vm.warp(startsAt + 7 days + 1);
        auctions.settle(auctionId);
        vm.prank(holder);
        auctions.claimCommonPool(auctionId);
        emit log_named_uint("claim the Common Pool share (holder without a bid or IBT)", vm.lastCallGas().gasTotalUsed);
    }

    /// The common case of a holder who used its priority right and took its IBT: its position and IBT balance
    /// already exist.
    function test_gas_claimCommonPool_bidder() public {
        (uint256 auctionId, uint256 startsAt) = _openGasAuction();
        vm.warp(startsAt + 1);
        vm.deal(holder, 10 ether);
        vm.prank(holder);
        auctions.bid{value: 10 ether}(auctionId, 100e18);
        vm.warp(startsAt + 7 days + 1);
        vm.prank(holder);
        auctions.claimTokens(auctionId);
        vm.prank(holder);
        auctions.claimCommonPool(auctionId);
        emit log_named_uint("claim the Common Pool share (holder who bid)", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_sweepCommonPool() public {
        (uint256 auctionId, uint256 startsAt) = _openGasAuction();
        vm.warp(startsAt + 48 hours + 1);
        vm.prank(newcomer);
        auctions.bid{value: 0.5 ether}(auctionId, 5e18);
        vm.warp(startsAt + 7 days + 90 days + 1);
        auctions.settle(auctionId);
        auctions.sweepCommonPool(auctionId);
        emit log_named_uint("sweep the Common Pool to the treasury", vm.lastCallGas().gasTotalUsed);
    }

    /// A node is one slot and its metadata digest.
    function test_gas_registerNode() public {
        vm.prank(operator);
        nodes.registerNode(
            INodeRegistry.NodeInput({
                kind: INodeRegistry.NodeKind.Supernode,
                status: INodeRegistry.NodeStatus.Working,
                latitude: 41_930_412,
                longitude: 2_254_690,
                metadataDigest: keccak256("node metadata"),
                metadataCodec: IProjectRegistry.CidCodec.Raw
            })
        );
        emit log_named_uint("register a node", vm.lastCallGas().gasTotalUsed);
    }

    function test_gas_finalize_burnsUnsold() public {
        vm.warp(sale.closesAt() + 1);
        sale.finalize();
        emit log_named_uint("finalize the sale (burning the unsold)", vm.lastCallGas().gasTotalUsed);
    }
}
