import {
  bandwidthAuctionAbi,
  bandwidthTokenAbi,
  bandwidthTokenFactoryAbi,
  capitalTokenAbi,
  nodeRegistryAbi,
  participantRegistryAbi,
  platformTokenAbi,
  platformTokenSaleAbi,
  plcrVotingAbi,
  projectRegistryAbi,
  reputationRegistryAbi,
  taskRegistryAbi,
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
} as const;

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
