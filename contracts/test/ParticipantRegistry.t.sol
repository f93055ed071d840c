// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IParticipantRegistry} from "../src/interfaces/IParticipantRegistry.sol";
import {ParticipantRegistry} from "../src/network/ParticipantRegistry.sol";
import {NetworkFixture} from "./utils/NetworkFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

contract ParticipantRegistryTest is NetworkFixture {
    address internal alice = makeAddr("alice");
    address internal newcomer = makeAddr("newcomer");

    function test_constructor_zeroAdmin_reverts() public {
        vm.expectRevert(IParticipantRegistry.ParticipantZeroAdmin.selector);
        new ParticipantRegistry(address(0));
    }

    function test_joinAsInvestor_anyone_grantsTheRole() public {
        bytes32 role = participants.INVESTOR_ROLE();
        vm.expectEmit(address(participants));
        emit IAccessControl.RoleGranted(role, alice, alice);
        vm.prank(alice);
        participants.joinAsInvestor();
        assertTrue(participants.hasRole(role, alice));
        assertEq(participants.rolesOf(alice), 2);
    }

    function test_joinAsInvestor_twice_keepsOneMembership() public {
        vm.startPrank(alice);
        participants.joinAsInvestor();
        participants.joinAsInvestor();
        vm.stopPrank();
        assertEq(participants.getRoleMemberCount(participants.INVESTOR_ROLE()), 1);
    }

    function test_grantRole_operatorByAdmin_onboards() public {
        bytes32 role = participants.OPERATOR_ROLE();
        vm.expectEmit(address(participants));
        emit IAccessControl.RoleGranted(role, newcomer, governance);
        vm.prank(governance);
        participants.grantRole(role, newcomer);
        assertEq(participants.rolesOf(newcomer), 1);
    }

    function test_grantRole_operatorByAnyoneElse_reverts() public {
        bytes32 role = participants.OPERATOR_ROLE();
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, bytes32(0))
        );
        participants.grantRole(role, alice);
    }

    function test_revokeRole_byAdmin_offboards() public {
        bytes32 role = participants.OPERATOR_ROLE();
        vm.startPrank(governance);
        participants.grantRole(role, newcomer);
        vm.expectEmit(address(participants));
        emit IAccessControl.RoleRevoked(role, newcomer, governance);
        participants.revokeRole(role, newcomer);
        vm.stopPrank();
        assertEq(participants.rolesOf(newcomer), 0);
    }

    function test_rolesOf_severalRoles_setsOneBitEach() public {
        vm.startPrank(governance);
        participants.grantRole(participants.OPERATOR_ROLE(), newcomer);
        participants.grantRole(participants.VALIDATOR_ROLE(), newcomer);
        participants.grantRole(participants.PUBLIC_ADMINISTRATION_ROLE(), newcomer);
        participants.grantRole(participants.PLATFORM_ROLE(), newcomer);
        participants.grantRole(participants.FEEDER_ROLE(), newcomer);
        vm.stopPrank();
        vm.prank(newcomer);
        participants.joinAsInvestor();
        assertEq(participants.rolesOf(newcomer), 63);
    }

    function test_getParticipants_pages_returnsSliceAndTotal() public {
        bytes32 role = participants.INVESTOR_ROLE();
        for (uint256 i; i < 5; ++i) {
            vm.prank(address(uint160(0x1000 + i)));
            participants.joinAsInvestor();
        }
        (address[] memory page, uint256 total) = participants.getParticipants(role, 3, 10);
        assertEq(total, 5);
        assertEq(page.length, 2);
        assertEq(page[0], address(0x1003));
        assertEq(page[1], address(0x1004));

        (page, total) = participants.getParticipants(role, 7, 10);
        assertEq(page.length, 0);
        (page,) = participants.getParticipants(role, type(uint256).max, 10);
        assertEq(page.length, 0);
    }

    function test_getParticipants_limitAboveMax_reverts() public {
        bytes32 role = participants.INVESTOR_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IParticipantRegistry.ParticipantPageTooLarge.selector, 101, 100));
        participants.getParticipants(role, 0, 101);
    }
}
