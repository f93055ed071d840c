// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Deploy} from "../../script/Deploy.s.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {GovernanceHandler} from "./GovernanceHandler.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Governance as deployed, making every call it is allowed through its timelock and trying every
/// protocol hook, over members holding tokens, reputation and a project's stakes: nothing of theirs moves.
contract GovernanceInvariantTest is Test {
    GovernanceHandler internal handler;
    Deploy.Deployment internal d;
    uint256 internal attesterKey = 0xA77E57;

    function setUp() public {
        vm.warp(1_700_000_000);
        address proposer = makeAddr("proposer");
        Deploy script = new Deploy();
        d = script.deploy(address(script), proposer, makeAddr("platformAdmin"), vm.addr(attesterKey));
        address[] memory members = new address[](3);
        for (uint256 i; i < members.length; ++i) {
            members[i] = makeAddr(string.concat("member", vm.toString(i)));
            vm.deal(members[i], 10 ether);
            vm.prank(members[i]);
            d.capitalToken.buy{value: 10 ether}(0);
            _register(members[i]);
        }
        // A project with token collateral and reputation staked: the registry holds members' tokens and reputation.
        vm.prank(members[0]);
        uint256 projectId = d.projectRegistry
            .propose(
                1 ether,
                block.timestamp + 7 days,
                keccak256("project"),
                IProjectRegistry.CidCodec.Raw,
                IProjectRegistry.CollateralKind.Tokens
            );
        vm.prank(members[1]);
        d.projectRegistry.stakeReputation(projectId, 10e18);
        handler = new GovernanceHandler(d, proposer, members);
        targetContract(address(handler));
    }

    function _register(address account) internal {
        bytes32 identityHash = keccak256(abi.encode("identity", account));
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(attesterKey, d.reputationRegistry.attestationDigest(identityHash, account, deadline));
        d.reputationRegistry.register(identityHash, account, deadline, abi.encodePacked(r, s, v));
    }

    /// Governance never moves a member's tokens, reputation or ether, a registry's holdings or the pool.
    function invariant_governanceMovesNothingOfMembers() public view {
        assertFalse(handler.moved(), "governance moved members' holdings");
        assertFalse(handler.hookRan(), "a protocol hook ran for governance");
        assertFalse(handler.allowedCallReverted(), "an allowed governance call reverted");
    }

    /// Every kind of governance action ran in the campaign, and every protocol hook it tried was refused.
    function afterInvariant() external view {
        assertGt(handler.setFirstReputationCount(), 0, "setFirstReputation never ran");
        assertGt(handler.setAttesterCount(), 0, "setAttester never ran");
        assertGt(handler.updateDelayCount(), 0, "updateDelay never ran");
        assertGt(handler.grantProposerCount(), 0, "grantProposer never ran");
        assertGt(handler.refusedCount(), 0, "no protocol hook was tried");
    }
}
