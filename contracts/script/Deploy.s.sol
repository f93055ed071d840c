// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CapitalToken} from "../src/distribute/CapitalToken.sol";
import {PlcrVoting} from "../src/distribute/PlcrVoting.sol";
import {ProjectRegistry} from "../src/distribute/ProjectRegistry.sol";
import {ReputationRegistry} from "../src/distribute/ReputationRegistry.sol";
import {TaskRegistry} from "../src/distribute/TaskRegistry.sol";
import {IBilling} from "../src/interfaces/IBilling.sol";
import {ICompensationLedger} from "../src/interfaces/ICompensationLedger.sol";
import {ICompensationTable} from "../src/interfaces/ICompensationTable.sol";
import {IConsumptionLedger} from "../src/interfaces/IConsumptionLedger.sol";
import {IDisputeCourt} from "../src/interfaces/IDisputeCourt.sol";
import {IPlcrVoting} from "../src/interfaces/IPlcrVoting.sol";
import {IProjectRegistry} from "../src/interfaces/IProjectRegistry.sol";
import {ITaskRegistry} from "../src/interfaces/ITaskRegistry.sol";
import {BandwidthAuction} from "../src/network/BandwidthAuction.sol";
import {BandwidthTokenFactory} from "../src/network/BandwidthTokenFactory.sol";
import {Billing} from "../src/network/Billing.sol";
import {CompensationTable} from "../src/network/CompensationTable.sol";
import {ConsumptionLedger} from "../src/network/ConsumptionLedger.sol";
import {DisputeCourt} from "../src/network/DisputeCourt.sol";
import {ExpenseLedger} from "../src/network/ExpenseLedger.sol";
import {NodeRegistry} from "../src/network/NodeRegistry.sol";
import {ParticipantRegistry} from "../src/network/ParticipantRegistry.sol";
import {PlatformTokenSale} from "../src/network/PlatformTokenSale.sol";
import {SettlementToken} from "../src/network/SettlementToken.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
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
        IERC20 settlementToken;
        CompensationTable compensationTable;
        ExpenseLedger expenseLedger;
        ConsumptionLedger consumptionLedger;
        Billing billing;
        DisputeCourt disputeCourt;
    }

    /// @dev Nonce offsets from the compensation table's deployment, in the order of operations.md (table,
    /// ExpenseLedger, ConsumptionLedger, DisputeCourt, Billing); constructor gates point at predicted addresses.
    /// A branch that adds its contract takes its offset and shifts the later ones: until ExpenseLedger and
    /// DisputeCourt are deployed here, their predicted addresses follow the contracts deployed so far.
    uint256 internal constant EXPENSE_LEDGER_OFFSET = 1;
    uint256 internal constant CONSUMPTION_LEDGER_OFFSET = 2;
    uint256 internal constant DISPUTE_COURT_OFFSET = 3;
    /// @dev How many contracts `_deployNetwork` creates from the deployer.
    uint256 internal constant NETWORK_CONTRACTS = 5;

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
        // The auctions refuse operators in debt, so they are told the compensation table's address: it is created
        // after the network's five contracts and the demo settlement token, unless a real one is configured.
        uint256 tableOffset =
            NETWORK_CONTRACTS + (vm.envOr("SETTLEMENT_TOKEN_ADDRESS", address(0)) == address(0) ? 1 : 0);
        address tableAt = vm.computeCreateAddress(deployer, vm.getNonce(deployer) + tableOffset);
        _deployNetwork(platformAdmin, deployment, ICompensationLedger(tableAt));
        _deployOperations(deployer, platformAdmin, deployment);
        _checkPredicted(address(deployment.compensationTable), tableAt);
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

    /// @dev The operating side, after the network so no earlier address moves: the settlement token (the demo
    /// euro, unless SETTLEMENT_TOKEN_ADDRESS names a real stable token), the compensation table (the clock), the
    /// expense ledger (demo: a 5 € review fee, a 10 € deposit, a day for each drawn reviewer to answer), the
    /// consumption ledger and the dispute court (demo fees and windows in `_disputeParameters`).
    function _deployOperations(address deployer, address admin, Deployment memory deployment) internal {
        address configuredToken = vm.envOr("SETTLEMENT_TOKEN_ADDRESS", address(0));
        deployment.settlementToken =
            configuredToken == address(0) ? IERC20(address(new SettlementToken())) : IERC20(configuredToken);
        uint256 tableNonce = vm.getNonce(deployer);
        address expenseLedger = vm.computeCreateAddress(deployer, tableNonce + EXPENSE_LEDGER_OFFSET);
        address consumptionLedger = vm.computeCreateAddress(deployer, tableNonce + CONSUMPTION_LEDGER_OFFSET);
        address disputeCourt = vm.computeCreateAddress(deployer, tableNonce + DISPUTE_COURT_OFFSET);
        deployment.compensationTable = new CompensationTable(
            deployment.participantRegistry,
            deployment.settlementToken,
            expenseLedger,
            IConsumptionLedger(consumptionLedger),
            vm.envOr("PLATFORM_ADDRESS", vm.envOr("TREASURY_ADDRESS", admin)),
            _periodParameters()
        );
        deployment.expenseLedger = new ExpenseLedger(
            ICompensationLedger(address(deployment.compensationTable)),
            deployment.participantRegistry,
            deployment.settlementToken,
            disputeCourt,
            deployment.compensationTable.platform(),
            vm.envOr("REVIEW_FEE", uint256(5e6)),
            vm.envOr("EXPENSE_DEPOSIT", uint256(10e6)),
            vm.envOr("REVIEW_ANSWER_WINDOW", uint256(1 days))
        );
        require(address(deployment.expenseLedger) == expenseLedger, "Deploy: expense ledger address");
        deployment.consumptionLedger = new ConsumptionLedger(
            deployment.participantRegistry, ICompensationTable(address(deployment.compensationTable)), disputeCourt
        );
        require(address(deployment.consumptionLedger) == consumptionLedger, "Deploy: consumption ledger address");
        deployment.disputeCourt = new DisputeCourt(
            admin,
            deployment.settlementToken,
            deployment.participantRegistry,
            deployment.consumptionLedger,
            deployment.expenseLedger,
            _disputeParameters()
        );
        require(address(deployment.disputeCourt) == disputeCourt, "Deploy: dispute court address");
        // Last: nothing needs billing's address, and it reads the table's clock in its constructor.
        deployment.billing = new Billing(
            deployment.participantRegistry,
            deployment.bandwidthTokenFactory,
            deployment.compensationTable,
            _cprContributions()
        );
    }

    /// @dev Demo court: 20 / 100 / 400 euros per stage; three days to respond, seven to decide, three to appeal.
    function _disputeParameters() internal view returns (IDisputeCourt.Parameters memory) {
        return IDisputeCourt.Parameters({
            conciliationFee: vm.envOr("CONCILIATION_FEE", uint256(20e6)),
            mediationFee: vm.envOr("MEDIATION_FEE", uint256(100e6)),
            arbitrationFee: vm.envOr("ARBITRATION_FEE", uint256(400e6)),
            responseWindow: vm.envOr("DISPUTE_RESPONSE_WINDOW", uint256(3 days)),
            decisionWindow: vm.envOr("DISPUTE_DECISION_WINDOW", uint256(7 days)),
            appealWindow: vm.envOr("DISPUTE_APPEAL_WINDOW", uint256(3 days))
        });
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
    /// factory, the auctions (told the compensation table's predicted address) and the node registry. Deployed after the Distribute contracts so their local
    /// addresses stay put.
    function _deployNetwork(
        address platformAdmin,
        Deployment memory deployment,
        ICompensationLedger compensationTableAt
    ) internal {
        deployment.participantRegistry = new ParticipantRegistry(platformAdmin);
        deployment.platformTokenSale = new PlatformTokenSale(
            vm.envOr("TREASURY_ADDRESS", platformAdmin),
            vm.envOr("SPT_RATE", uint256(10_000)),
            vm.envOr("SPT_CAP", uint256(10_000_000e18)),
            vm.envOr("SPT_SALE_DURATION", uint256(14 days))
        );
        deployment.bandwidthTokenFactory = new BandwidthTokenFactory(deployment.participantRegistry);
        deployment.bandwidthAuction = new BandwidthAuction(
            deployment.platformTokenSale,
            deployment.bandwidthTokenFactory,
            deployment.participantRegistry,
            compensationTableAt
        );
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
        contracts.serialize("NodeRegistry", address(deployment.nodeRegistry));
        contracts.serialize("SettlementToken", address(deployment.settlementToken));
        contracts.serialize("CompensationTable", address(deployment.compensationTable));
        contracts.serialize("ExpenseLedger", address(deployment.expenseLedger));
        contracts.serialize("ConsumptionLedger", address(deployment.consumptionLedger));
        contracts.serialize("DisputeCourt", address(deployment.disputeCourt));
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
