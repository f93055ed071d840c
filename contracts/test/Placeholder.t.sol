// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;
import {Placeholder} from "../src/Placeholder.sol";
import {Test} from "forge-std/Test.sol";

contract PlaceholderTest is Test {
    function test_a() public {
        Placeholder p = new Placeholder();
        assertEq(p.totalSupply(), 0);
    }
}
