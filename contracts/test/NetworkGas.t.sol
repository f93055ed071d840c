// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

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

    function test_gas_finalize_burnsUnsold() public {
        vm.warp(sale.closesAt() + 1);
        sale.finalize();
        emit log_named_uint("finalize the sale (burning the unsold)", vm.lastCallGas().gasTotalUsed);
    }
}
