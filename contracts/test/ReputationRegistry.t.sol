// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReputationRegistry} from "../src/distribute/ReputationRegistry.sol";
import {IReputationRegistry} from "../src/interfaces/IReputationRegistry.sol";
import {DistributeFixture} from "./utils/DistributeFixture.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

contract ReputationRegistryTest is DistributeFixture {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    /// One of the protocol contracts fixed at deployment (the voting contract's address; no code in this suite).
    address internal protocol;
    bytes32 internal constant ID = keccak256("alice@example");

    function setUp() public override {
        super.setUp();
        protocol = votingAt;
    }

    function _registerAs(bytes32 identityHash, address account) internal {
        uint256 deadline = block.timestamp + 1 hours;
        reputation.register(identityHash, account, deadline, _sign(attesterKey, identityHash, account, deadline));
    }

    // --- constructor & governance ---

    function test_constructor_zeroAdmin_reverts() public {
        vm.expectRevert(IReputationRegistry.ReputationZeroValue.selector);
        new ReputationRegistry(address(0), FIRST_REPUTATION, attester, address(0), address(0), address(0));
    }

    function test_constructor_firstReputationOutOfBounds_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IReputationRegistry.ReputationParameterOutOfBounds.selector, "firstReputation", 0, 1e18, 10_000e18
            )
        );
        new ReputationRegistry(governance, 0, attester, address(0), address(0), address(0));
    }

    function test_setAttester_notAttesterManager_reverts() public {
        bytes32 role = reputation.ATTESTER_MANAGER_ROLE();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, role));
        reputation.setAttester(alice, true);
    }

    function test_setAttester_zero_reverts() public {
        vm.prank(governance);
        vm.expectRevert(IReputationRegistry.ReputationZeroValue.selector);
        reputation.setAttester(address(0), true);
    }

    function test_setFirstReputation_withinBounds_applies() public {
        vm.prank(governance);
        reputation.setFirstReputation(50e18);
        assertEq(reputation.firstReputation(), 50e18);
        _registerAs(ID, alice);
        assertEq(reputation.balanceOf(alice), 50e18);
    }

    function test_setFirstReputation_notParameterManager_reverts() public {
        bytes32 role = reputation.PARAMETER_MANAGER_ROLE();
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, role));
        reputation.setFirstReputation(50e18);
    }

    // --- register ---

    function test_register_validAttestation_grantsFirstReputation() public {
        vm.expectEmit(address(reputation));
        emit IReputationRegistry.Registered(alice, ID, attester, FIRST_REPUTATION);
        _registerAs(ID, alice);
        assertEq(reputation.balanceOf(alice), FIRST_REPUTATION);
        assertEq(reputation.totalSupply(), FIRST_REPUTATION);
        assertTrue(reputation.isRegistered(alice));
        assertEq(reputation.accountOf(ID), alice);
        assertEq(reputation.name(), "Distribute Reputation");
        assertEq(reputation.symbol(), "REP");
        assertEq(reputation.decimals(), 18);
    }

    function test_register_byRelayer_creditsAccount() public {
        vm.prank(bob);
        _registerAs(ID, alice);
        assertEq(reputation.balanceOf(alice), FIRST_REPUTATION);
        assertEq(reputation.balanceOf(bob), 0);
    }

    function test_register_expired_reverts() public {
        uint256 deadline = block.timestamp - 1;
        bytes memory sig = _sign(attesterKey, ID, alice, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(IReputationRegistry.ReputationAttestationExpired.selector, deadline, block.timestamp)
        );
        reputation.register(ID, alice, deadline, sig);
    }

    /// Regression: the original granted free reputation to any new address. Here an unapproved signer fails.
    function test_register_unapprovedAttester_reverts() public {
        uint256 deadline = block.timestamp + 1;
        bytes memory sig = _sign(0xBAD, ID, alice, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(IReputationRegistry.ReputationUnapprovedAttester.selector, vm.addr(0xBAD))
        );
        reputation.register(ID, alice, deadline, sig);
    }

    function test_register_signatureForOtherAccount_reverts() public {
        uint256 deadline = block.timestamp + 1;
        bytes memory sig = _sign(attesterKey, ID, alice, deadline);
        vm.expectPartialRevert(IReputationRegistry.ReputationUnapprovedAttester.selector);
        reputation.register(ID, bob, deadline, sig);
    }

    function test_register_revokedAttester_reverts() public {
        vm.prank(governance);
        reputation.setAttester(attester, false);
        uint256 deadline = block.timestamp + 1;
        bytes memory sig = _sign(attesterKey, ID, alice, deadline);
        vm.expectRevert(abi.encodeWithSelector(IReputationRegistry.ReputationUnapprovedAttester.selector, attester));
        reputation.register(ID, alice, deadline, sig);
    }

    function test_register_identityTwice_reverts() public {
        _registerAs(ID, alice);
        uint256 deadline = block.timestamp + 1;
        bytes memory sig = _sign(attesterKey, ID, bob, deadline);
        vm.expectRevert(abi.encodeWithSelector(IReputationRegistry.ReputationIdentityTaken.selector, ID, alice));
        reputation.register(ID, bob, deadline, sig);
    }

    function test_register_accountTwice_reverts() public {
        _registerAs(ID, alice);
        bytes32 other = keccak256("other");
        uint256 deadline = block.timestamp + 1;
        bytes memory sig = _sign(attesterKey, other, alice, deadline);
        vm.expectRevert(abi.encodeWithSelector(IReputationRegistry.ReputationAccountRegistered.selector, alice));
        reputation.register(other, alice, deadline, sig);
    }

    function test_register_zeroAccount_reverts() public {
        uint256 deadline = block.timestamp + 1;
        bytes memory sig = _sign(attesterKey, ID, address(0), deadline);
        vm.expectRevert(IReputationRegistry.ReputationZeroValue.selector);
        reputation.register(ID, address(0), deadline, sig);
    }

    function test_register_malformedSignature_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ECDSA.ECDSAInvalidSignatureLength.selector, 3));
        reputation.register(ID, alice, block.timestamp, hex"010203");
    }

    // --- protocol hooks ---

    function test_mint_notProtocol_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IReputationRegistry.ReputationNotProtocol.selector, alice));
        reputation.mint(alice, 1);
    }

    function test_mint_byProtocol_credits() public {
        vm.prank(protocol);
        reputation.mint(alice, 5e18);
        assertEq(reputation.balanceOf(alice), 5e18);
        assertEq(reputation.totalSupply(), 5e18);
    }

    function test_mint_zero_reverts() public {
        vm.prank(protocol);
        vm.expectRevert(IReputationRegistry.ReputationZeroAmount.selector);
        reputation.mint(alice, 0);
    }

    function test_lock_unlock_roundTrip() public {
        _registerAs(ID, alice);
        vm.startPrank(protocol);
        reputation.lock(alice, 40e18);
        assertEq(reputation.balanceOf(alice), 60e18);
        assertEq(reputation.lockedBy(protocol), 40e18);
        reputation.unlock(alice, 40e18);
        vm.stopPrank();
        assertEq(reputation.balanceOf(alice), FIRST_REPUTATION);
        assertEq(reputation.lockedBy(protocol), 0);
        assertEq(reputation.totalSupply(), FIRST_REPUTATION);
    }

    function test_lock_moreThanFree_reverts() public {
        _registerAs(ID, alice);
        vm.prank(protocol);
        vm.expectRevert(
            abi.encodeWithSelector(
                IReputationRegistry.ReputationInsufficientBalance.selector,
                alice,
                FIRST_REPUTATION,
                FIRST_REPUTATION + 1
            )
        );
        reputation.lock(alice, FIRST_REPUTATION + 1);
    }

    function test_unlock_moreThanLocked_reverts() public {
        vm.prank(protocol);
        vm.expectRevert(
            abi.encodeWithSelector(IReputationRegistry.ReputationInsufficientLocked.selector, protocol, 0, 1)
        );
        reputation.unlock(alice, 1);
    }

    function test_burnLocked_reducesSupply() public {
        _registerAs(ID, alice);
        vm.startPrank(protocol);
        reputation.lock(alice, 30e18);
        reputation.burnLocked(30e18);
        vm.stopPrank();
        assertEq(reputation.totalSupply(), 70e18);
        assertEq(reputation.balanceOf(alice), 70e18);
    }

    /// Reputation has no transfer functions at all.
    function test_noTransferFunctions() public {
        (bool ok,) = address(reputation).call(abi.encodeWithSignature("transfer(address,uint256)", bob, 1));
        assertFalse(ok);
        (ok,) =
            address(reputation).call(abi.encodeWithSignature("transferFrom(address,address,uint256)", alice, bob, 1));
        assertFalse(ok);
        (ok,) = address(reputation).call(abi.encodeWithSignature("approve(address,uint256)", bob, 1));
        assertFalse(ok);
    }
}
