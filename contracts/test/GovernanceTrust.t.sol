// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Deploy} from "../script/Deploy.s.sol";
import {ICapitalToken} from "../src/interfaces/ICapitalToken.sol";
import {IPlcrVoting} from "../src/interfaces/IPlcrVoting.sol";
import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {IReputationRegistry} from "../src/interfaces/IReputationRegistry.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Errors} from "@openzeppelin/contracts/utils/Errors.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Governance as deployed (the deploy script's contracts, its timelock and a proposer) tries to move a
/// member's tokens, reputation or the pool's ether: every attempt reverts. Regression tests for issue 11: with
/// the admin roles of before, governance granted itself the protocol role and drained the pool.
contract GovernanceTrustTest is Test {
    bytes32 internal constant OLD_PROTOCOL_ROLE = keccak256("PROTOCOL_ROLE");

    address internal proposer = makeAddr("proposer");
    address internal platformAdmin = makeAddr("platformAdmin");
    address internal attester = makeAddr("attester");
    address internal member = makeAddr("member");

    Deploy.Deployment internal d;
    TimelockController internal timelock;

    function setUp() public {
        vm.warp(1_700_000_000);
        Deploy script = new Deploy();
        d = script.deploy(address(script), proposer, platformAdmin, attester);
        timelock = d.governanceTimelock;
        vm.deal(member, 10 ether);
        vm.prank(member);
        d.capitalToken.buy{value: 10 ether}(0);
    }

    /// Schedules `data` on `target` through the timelock, waits its delay and executes it.
    function _govern(address target, bytes memory data) internal {
        _scheduleAndWait(target, data);
        timelock.execute(target, 0, data, bytes32(0), bytes32(0));
    }

    /// Schedules `data` on `target` and waits the delay; executing it must revert with `revertData`.
    function _governReverts(address target, bytes memory data, bytes memory revertData) internal {
        _scheduleAndWait(target, data);
        vm.expectRevert(revertData);
        timelock.execute(target, 0, data, bytes32(0), bytes32(0));
    }

    function _scheduleAndWait(address target, bytes memory data) internal {
        uint256 delay = timelock.getMinDelay();
        vm.prank(proposer);
        timelock.schedule(target, 0, data, bytes32(0), bytes32(0), delay);
        vm.warp(block.timestamp + delay);
    }

    // --- the wiring is the deployment's ---

    function test_deploy_wiresProtocolContractsAtConstruction() public view {
        (address registryAt, address votingAt, address tasksAt) = d.capitalToken.protocolContracts();
        assertEq(registryAt, address(d.projectRegistry));
        assertEq(votingAt, address(d.plcrVoting));
        assertEq(tasksAt, address(d.taskRegistry));
        (registryAt, votingAt, tasksAt) = d.reputationRegistry.protocolContracts();
        assertEq(registryAt, address(d.projectRegistry));
        assertEq(votingAt, address(d.plcrVoting));
        assertEq(tasksAt, address(d.taskRegistry));
        assertEq(d.projectRegistry.taskRegistry(), address(d.taskRegistry));
        assertEq(d.plcrVoting.pollOpener(), address(d.taskRegistry));
        assertTrue(d.reputationRegistry.isAttester(attester));
    }

    function test_deploy_governanceIsTheTimelockOnly() public view {
        IAccessControl registry = IAccessControl(address(d.reputationRegistry));
        assertTrue(registry.hasRole(d.reputationRegistry.ATTESTER_MANAGER_ROLE(), address(timelock)));
        assertTrue(registry.hasRole(d.reputationRegistry.PARAMETER_MANAGER_ROLE(), address(timelock)));
        assertFalse(registry.hasRole(d.reputationRegistry.ATTESTER_MANAGER_ROLE(), proposer));
        assertFalse(registry.hasRole(bytes32(0), address(timelock)));
        assertFalse(registry.hasRole(bytes32(0), proposer));
        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), proposer));
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(0)));
        assertFalse(timelock.hasRole(bytes32(0), proposer));
    }

    // --- what governance may do, it does through the timelock ---

    function test_govern_setsFirstReputationAndAttesterAfterTheDelay() public {
        address newAttester = makeAddr("newAttester");
        _govern(address(d.reputationRegistry), abi.encodeCall(IReputationRegistry.setFirstReputation, (250e18)));
        _govern(address(d.reputationRegistry), abi.encodeCall(IReputationRegistry.setAttester, (newAttester, true)));
        assertEq(d.reputationRegistry.firstReputation(), 250e18);
        assertTrue(d.reputationRegistry.isAttester(newAttester));
    }

    function test_govern_beforeTheDelay_reverts() public {
        bytes memory data = abi.encodeCall(IReputationRegistry.setFirstReputation, (250e18));
        uint256 delay = timelock.getMinDelay();
        assertGt(delay, 0);
        vm.prank(proposer);
        timelock.schedule(address(d.reputationRegistry), 0, data, bytes32(0), bytes32(0), delay);
        vm.expectPartialRevert(TimelockController.TimelockUnexpectedOperationState.selector);
        timelock.execute(address(d.reputationRegistry), 0, data, bytes32(0), bytes32(0));
    }

    function test_proposer_directly_reverts() public {
        bytes32 role = d.reputationRegistry.PARAMETER_MANAGER_ROLE();
        vm.prank(proposer);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, proposer, role)
        );
        d.reputationRegistry.setFirstReputation(250e18);
    }

    // --- what it may not: regressions ---

    /// Regression: governance funded a "project" of the whole pool to itself.
    function test_govern_fundProject_reverts() public {
        uint256 pool = d.capitalToken.availablePool();
        bytes memory data = abi.encodeCall(ICapitalToken.fundProject, (1, 0, address(timelock), pool));
        _governReverts(
            address(d.capitalToken),
            data,
            abi.encodeWithSelector(ICapitalToken.CapitalNotProtocol.selector, address(timelock))
        );
        assertEq(d.capitalToken.availablePool(), pool);
    }

    /// Regression: governance took any member's tokens as a "stake".
    function test_govern_takeStake_reverts() public {
        uint256 balance = d.capitalToken.balanceOf(member);
        bytes memory data = abi.encodeCall(ICapitalToken.takeStake, (member, balance));
        _governReverts(
            address(d.capitalToken),
            data,
            abi.encodeWithSelector(ICapitalToken.CapitalNotProtocol.selector, address(timelock))
        );
        assertEq(d.capitalToken.balanceOf(member), balance);
    }

    /// Regression: governance minted reputation.
    function test_govern_mintReputation_reverts() public {
        bytes memory data = abi.encodeCall(IReputationRegistry.mint, (member, 1000e18));
        _governReverts(
            address(d.reputationRegistry),
            data,
            abi.encodeWithSelector(IReputationRegistry.ReputationNotProtocol.selector, address(timelock))
        );
        assertEq(d.reputationRegistry.balanceOf(member), 0);
    }

    /// Regression: governance granted itself the protocol role. No contract has a grantable protocol role left:
    /// the token and the registries have no `grantRole` at all, the reputation registry has no admin.
    function test_govern_grantItselfProtocolRole_reverts() public {
        bytes memory grant = abi.encodeCall(IAccessControl.grantRole, (OLD_PROTOCOL_ROLE, address(timelock)));
        address[3] memory noRoles = [address(d.capitalToken), address(d.projectRegistry), address(d.plcrVoting)];
        for (uint256 i; i < noRoles.length; ++i) {
            // No such function: the call reverts without data, which the timelock reports as `FailedCall`.
            _governReverts(noRoles[i], grant, abi.encodeWithSelector(Errors.FailedCall.selector));
        }
        _governReverts(
            address(d.reputationRegistry),
            grant,
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, address(timelock), bytes32(0)
            )
        );
    }

    /// Regression: governance moved a stage (failing a project burns every stake).
    function test_govern_protocolSetStage_reverts() public {
        bytes memory data = abi.encodeCall(IProjectRegistry.protocolSetStage, (1, IProjectRegistry.Stage.Failed, 0));
        _governReverts(
            address(d.projectRegistry),
            data,
            abi.encodeWithSelector(IProjectRegistry.ProjectNotProtocol.selector, address(timelock))
        );
        _governReverts(
            address(d.plcrVoting),
            abi.encodeCall(IPlcrVoting.openPolls, (1, 1)),
            abi.encodeWithSelector(IPlcrVoting.VotingNotOpener.selector, address(timelock))
        );
    }
}
