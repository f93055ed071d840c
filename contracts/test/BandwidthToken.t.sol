// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthToken} from "../src/interfaces/IBandwidthToken.sol";
import {NetworkFixture} from "./utils/NetworkFixture.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

contract BandwidthTokenTest is NetworkFixture {
    address internal auction = makeAddr("auction");
    address internal customer = makeAddr("customer");
    IBandwidthToken internal ibt;

    function setUp() public override {
        super.setUp();
        ibt = _createIbt();
    }

    function test_constructor_operatorOwns_nobodyMints() public view {
        assertEq(ibt.operator(), operator);
        assertEq(Ownable(address(ibt)).owner(), operator);
        assertEq(ibt.name(), "Osona bandwidth 2027");
        assertEq(ibt.symbol(), "IBT-OSO27");
        assertEq(ibt.deliveryStart(), block.timestamp);
        assertEq(ibt.deliveryEnd(), block.timestamp + 365 days);
        assertFalse(ibt.isMinter(operator));
        assertEq(ibt.totalSupply(), 0);
    }

    function test_addMinter_byOwner_letsItMint() public {
        vm.expectEmit(address(ibt));
        emit IBandwidthToken.MinterAdded(auction);
        vm.prank(operator);
        ibt.addMinter(auction);

        vm.prank(auction);
        ibt.mint(customer, 810_000e18);
        assertEq(ibt.balanceOf(customer), 810_000e18);
    }

    function test_addMinter_byAnyoneElse_reverts() public {
        vm.prank(auction);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, auction));
        ibt.addMinter(auction);
    }

    function test_addMinter_zero_reverts() public {
        vm.prank(operator);
        vm.expectRevert(IBandwidthToken.BandwidthZeroMinter.selector);
        ibt.addMinter(address(0));
    }

    function test_mint_notMinter_reverts() public {
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthToken.BandwidthNotMinter.selector, operator));
        ibt.mint(operator, 1);
    }

    function test_removeMinter_byOwner_stopsMinting() public {
        vm.startPrank(operator);
        ibt.addMinter(auction);
        vm.expectEmit(address(ibt));
        emit IBandwidthToken.MinterRemoved(auction);
        ibt.removeMinter(auction);
        vm.stopPrank();

        vm.prank(auction);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthToken.BandwidthNotMinter.selector, auction));
        ibt.mint(customer, 1);
    }

    function test_addMinter_twice_emitsOnce() public {
        vm.startPrank(operator);
        ibt.addMinter(auction);
        vm.recordLogs();
        ibt.addMinter(auction);
        vm.stopPrank();
        assertEq(vm.getRecordedLogs().length, 0);
    }

    /// Regression: ownership (and with it the minting rights) moved in one step to any address given.
    function test_transferOwnership_newOwnerMustAccept() public {
        Ownable2Step token = Ownable2Step(address(ibt));
        vm.prank(operator);
        token.transferOwnership(customer);
        assertEq(ibt.operator(), operator);
        assertEq(token.pendingOwner(), customer);
        vm.prank(operator);
        ibt.addMinter(auction);

        vm.prank(customer);
        token.acceptOwnership();
        assertEq(ibt.operator(), customer);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, operator));
        ibt.removeMinter(auction);
    }

    function test_acceptOwnership_notThePendingOwner_reverts() public {
        Ownable2Step token = Ownable2Step(address(ibt));
        vm.prank(operator);
        token.transferOwnership(customer);
        vm.prank(auction);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, auction));
        token.acceptOwnership();
    }
}
