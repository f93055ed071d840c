// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPlatformToken} from "../../src/interfaces/IPlatformToken.sol";
import {PlatformTokenSale} from "../../src/network/PlatformTokenSale.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Random purchases, transfers, burns, time travel and the sale's end, by a few actors.
contract PlatformTokenHandler is Test {
    PlatformTokenSale internal immutable sale;
    IPlatformToken internal immutable spt;
    address[] internal actors;

    /// Ether paid into the sale by the handler's calls, and SPT burned by holders.
    uint256 public etherPaid;
    uint256 public burnedByHolders;
    /// A moment already in the past, at which past balances are checked, and the sale's balance then.
    uint256 public pastMoment;
    uint256 public saleBalanceAtPastMoment;

    constructor(PlatformTokenSale sale_, address[] memory actors_) {
        sale = sale_;
        spt = sale_.token();
        actors = actors_;
    }

    function buy(uint256 actorSeed, uint256 etherIn) external {
        uint256 remaining = sale.tokensRemaining();
        if (remaining < sale.rate() || block.timestamp > sale.closesAt()) return;
        etherIn = bound(etherIn, 1, remaining / sale.rate());
        address actor = _actor(actorSeed);
        vm.deal(actor, actor.balance + etherIn);
        vm.prank(actor);
        sale.buy{value: etherIn}();
        etherPaid += etherIn;
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _actor(fromSeed);
        uint256 balance = spt.balanceOf(from);
        if (balance == 0) return;
        vm.prank(from);
        assertTrue(spt.transfer(_actor(toSeed), bound(amount, 1, balance)));
    }

    function burn(uint256 actorSeed, uint256 amount) external {
        address actor = _actor(actorSeed);
        uint256 balance = spt.balanceOf(actor);
        if (balance == 0) return;
        amount = bound(amount, 1, balance);
        vm.prank(actor);
        spt.burn(amount);
        burnedByHolders += amount;
    }

    function warp(uint256 seconds_) external {
        pastMoment = block.timestamp;
        saleBalanceAtPastMoment = spt.balanceOf(address(sale));
        vm.warp(block.timestamp + bound(seconds_, 1, 3 days));
    }

    function finalize() external {
        if (sale.finalized() || (block.timestamp <= sale.closesAt() && sale.tokensRemaining() != 0)) return;
        sale.finalize();
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function actorAt(uint256 index) external view returns (address) {
        return actors[index];
    }

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }
}
