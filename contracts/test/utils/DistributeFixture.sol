// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CapitalToken} from "../../src/distribute/CapitalToken.sol";
import {ProjectRegistry} from "../../src/distribute/ProjectRegistry.sol";
import {ReputationRegistry} from "../../src/distribute/ReputationRegistry.sol";
import {IProjectRegistry} from "../../src/interfaces/IProjectRegistry.sol";
import {Test} from "forge-std/Test.sol";

/// @notice Deploys the Distribute contracts with the deploy script's defaults and offers user helpers.
abstract contract DistributeFixture is Test {
    uint256 internal constant FLOOR_PRICE = 0.000_05 ether;
    uint256 internal constant DEAD_SUPPLY = 1e18;
    uint256 internal constant RELEASE_WINDOW = 7 days;
    uint256 internal constant FIRST_REPUTATION = 100e18;
    uint256 internal constant MIN_STAKING_PERIOD = 2 days;
    uint256 internal constant MAX_STAKING_PERIOD = 30 days;
    uint256 internal constant UNSTAKE_LOCK_WINDOW = 1 days;
    uint256 internal constant STAKED_PERIOD = 3 days;
    uint256 internal constant ACTIVE_PERIOD = 14 days;
    uint256 internal constant MIN_SUBMIT_STAKE_BPS = 100;
    uint256 internal constant MIN_COST = 0.01 ether;

    address internal governance = makeAddr("governance");
    uint256 internal attesterKey = 0xA77E57;
    address internal attester;

    CapitalToken internal token;
    ReputationRegistry internal reputation;
    ProjectRegistry internal registry;
    /// Where the voting contract and the task registry are (or would be) created: the next two contracts this
    /// test creates after the registry. The token, the reputation registry and the project registry are told
    /// these addresses at construction, as the deploy script does; suites without them prank from there.
    address internal votingAt;
    address internal taskRegistryAt;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        attester = vm.addr(attesterKey);
        uint256 nonce = vm.getNonce(address(this));
        address registryAt = vm.computeCreateAddress(address(this), nonce + 2);
        votingAt = vm.computeCreateAddress(address(this), nonce + 3);
        taskRegistryAt = vm.computeCreateAddress(address(this), nonce + 4);
        token = new CapitalToken(registryAt, votingAt, taskRegistryAt, FLOOR_PRICE, DEAD_SUPPLY, RELEASE_WINDOW);
        reputation =
            new ReputationRegistry(governance, FIRST_REPUTATION, attester, registryAt, votingAt, taskRegistryAt);
        registry = new ProjectRegistry(token, reputation, taskRegistryAt, _parameters());
        // Right away: with `isolate = true` every external call of this contract also consumes a nonce.
        _deployVotingAndTasks();
        assertEq(address(registry), registryAt, "registry prediction");
    }

    /// Creates the contracts at `votingAt` and `taskRegistryAt`, if the suite has them: the next two contracts
    /// this test creates, with no external call before them.
    function _deployVotingAndTasks() internal virtual {}

    function _parameters() internal pure returns (IProjectRegistry.Parameters memory) {
        return IProjectRegistry.Parameters({
            minStakingPeriod: MIN_STAKING_PERIOD,
            maxStakingPeriod: MAX_STAKING_PERIOD,
            unstakeLockWindow: UNSTAKE_LOCK_WINDOW,
            stakedPeriod: STAKED_PERIOD,
            activePeriod: ACTIVE_PERIOD,
            minSubmitStakeBps: MIN_SUBMIT_STAKE_BPS,
            minCost: MIN_COST
        });
    }

    function _propose(address proposer, uint256 cost, IProjectRegistry.CollateralKind kind)
        internal
        returns (uint256 projectId)
    {
        vm.prank(proposer);
        projectId = registry.propose(
            cost, block.timestamp + 7 days, keccak256(abi.encode("project", cost)), IProjectRegistry.CidCodec.Raw, kind
        );
    }

    function _tasks(uint256 count) internal pure returns (IProjectRegistry.TaskSpec[] memory tasks) {
        tasks = new IProjectRegistry.TaskSpec[](count);
        uint256 each = 10_000 / count;
        for (uint256 i; i < count; ++i) {
            tasks[i] = IProjectRegistry.TaskSpec({
                digest: keccak256(abi.encode("task", i)),
                codec: i % 2 == 0 ? IProjectRegistry.CidCodec.Raw : IProjectRegistry.CidCodec.DagPb,
                weighting: uint16(i == 0 ? 10_000 - each * (count - 1) : each)
            });
        }
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
