// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CapitalToken} from "../../src/distribute/CapitalToken.sol";
import {ReputationRegistry} from "../../src/distribute/ReputationRegistry.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Deploys the Distribute contracts with the deploy script's defaults and offers user helpers.
abstract contract DistributeFixture is Test {
    uint256 internal constant FLOOR_PRICE = 0.000_05 ether;
    uint256 internal constant DEAD_SUPPLY = 1e18;
    uint256 internal constant RELEASE_WINDOW = 7 days;
    uint256 internal constant FIRST_REPUTATION = 100e18;

    address internal governance = makeAddr("governance");
    uint256 internal attesterKey = 0xA77E57;
    address internal attester;

    CapitalToken internal token;
    ReputationRegistry internal reputation;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        attester = vm.addr(attesterKey);
        token = new CapitalToken(governance, FLOOR_PRICE, DEAD_SUPPLY, RELEASE_WINDOW);
        reputation = new ReputationRegistry(governance, FIRST_REPUTATION);
        vm.prank(governance);
        reputation.setAttester(attester, true);
    }

    function _sign(uint256 key, bytes32 identityHash, address account, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, reputation.attestationDigest(identityHash, account, deadline));
        return abi.encodePacked(r, s, v);
    }

    function _register(address account) internal {
        bytes32 identityHash = keccak256(abi.encode("identity", account));
        uint256 deadline = block.timestamp + 1 hours;
        reputation.register(identityHash, account, deadline, _sign(attesterKey, identityHash, account, deadline));
    }

    function _buy(address account, uint256 etherIn) internal returns (uint256 tokensOut) {
        vm.deal(account, account.balance + etherIn);
        vm.prank(account);
        tokensOut = token.buy{value: etherIn}(0);
    }
}
