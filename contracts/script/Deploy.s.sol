// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CapitalToken} from "../src/distribute/CapitalToken.sol";
import {PlcrVoting} from "../src/distribute/PlcrVoting.sol";
import {ProjectRegistry} from "../src/distribute/ProjectRegistry.sol";
import {ReputationRegistry} from "../src/distribute/ReputationRegistry.sol";
import {TaskRegistry} from "../src/distribute/TaskRegistry.sol";
import {IBilling} from "../src/interfaces/IBilling.sol";
import {ICompensationTable} from "../src/interfaces/ICompensationTable.sol";
import {IConsumptionLedger} from "../src/interfaces/IConsumptionLedger.sol";
import {IPlcrVoting} from "../src/interfaces/IPlcrVoting.sol";
import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {ITaskRegistry} from "../src/interfaces/ITaskRegistry.sol";
import {BandwidthAuction} from "../src/network/BandwidthAuction.sol";
import {BandwidthTokenFactory} from "../src/network/BandwidthTokenFactory.sol";
import {Billing} from "../src/network/Billing.sol";
import {CompensationTable} from "../src/network/CompensationTable.sol";
import {ConsumptionLedger} from "../src/network/ConsumptionLedger.sol";
import {NodeRegistry} from "../src/network/NodeRegistry.sol";
import {ParticipantRegistry} from "../src/network/ParticipantRegistry.sol";
import {PlatformTokenSale} from "../src/network/PlatformTokenSale.sol";
import {SettlementToken} from "../src/network/SettlementToken.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Script} from "forge-std/Script.sol";
import {stdJson} from "forge-std/StdJson.sol";

/// @notice Deploys the Distribute contracts, wires their roles, approves the identity attester, deploys the
/// Scipio network's participant registry and SPT sale, and writes `packages/sdk/deployments/<chainId>.json`.
/// Governance is the broadcasting account.
/// @dev Every parameter has an env override; defaults suit a local demo (periods in days, time-travel in tests).
contract Deploy is Script {
    using stdJson for string;

    /// @dev anvil's account #9, the local attester service's default key.
    address internal constant DEFAULT_ATTESTER = 0xa0Ee7A142d267C1f36714E4a8F75612F20a79720;

    struct Deployment {
        CapitalToken capitalToken;
        ReputationRegistry reputationRegistry;
        ProjectRegistry projectRegistry;
        PlcrVoting plcrVoting;
        TaskRegistry taskRegistry;
        ParticipantRegistry participantRegistry;
        PlatformTokenSale platformTokenSale;
        BandwidthTokenFactory bandwidthTokenFactory;
        BandwidthAuction bandwidthAuction;
        NodeRegistry nodeRegistry;
        IERC20 settlementToken;
        CompensationTable compensationTable;
        ConsumptionLedger consumptionLedger;
        Billing billing;
    }

    /// @dev Nonce offsets from the compensation table's deployment, in the order of operations.md (table,
    /// ExpenseLedger, ConsumptionLedger, DisputeCourt, Billing); constructor gates point at predicted addresses.
    /// A branch that adds its contract takes its offset and shifts the later ones: until ExpenseLedger and
    /// DisputeCourt are deployed here, their predicted addresses follow the contracts deployed so far.
    uint256 internal constant CONSUMPTION_LEDGER_OFFSET = 1;
    uint256 internal constant DISPUTE_COURT_OFFSET = 2;
    uint256 internal constant EXPENSE_LEDGER_OFFSET = 3;

    function run() external returns (Deployment memory deployment) {
        address attester = vm.envOr("ATTESTER_ADDRESS", DEFAULT_ATTESTER);
        // The first deployment lands in a later block than the one the script reads, so this is a safe lower
        // bound for event scans.
        uint256 deploymentBlock = block.number + 1;

        vm.startBroadcast();
        (, address governance,) = vm.readCallers();
        deployment = deploy(governance, attester);
        vm.stopBroadcast();

        _write(deployment, deploymentBlock);
    }

    /// @notice Deploys and wires everything with `governance` as admin (the broadcasting account).
    function deploy(address governance, address attester) public returns (Deployment memory deployment) {
        deployment.capitalToken = new CapitalToken(
            governance,
            vm.envOr("FLOOR_PRICE_WEI", uint256(0.000_05 ether)),
            vm.envOr("DEAD_SUPPLY", uint256(1e18)),
            vm.envOr("RELEASE_WINDOW", uint256(7 days))
        );
        deployment.reputationRegistry =
            new ReputationRegistry(governance, vm.envOr("FIRST_REPUTATION", uint256(100e18)));
        deployment.reputationRegistry.setAttester(attester, true);
        deployment.projectRegistry =
            new ProjectRegistry(governance, deployment.capitalToken, deployment.reputationRegistry, _parameters());
        deployment.capitalToken.grantRole(deployment.capitalToken.PROTOCOL_ROLE(), address(deployment.projectRegistry));
        deployment.reputationRegistry
            .grantRole(deployment.reputationRegistry.PROTOCOL_ROLE(), address(deployment.projectRegistry));
        _deployPartTwo(governance, deployment);
        _deployNetwork(governance, deployment);
        _deployOperations(governance, deployment);
    }

    /// @dev The operating side, after the network so no earlier address moves: the settlement token (the demo
    /// euro, unless SETTLEMENT_TOKEN_ADDRESS names a real stable token), the compensation table (the clock) and
    /// the consumption ledger.
    function _deployOperations(address governance, Deployment memory deployment) internal {
        address configuredToken = vm.envOr("SETTLEMENT_TOKEN_ADDRESS", address(0));
        deployment.settlementToken =
            configuredToken == address(0) ? IERC20(address(new SettlementToken())) : IERC20(configuredToken);
        uint256 tableNonce = vm.getNonce(governance);
        address expenseLedger = vm.computeCreateAddress(governance, tableNonce + EXPENSE_LEDGER_OFFSET);
        address consumptionLedger = vm.computeCreateAddress(governance, tableNonce + CONSUMPTION_LEDGER_OFFSET);
        address disputeCourt = vm.computeCreateAddress(governance, tableNonce + DISPUTE_COURT_OFFSET);
        deployment.compensationTable = new CompensationTable(
            deployment.participantRegistry,
            deployment.settlementToken,
            expenseLedger,
            IConsumptionLedger(consumptionLedger),
            vm.envOr("PLATFORM_ADDRESS", vm.envOr("TREASURY_ADDRESS", governance)),
            _periodParameters()
        );
        deployment.consumptionLedger = new ConsumptionLedger(
            deployment.participantRegistry, ICompensationTable(address(deployment.compensationTable)), disputeCourt
        );
        require(address(deployment.consumptionLedger) == consumptionLedger, "Deploy: consumption ledger address");
        // Last: nothing needs billing's address, and it reads the table's clock in its constructor.
        deployment.billing = new Billing(
            deployment.participantRegistry,
            deployment.bandwidthTokenFactory,
            deployment.compensationTable,
            _cprContributions()
        );
    }

    /// @dev The seed's standard invoice: per customer and period, fibre 17 € deployment + 6 € maintenance, WiFi
    /// 4 € + 4 € (settlement units, 6 decimals).
    function _cprContributions() internal view returns (IBilling.Contributions memory) {
        return IBilling.Contributions({
            fibreDeployment: uint64(vm.envOr("CPR_FIBRE_DEPLOYMENT", uint256(17e6))),
            fibreMaintenance: uint64(vm.envOr("CPR_FIBRE_MAINTENANCE", uint256(6e6))),
            wifiDeployment: uint64(vm.envOr("CPR_WIFI_DEPLOYMENT", uint256(4e6))),
            wifiMaintenance: uint64(vm.envOr("CPR_WIFI_MAINTENANCE", uint256(4e6)))
        });
    }

    /// @dev Demo clock: weekly periods from the deployment, two days of grace, three of review, two to record.
    function _periodParameters() internal view returns (ICompensationTable.Parameters memory) {
        return ICompensationTable.Parameters({
            genesis: vm.envOr("PERIOD_GENESIS", block.timestamp),
            periodLength: vm.envOr("PERIOD_LENGTH", uint256(7 days)),
            graceWindow: vm.envOr("GRACE_WINDOW", uint256(2 days)),
            reviewWindow: vm.envOr("REVIEW_WINDOW", uint256(3 days)),
            recordingWindow: vm.envOr("RECORDING_WINDOW", uint256(2 days)),
            platformFeeBps: vm.envOr("PLATFORM_FEE_BPS", uint256(200))
        });
    }

    /// @dev The Scipio network so far: participants, the SPT sale (which creates SPT), the bandwidth token
    /// factory, the auctions and the node registry. Deployed after the Distribute contracts so their local
    /// addresses stay put.
    function _deployNetwork(address governance, Deployment memory deployment) internal {
        deployment.participantRegistry = new ParticipantRegistry(governance);
        deployment.platformTokenSale = new PlatformTokenSale(
            vm.envOr("TREASURY_ADDRESS", governance),
            vm.envOr("SPT_RATE", uint256(10_000)),
            vm.envOr("SPT_CAP", uint256(10_000_000e18)),
            vm.envOr("SPT_SALE_DURATION", uint256(14 days))
        );
        deployment.bandwidthTokenFactory = new BandwidthTokenFactory(deployment.participantRegistry);
        deployment.bandwidthAuction = new BandwidthAuction(
            deployment.platformTokenSale, deployment.bandwidthTokenFactory, deployment.participantRegistry
        );
        deployment.nodeRegistry = new NodeRegistry(deployment.participantRegistry);
    }

    /// @dev Voting and the task registry, each holding the protocol role where it moves value or stages.
    function _deployPartTwo(address governance, Deployment memory deployment) internal {
        deployment.plcrVoting =
            new PlcrVoting(governance, deployment.capitalToken, deployment.reputationRegistry, _votingParameters());
        deployment.taskRegistry = new TaskRegistry(
            deployment.capitalToken,
            deployment.reputationRegistry,
            deployment.projectRegistry,
            deployment.plcrVoting,
            _taskParameters()
        );
        bytes32 role = deployment.capitalToken.PROTOCOL_ROLE();
        deployment.capitalToken.grantRole(role, address(deployment.plcrVoting));
        deployment.reputationRegistry.grantRole(role, address(deployment.plcrVoting));
        deployment.capitalToken.grantRole(role, address(deployment.taskRegistry));
        deployment.reputationRegistry.grantRole(role, address(deployment.taskRegistry));
        deployment.projectRegistry.grantRole(role, address(deployment.taskRegistry));
        deployment.plcrVoting.grantRole(role, address(deployment.taskRegistry));
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
            minSubmitStakeBps: vm.envOr("MIN_SUBMIT_STAKE_BPS", uint256(100))
        });
    }

    function _write(Deployment memory deployment, uint256 deploymentBlock) internal {
        string memory contracts = "contracts";
        contracts.serialize("CapitalToken", address(deployment.capitalToken));
        contracts.serialize("ReputationRegistry", address(deployment.reputationRegistry));
        contracts.serialize("ProjectRegistry", address(deployment.projectRegistry));
        contracts.serialize("PlcrVoting", address(deployment.plcrVoting));
        contracts.serialize("TaskRegistry", address(deployment.taskRegistry));
        contracts.serialize("ParticipantRegistry", address(deployment.participantRegistry));
        contracts.serialize("PlatformTokenSale", address(deployment.platformTokenSale));
        contracts.serialize("PlatformToken", address(deployment.platformTokenSale.token()));
        contracts.serialize("BandwidthTokenFactory", address(deployment.bandwidthTokenFactory));
        contracts.serialize("BandwidthAuction", address(deployment.bandwidthAuction));
        contracts.serialize("NodeRegistry", address(deployment.nodeRegistry));
        contracts.serialize("SettlementToken", address(deployment.settlementToken));
        contracts.serialize("CompensationTable", address(deployment.compensationTable));
        contracts.serialize("ConsumptionLedger", address(deployment.consumptionLedger));
        contracts = contracts.serialize("Billing", address(deployment.billing));

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
