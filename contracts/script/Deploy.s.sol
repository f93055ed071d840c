// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CapitalToken} from "../src/distribute/CapitalToken.sol";
import {PlcrVoting} from "../src/distribute/PlcrVoting.sol";
import {ProjectRegistry} from "../src/distribute/ProjectRegistry.sol";
import {ReputationRegistry} from "../src/distribute/ReputationRegistry.sol";
import {TaskRegistry} from "../src/distribute/TaskRegistry.sol";
import {IPlcrVoting} from "../src/interfaces/IPlcrVoting.sol";
import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {ITaskRegistry} from "../src/interfaces/ITaskRegistry.sol";
import {BandwidthAuction} from "../src/network/BandwidthAuction.sol";
import {BandwidthTokenFactory} from "../src/network/BandwidthTokenFactory.sol";
import {NodeRegistry} from "../src/network/NodeRegistry.sol";
import {ParticipantRegistry} from "../src/network/ParticipantRegistry.sol";
import {PlatformTokenSale} from "../src/network/PlatformTokenSale.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Script} from "forge-std/Script.sol";
import {stdJson} from "forge-std/StdJson.sol";

/// @notice Deploys the Distribute contracts with their protocol wiring fixed in their constructors, governance
/// behind a `TimelockController`, the identity attester approved from the start, the Scipio network's contracts,
/// and writes `packages/sdk/deployments/<chainId>.json`.
/// @dev Every parameter has an env override; defaults suit a local demo (periods in days, time-travel in tests).
/// The Distribute contracts point at each other through immutables, so their addresses are predicted from the
/// deployer's nonce before the first one is created: the five are created first, one after another, with no
/// other transaction of the deployer in between (`_deployDistribute` checks every prediction).
contract Deploy is Script {
    using stdJson for string;

    /// @dev anvil's account #9, the local attester service's default key.
    address internal constant DEFAULT_ATTESTER = 0xa0Ee7A142d267C1f36714E4a8F75612F20a79720;

    /// @notice A contract landed elsewhere than the address the others were told.
    error PredictionMissed(address deployed, address predicted);

    struct Deployment {
        CapitalToken capitalToken;
        ReputationRegistry reputationRegistry;
        ProjectRegistry projectRegistry;
        PlcrVoting plcrVoting;
        TaskRegistry taskRegistry;
        TimelockController governanceTimelock;
        ParticipantRegistry participantRegistry;
        PlatformTokenSale platformTokenSale;
        BandwidthTokenFactory bandwidthTokenFactory;
        BandwidthAuction bandwidthAuction;
        NodeRegistry nodeRegistry;
    }

    function run() external returns (Deployment memory deployment) {
        address attester = vm.envOr("ATTESTER_ADDRESS", DEFAULT_ATTESTER);
        // The first deployment lands in a later block than the one the script reads, so this is a safe lower
        // bound for event scans.
        uint256 deploymentBlock = block.number + 1;

        vm.startBroadcast();
        (, address deployer,) = vm.readCallers();
        // The timelock's proposer (and canceller): the deployer locally, a multisig in production.
        address proposer = vm.envOr("GOVERNANCE_PROPOSER", deployer);
        // The platform admin onboards network participants directly (due diligence is operational).
        address platformAdmin = vm.envOr("PLATFORM_ADMIN", deployer);
        deployment = deploy(deployer, proposer, platformAdmin, attester);
        vm.stopBroadcast();

        _write(deployment, deploymentBlock);
    }

    /// @notice Deploys everything from `deployer` (the account whose nonce creates the contracts): governance
    /// is a timelock whose only proposer is `proposer`; `platformAdmin` administers the network's participants.
    function deploy(address deployer, address proposer, address platformAdmin, address attester)
        public
        returns (Deployment memory deployment)
    {
        // Governance's timelock is created right after the five Distribute contracts.
        address timelockAt = vm.computeCreateAddress(deployer, vm.getNonce(deployer) + 5);
        _deployDistribute(deployer, deployment, timelockAt, attester);
        deployment.governanceTimelock = _deployTimelock(proposer);
        _checkPredicted(address(deployment.governanceTimelock), timelockAt);
        _deployNetwork(platformAdmin, deployment);
    }

    /// @dev The five Distribute contracts, each told the others' predicted addresses, in creation order.
    function _deployDistribute(address deployer, Deployment memory deployment, address timelockAt, address attester)
        internal
    {
        uint256 nonce = vm.getNonce(deployer);
        address tokenAt = vm.computeCreateAddress(deployer, nonce);
        address reputationAt = vm.computeCreateAddress(deployer, nonce + 1);
        address registryAt = vm.computeCreateAddress(deployer, nonce + 2);
        address votingAt = vm.computeCreateAddress(deployer, nonce + 3);
        address taskRegistryAt = vm.computeCreateAddress(deployer, nonce + 4);
        deployment.capitalToken = new CapitalToken(
            registryAt,
            votingAt,
            taskRegistryAt,
            vm.envOr("FLOOR_PRICE_WEI", uint256(0.000_05 ether)),
            vm.envOr("DEAD_SUPPLY", uint256(1e18)),
            vm.envOr("RELEASE_WINDOW", uint256(7 days))
        );
        deployment.reputationRegistry = new ReputationRegistry(
            timelockAt, vm.envOr("FIRST_REPUTATION", uint256(100e18)), attester, registryAt, votingAt, taskRegistryAt
        );
        deployment.projectRegistry =
            new ProjectRegistry(deployment.capitalToken, deployment.reputationRegistry, taskRegistryAt, _parameters());
        deployment.plcrVoting =
            new PlcrVoting(deployment.capitalToken, deployment.reputationRegistry, taskRegistryAt, _votingParameters());
        deployment.taskRegistry = new TaskRegistry(
            deployment.capitalToken,
            deployment.reputationRegistry,
            deployment.projectRegistry,
            deployment.plcrVoting,
            _taskParameters()
        );
        _checkPredicted(address(deployment.capitalToken), tokenAt);
        _checkPredicted(address(deployment.reputationRegistry), reputationAt);
        _checkPredicted(address(deployment.projectRegistry), registryAt);
        _checkPredicted(address(deployment.plcrVoting), votingAt);
        _checkPredicted(address(deployment.taskRegistry), taskRegistryAt);
    }

    /// @dev Governance: a timelock with one proposer (also canceller), executable by anyone once ready, and
    /// no admin (its own roles change only through its own delay).
    function _deployTimelock(address proposer) internal returns (TimelockController timelock) {
        address[] memory proposers = new address[](1);
        proposers[0] = proposer;
        address[] memory executors = new address[](1);
        executors[0] = address(0);
        timelock = new TimelockController(vm.envOr("GOVERNANCE_DELAY", uint256(2)), proposers, executors, address(0));
    }

    function _checkPredicted(address deployed, address predicted) internal pure {
        if (deployed != predicted) revert PredictionMissed(deployed, predicted);
    }

    /// @dev The Scipio network so far: participants, the SPT sale (which creates SPT), the bandwidth token
    /// factory, the auctions and the node registry. Deployed after the Distribute contracts so their local
    /// addresses stay put.
    function _deployNetwork(address platformAdmin, Deployment memory deployment) internal {
        deployment.participantRegistry = new ParticipantRegistry(platformAdmin);
        deployment.platformTokenSale = new PlatformTokenSale(
            vm.envOr("TREASURY_ADDRESS", platformAdmin),
            vm.envOr("SPT_RATE", uint256(10_000)),
            vm.envOr("SPT_CAP", uint256(10_000_000e18)),
            vm.envOr("SPT_SALE_DURATION", uint256(14 days))
        );
        deployment.bandwidthTokenFactory = new BandwidthTokenFactory(deployment.participantRegistry);
        deployment.bandwidthAuction =
            new BandwidthAuction(deployment.platformTokenSale, deployment.bandwidthTokenFactory);
        deployment.nodeRegistry = new NodeRegistry(deployment.participantRegistry);
    }

    function _votingParameters() internal view returns (IPlcrVoting.Parameters memory) {
        return IPlcrVoting.Parameters({
            commitPeriod: vm.envOr("COMMIT_PERIOD", uint256(2 days)),
            revealPeriod: vm.envOr("REVEAL_PERIOD", uint256(2 days)),
            quorumBps: vm.envOr("QUORUM_BPS", uint256(500))
        });
    }

    function _taskParameters() internal view returns (ITaskRegistry.Parameters memory) {
        return ITaskRegistry.Parameters({
            taskPeriod: vm.envOr("TASK_PERIOD", uint256(5 days)),
            validationPeriod: vm.envOr("VALIDATION_PERIOD", uint256(3 days)),
            completionThresholdBps: vm.envOr("COMPLETION_THRESHOLD_BPS", uint256(5000))
        });
    }

    function _parameters() internal view returns (IProjectRegistry.Parameters memory) {
        return IProjectRegistry.Parameters({
            minStakingPeriod: vm.envOr("MIN_STAKING_PERIOD", uint256(2 days)),
            maxStakingPeriod: vm.envOr("MAX_STAKING_PERIOD", uint256(30 days)),
            unstakeLockWindow: vm.envOr("UNSTAKE_LOCK_WINDOW", uint256(1 days)),
            stakedPeriod: vm.envOr("STAKED_PERIOD", uint256(3 days)),
            activePeriod: vm.envOr("ACTIVE_PERIOD", uint256(14 days)),
            minSubmitStakeBps: vm.envOr("MIN_SUBMIT_STAKE_BPS", uint256(100)),
            minCost: vm.envOr("MIN_PROJECT_COST_WEI", uint256(0.01 ether))
        });
    }

    function _write(Deployment memory deployment, uint256 deploymentBlock) internal {
        string memory contracts = "contracts";
        contracts.serialize("CapitalToken", address(deployment.capitalToken));
        contracts.serialize("ReputationRegistry", address(deployment.reputationRegistry));
        contracts.serialize("ProjectRegistry", address(deployment.projectRegistry));
        contracts.serialize("PlcrVoting", address(deployment.plcrVoting));
        contracts.serialize("TaskRegistry", address(deployment.taskRegistry));
        contracts.serialize("GovernanceTimelock", address(deployment.governanceTimelock));
        contracts.serialize("ParticipantRegistry", address(deployment.participantRegistry));
        contracts.serialize("PlatformTokenSale", address(deployment.platformTokenSale));
        contracts.serialize("PlatformToken", address(deployment.platformTokenSale.token()));
        contracts.serialize("BandwidthTokenFactory", address(deployment.bandwidthTokenFactory));
        contracts.serialize("BandwidthAuction", address(deployment.bandwidthAuction));
        contracts = contracts.serialize("NodeRegistry", address(deployment.nodeRegistry));

        string memory root = "root";
        root.serialize("chainId", block.chainid);
        root.serialize("deploymentBlock", deploymentBlock);
        root = root.serialize("contracts", contracts);

        // Tests and throwaway chains write elsewhere (DEPLOYMENT_FILE) so the committed file stays untouched.
        string memory defaultFile =
            string.concat(vm.projectRoot(), "/packages/sdk/deployments/", vm.toString(block.chainid), ".json");
        root.write(vm.envOr("DEPLOYMENT_FILE", defaultFile));
    }
}
