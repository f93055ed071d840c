// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IBandwidthToken} from "../src/interfaces/IBandwidthToken.sol";
import {IBandwidthTokenFactory} from "../src/interfaces/IBandwidthTokenFactory.sol";
import {NetworkFixture} from "./utils/NetworkFixture.sol";

contract BandwidthTokenFactoryTest is NetworkFixture {
    address internal stranger = makeAddr("stranger");

    function test_createToken_operator_createsOwnedToken() public {
        uint256 start = block.timestamp + 30 days;
        vm.expectEmit(true, false, false, true, address(factory));
        emit IBandwidthTokenFactory.BandwidthTokenCreated(
            operator, IBandwidthToken(address(0)), "Osona 2027", "IBT-OSO", start, start + 365 days
        );
        vm.prank(operator);
        IBandwidthToken token = factory.createToken("Osona 2027", "IBT-OSO", start, start + 365 days);

        assertTrue(factory.isBandwidthToken(address(token)));
        assertEq(token.operator(), operator);
        (IBandwidthToken[] memory tokens, uint256 total) = factory.getTokensOf(operator, 0, 10);
        assertEq(total, 1);
        assertEq(address(tokens[0]), address(token));
    }

    function test_createToken_notOperator_reverts() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthTokenFactory.FactoryNotOperator.selector, stranger));
        factory.createToken("Osona 2027", "IBT-OSO", block.timestamp, block.timestamp + 1 days);
    }

    function test_createToken_offboardedOperator_reverts() public {
        bytes32 role = participants.OPERATOR_ROLE();
        vm.prank(governance);
        participants.revokeRole(role, operator);
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthTokenFactory.FactoryNotOperator.selector, operator));
        factory.createToken("Osona 2027", "IBT-OSO", block.timestamp, block.timestamp + 1 days);
    }

    function test_createToken_emptyName_reverts() public {
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthTokenFactory.FactoryBadName.selector, 64));
        factory.createToken("", "IBT-OSO", block.timestamp, block.timestamp + 1 days);
    }

    function test_createToken_longSymbol_reverts() public {
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthTokenFactory.FactoryBadName.selector, 16));
        factory.createToken("Osona 2027", "IBT-OSONA-2027-XYZ", block.timestamp, block.timestamp + 1 days);
    }

    function test_createToken_invertedPeriod_reverts() public {
        uint256 start = block.timestamp + 10 days;
        vm.prank(operator);
        vm.expectRevert(
            abi.encodeWithSelector(IBandwidthTokenFactory.FactoryBadDeliveryPeriod.selector, start, start - 1)
        );
        factory.createToken("Osona 2027", "IBT-OSO", start, start - 1);
    }

    function test_createToken_periodOver_reverts() public {
        uint256 end = block.timestamp - 1;
        vm.prank(operator);
        vm.expectRevert(
            abi.encodeWithSelector(IBandwidthTokenFactory.FactoryBadDeliveryPeriod.selector, end - 30 days, end)
        );
        factory.createToken("Osona 2026", "IBT-OSO", end - 30 days, end);
    }

    function test_createToken_periodOverFiveYears_reverts() public {
        uint256 start = block.timestamp;
        uint256 end = start + 5 * 365 days + 1;
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(IBandwidthTokenFactory.FactoryBadDeliveryPeriod.selector, start, end));
        factory.createToken("Osona 2027", "IBT-OSO", start, end);
    }

    function test_getTokensOf_pages_returnsSliceAndTotal() public {
        for (uint256 i; i < 3; ++i) {
            _createIbt();
        }
        (IBandwidthToken[] memory tokens, uint256 total) = factory.getTokensOf(operator, 1, 5);
        assertEq(total, 3);
        assertEq(tokens.length, 2);
        (tokens,) = factory.getTokensOf(stranger, 0, 5);
        assertEq(tokens.length, 0);
    }

    function test_getTokensOf_limitAboveMax_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IBandwidthTokenFactory.FactoryPageTooLarge.selector, 101, 100));
        factory.getTokensOf(operator, 0, 101);
    }

    function test_isBandwidthToken_otherContract_isFalse() public view {
        assertFalse(factory.isBandwidthToken(address(spt)));
    }
}
