import {
  bandwidthAuctionAbi,
  bandwidthTokenAbi,
  bandwidthTokenFactoryAbi,
  billingAbi,
  capitalTokenAbi,
  compensationTableAbi,
  consumptionLedgerAbi,
  disputeCourtAbi,
  expenseLedgerAbi,
  nodeRegistryAbi,
  participantRegistryAbi,
  platformTokenAbi,
  platformTokenSaleAbi,
  plcrVotingAbi,
  projectRegistryAbi,
  reputationRegistryAbi,
  settlementTokenAbi,
  taskRegistryAbi,
  timelockControllerAbi,
} from "@scipio/sdk/abi";

/**
 * Every contract the indexer follows, by its name in the deployment file, with its generated ABI.
 * A contract added to the deploy script is added here and gets a handler map entry for each of its
 * events (test/coverage.test.ts fails until it does).
 */
export const deployedContracts = {
  CapitalToken: capitalTokenAbi,
  ReputationRegistry: reputationRegistryAbi,
  ProjectRegistry: projectRegistryAbi,
  TaskRegistry: taskRegistryAbi,
  PlcrVoting: plcrVotingAbi,
  ParticipantRegistry: participantRegistryAbi,
  PlatformToken: platformTokenAbi,
  PlatformTokenSale: platformTokenSaleAbi,
  BandwidthTokenFactory: bandwidthTokenFactoryAbi,
  BandwidthAuction: bandwidthAuctionAbi,
  NodeRegistry: nodeRegistryAbi,
  /** OpenZeppelin's TimelockController, deployed under this name. */
  GovernanceTimelock: timelockControllerAbi,
  SettlementToken: settlementTokenAbi,
  CompensationTable: compensationTableAbi,
  ConsumptionLedger: consumptionLedgerAbi,
  ExpenseLedger: expenseLedgerAbi,
  DisputeCourt: disputeCourtAbi,
  Billing: billingAbi,
} as const;

/** Deployed contracts whose generated ABI is named after the contract they deploy, not after themselves. */
export const abiNames: Partial<Record<DeployedContractName, string>> = { GovernanceTimelock: "TimelockController" };

/** Contracts created at run time, found through a factory's event (name → its ABI). */
export const factoryContracts = {
  BandwidthToken: bandwidthTokenAbi,
} as const;

export type DeployedContractName = keyof typeof deployedContracts;
export type IndexedContractName = DeployedContractName | keyof typeof factoryContracts;

/** Names of the events an ABI declares. */
export function abiEventNames(abi: readonly { type: string; name?: string }[]): string[] {
  return abi.filter((item) => item.type === "event").map((item) => item.name!);
}
