// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {NetworkFixture} from "../utils/NetworkFixture.sol";
import {PlatformTokenHandler} from "./PlatformTokenHandler.sol";

/// @notice Properties of the SPT sale and of SPT's past balances under random trading.
contract PlatformTokenSaleInvariantTest is NetworkFixture {
    PlatformTokenHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory actors = new address[](4);
        for (uint256 i; i < actors.length; ++i) {
            actors[i] = makeAddr(string.concat("holder", vm.toString(i)));
        }
        handler = new PlatformTokenHandler(sale, actors);
        targetContract(address(handler));
    }

    /// What was sold was paid for at the rate, and the sale holds that ether until it is withdrawn.
    function invariant_soldTokensPaidAtRate() public view {
        assertEq(sale.tokensSold(), handler.etherPaid() * SALE_RATE);
        assertEq(address(sale).balance, handler.etherPaid());
    }

    /// Supply is the cap until finalization, then what was sold; holders' burns come off either way.
    function invariant_supplyIsCapOrSold() public view {
        uint256 expected = sale.finalized() ? sale.tokensSold() : SALE_CAP;
        assertEq(spt.totalSupply(), expected - handler.burnedByHolders());
    }

    /// Every holder's votes are its balance, the sale's unsold supply carries none, and all balances sum to
    /// the supply: no right is counted twice.
    function invariant_votesAreBalances() public view {
        uint256 sum = spt.balanceOf(address(sale));
        assertEq(spt.getVotes(address(sale)), 0);
        for (uint256 i; i < handler.actorCount(); ++i) {
            address actor = handler.actorAt(i);
            uint256 balance = spt.balanceOf(actor);
            assertEq(spt.getVotes(actor), balance);
            sum += balance;
        }
        assertEq(sum, spt.totalSupply());
    }

    /// At a past moment, the holders' past balances and what the sale held then sum to the past supply.
    function invariant_pastBalancesSumToPastSupply() public view {
        uint256 moment = handler.pastMoment();
        if (moment == 0) return;
        uint256 sum = handler.saleBalanceAtPastMoment();
        for (uint256 i; i < handler.actorCount(); ++i) {
            sum += spt.getPastBalance(handler.actorAt(i), moment);
        }
        assertEq(sum, spt.getPastTotalSupply(moment));
    }
}
