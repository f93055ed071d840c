import { createConfig, factory } from "ponder";
import { getAbiItem, zeroAddress, type Abi, type Address } from "viem";
import { bandwidthTokenFactoryAbi } from "@scipio/sdk/abi";
import { deployedContracts, factoryContracts, type DeployedContractName } from "./src/contracts";
import { readEnvironment } from "./src/environment";

const environment = readEnvironment();
const { deployment } = environment;
const CHAIN = "scipio";

/**
 * A contract at its deployed address from the deployment's block on. One the deployment lacks (a chain
 * deployed before it existed) is followed at the zero address, which emits nothing.
 */
function deployed<const abi extends Abi>(name: DeployedContractName, abi: abi) {
  return {
    abi,
    chain: CHAIN,
    address: (deployment.contracts[name] ?? zeroAddress) as Address,
    startBlock: deployment.deploymentBlock,
  } as const;
}

export default createConfig({
  database: environment.databaseUrl
    ? { kind: "postgres", connectionString: environment.databaseUrl }
    : { kind: "pglite", directory: environment.pgliteDirectory },
  chains: {
    [CHAIN]: {
      id: deployment.chainId,
      rpc: environment.rpcUrl,
      pollingInterval: environment.pollingIntervalMs,
      // A local chain is thrown away and redeployed at the same addresses: cached RPC answers would lie.
      disableCache: deployment.chainId === 31337,
      // Ponder starts a chain at 20 requests a second and raises that by 5 % at most every few seconds; a
      // local anvil has no rate limit, and at 20/s a seeded chain's backfill took 35-100 s in the tests.
      // (`maxRequestsPerSecond` as the starting limit is patched into Ponder 0.16: patches/ponder@0.16.6.patch.)
      ...(deployment.chainId === 31337 && { maxRequestsPerSecond: 500 }),
      // How deep a reorg Ponder can undo (`finalityBlockCount` is patched into Ponder 0.16: patches/ponder@0.16.6.patch).
      ...(environment.finalityBlocks !== undefined && { finalityBlockCount: environment.finalityBlocks }),
    },
  },
  // Every block, for the indexed head's hash (`indexedHead` in ponder.schema.ts): the freshness check
  // compares it with the chain's block at that height, since a number and timestamp match on another fork.
  blocks: {
    IndexedHead: { chain: CHAIN, startBlock: deployment.deploymentBlock, interval: 1 },
  },
  contracts: {
    CapitalToken: deployed("CapitalToken", deployedContracts.CapitalToken),
    ReputationRegistry: deployed("ReputationRegistry", deployedContracts.ReputationRegistry),
    ProjectRegistry: deployed("ProjectRegistry", deployedContracts.ProjectRegistry),
    TaskRegistry: deployed("TaskRegistry", deployedContracts.TaskRegistry),
    PlcrVoting: deployed("PlcrVoting", deployedContracts.PlcrVoting),
    ParticipantRegistry: deployed("ParticipantRegistry", deployedContracts.ParticipantRegistry),
    PlatformToken: deployed("PlatformToken", deployedContracts.PlatformToken),
    PlatformTokenSale: deployed("PlatformTokenSale", deployedContracts.PlatformTokenSale),
    BandwidthTokenFactory: deployed("BandwidthTokenFactory", deployedContracts.BandwidthTokenFactory),
    BandwidthAuction: deployed("BandwidthAuction", deployedContracts.BandwidthAuction),
    NodeRegistry: deployed("NodeRegistry", deployedContracts.NodeRegistry),
    GovernanceTimelock: deployed("GovernanceTimelock", deployedContracts.GovernanceTimelock),
    SettlementToken: deployed("SettlementToken", deployedContracts.SettlementToken),
    CompensationTable: deployed("CompensationTable", deployedContracts.CompensationTable),
    ConsumptionLedger: deployed("ConsumptionLedger", deployedContracts.ConsumptionLedger),
    ExpenseLedger: deployed("ExpenseLedger", deployedContracts.ExpenseLedger),
    DisputeCourt: deployed("DisputeCourt", deployedContracts.DisputeCourt),
    Billing: deployed("Billing", deployedContracts.Billing),
    BandwidthToken: {
      abi: factoryContracts.BandwidthToken,
      chain: CHAIN,
      address: factory({
        address: (deployment.contracts.BandwidthTokenFactory ?? zeroAddress) as Address,
        event: getAbiItem({ abi: bandwidthTokenFactoryAbi, name: "BandwidthTokenCreated" }),
        parameter: "token",
      }),
      startBlock: deployment.deploymentBlock,
    },
  },
});
