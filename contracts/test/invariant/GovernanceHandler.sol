// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Deploy} from "../../script/Deploy.s.sol";
import {ICapitalToken} from "../../src/interfaces/ICapitalToken.sol";
import {IPlcrVoting} from "../../src/interfaces/IPlcrVoting.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {IReputationRegistry} from "../../src/interfaces/IReputationRegistry.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Acts as governance: its proposer schedules, and after the delay executes, every call governance is
/// allowed (attesters, the first reputation, the timelock's own delay and proposers), and tries the protocol
/// hooks too. After each action it compares what members hold, what the registries hold for them and the
/// pool's ether with before; `moved` becomes true if anything changed, `hookRan` if a protocol hook ran for
/// governance, `allowedCallReverted` if one of its own calls failed.
contract GovernanceHandler is Test {
    TimelockController internal immutable timelock;
    ICapitalToken internal immutable token;
    IReputationRegistry internal immutable reputation;
    address internal immutable registry;
    address internal immutable voting;
    address internal immutable proposer;
    address[] internal members;

    bool public moved;
    bool public hookRan;
    bool public allowedCallReverted;
    uint256 internal nonce;

    // successful actions
    uint256 public setFirstReputationCount;
    uint256 public setAttesterCount;
    uint256 public updateDelayCount;
    uint256 public grantProposerCount;
    // attempted protocol hooks, each refused
    uint256 public refusedCount;

    constructor(Deploy.Deployment memory d, address proposer_, address[] memory members_) {
        timelock = d.governanceTimelock;
        token = d.capitalToken;
        reputation = d.reputationRegistry;
        registry = address(d.projectRegistry);
        voting = address(d.plcrVoting);
        proposer = proposer_;
        members = members_;
    }

    /*//////////////////////////////////////////////////////////////
                        WHAT GOVERNANCE MAY DO
    //////////////////////////////////////////////////////////////*/

    function setFirstReputation(uint256 amount) external {
        amount = bound(amount, 1e18, 10_000e18);
        _checked(address(reputation), abi.encodeCall(IReputationRegistry.setFirstReputation, (amount)), true);
        ++setFirstReputationCount;
    }

    function setAttester(uint256 seed, bool approved) external {
        address attester = address(uint160(bound(seed, 1, type(uint160).max)));
        _checked(address(reputation), abi.encodeCall(IReputationRegistry.setAttester, (attester, approved)), true);
        ++setAttesterCount;
    }

    /// The timelock administers itself: a new delay (kept short so the campaign moves on).
    function updateDelay(uint256 delay) external {
        delay = bound(delay, 1, 1 hours);
        _checked(address(timelock), abi.encodeCall(TimelockController.updateDelay, (delay)), true);
        ++updateDelayCount;
    }

    /// ... and another proposer.
    function grantProposer(uint256 seed) external {
        address account = address(uint160(bound(seed, 1, type(uint160).max)));
        bytes32 role = timelock.PROPOSER_ROLE();
        _checked(address(timelock), abi.encodeCall(IAccessControl.grantRole, (role, account)), true);
        ++grantProposerCount;
    }

    /*//////////////////////////////////////////////////////////////
                    WHAT IT MAY NOT: EVERY HOOK REFUSES
    //////////////////////////////////////////////////////////////*/

    function tryProtocolHook(uint256 which, uint256 memberSeed, uint256 amount) external {
        address member = members[bound(memberSeed, 0, members.length - 1)];
        amount = bound(amount, 1, 1000e18);
        address self = address(timelock);
        bytes32 oldProtocolRole = keccak256("PROTOCOL_ROLE");
        address[12] memory targets = [
            address(token),
            address(token),
            address(token),
            address(token),
            address(token),
            address(reputation),
            address(reputation),
            address(reputation),
            registry,
            voting,
            address(token),
            address(reputation)
        ];
        bytes[12] memory calls = [
            abi.encodeCall(ICapitalToken.takeStake, (member, amount)),
            abi.encodeCall(ICapitalToken.fundProject, (1, 0, self, token.availablePool())),
            abi.encodeCall(ICapitalToken.payFromEscrow, (1, self, amount)),
            abi.encodeCall(ICapitalToken.returnEscrow, (1, amount)),
            abi.encodeCall(ICapitalToken.burnStake, (amount)),
            abi.encodeCall(IReputationRegistry.mint, (self, amount)),
            abi.encodeCall(IReputationRegistry.lock, (member, amount)),
            abi.encodeCall(IReputationRegistry.burnLocked, (amount)),
            abi.encodeCall(IProjectRegistry.protocolSetStage, (1, IProjectRegistry.Stage.Failed, 0)),
            abi.encodeCall(IPlcrVoting.openPolls, (1, 1)),
            abi.encodeCall(IAccessControl.grantRole, (oldProtocolRole, self)),
            abi.encodeCall(IAccessControl.grantRole, (oldProtocolRole, self))
        ];
        which = bound(which, 0, targets.length - 1);
        (address target, bytes memory data) = (targets[which], calls[which]);
        _checked(target, data, false);
        ++refusedCount;
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    /// Schedules and executes `data` on `target` through the timelock; it must succeed exactly when `allowed`.
    function _checked(address target, bytes memory data, bool allowed) internal {
        bytes32 before = _holdings();
        bytes32 salt = bytes32(++nonce);
        uint256 delay = timelock.getMinDelay();
        vm.prank(proposer);
        timelock.schedule(target, 0, data, bytes32(0), salt, delay);
        vm.warp(block.timestamp + delay);
        // Flags rather than asserts: a reverting handler call would be dropped from the campaign unseen.
        try timelock.execute(target, 0, data, bytes32(0), salt) {
            if (!allowed) hookRan = true;
        } catch {
            if (allowed) allowedCallReverted = true;
        }
        if (_holdings() != before) moved = true;
    }

    /// Everything governance must not move, hashed: members' tokens, reputation and ether owed, what the
    /// registries hold locked, the pool, the escrow of project 1 and the contract's ether.
    function _holdings() internal view returns (bytes32 digest) {
        (uint256 etherPending,,) = token.pendingRelease();
        digest = keccak256(
            abi.encode(
                token.totalSupply(),
                token.availablePool() + etherPending,
                token.escrowOf(1),
                address(token).balance,
                token.balanceOf(registry),
                reputation.totalSupply(),
                reputation.lockedBy(registry)
            )
        );
        for (uint256 i; i < members.length; ++i) {
            address member = members[i];
            digest = keccak256(
                abi.encode(digest, token.balanceOf(member), token.owedTo(member), reputation.balanceOf(member))
            );
        }
    }
}
