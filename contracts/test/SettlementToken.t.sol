// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ISettlementToken} from "../src/interfaces/ISettlementToken.sol";
import {SettlementToken} from "../src/network/SettlementToken.sol";
import {Test} from "forge-std/Test.sol";

contract SettlementTokenTest is Test {
    SettlementToken internal euro;
    address internal alice = makeAddr("alice");

    function setUp() public {
        vm.chainId(31_337);
        euro = new SettlementToken();
    }

    function test_decimals_six() public view {
        assertEq(euro.decimals(), 6);
        assertEq(euro.symbol(), "dEUR");
    }

    function test_faucet_localChain_mints() public {
        vm.prank(alice);
        euro.faucet(100_000e6);
        assertEq(euro.balanceOf(alice), 100_000e6);
        assertEq(euro.totalSupply(), 100_000e6);
    }

    function test_faucet_otherChain_reverts() public {
        vm.chainId(1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ISettlementToken.SettlementFaucetUnavailable.selector, 1));
        euro.faucet(1e6);
    }

    function test_faucet_amountOutOfRange_reverts() public {
        vm.startPrank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ISettlementToken.SettlementFaucetAmountOutOfRange.selector, 0, 100_000e6)
        );
        euro.faucet(0);
        vm.expectRevert(
            abi.encodeWithSelector(ISettlementToken.SettlementFaucetAmountOutOfRange.selector, 100_000e6 + 1, 100_000e6)
        );
        euro.faucet(100_000e6 + 1);
        vm.stopPrank();
    }
}
