import "server-only";
import type { Deployment } from "@scipio/sdk/deployments";
import type { Address, PublicClient } from "viem";
import { getRuntimeConfig, getServerClient } from "@/lib/server-config";

/** What a server read returns when there is nothing to show: no contract at the address, or no chain answering. */
export type ChainUnavailable = { status: "not-deployed" } | { status: "unreachable"; rpcUrl: string };

/** The block every read of one render is made at, so a page never mixes two states of the chain. */
export type LatestBlock = { number: bigint; timestamp: bigint };

export type LatestBlockContext<Name extends string> = {
  client: PublicClient;
  block: LatestBlock;
  /** The contracts the read named as required, all deployed. */
  contracts: Record<Name, Address>;
  /** The whole deployment, for contracts a read can do without. */
  deployment: Deployment;
};

/**
 * The opening every server read shares: the `required` contracts must be in the deployment ("not-deployed"
 * otherwise), the latest block must answer ("unreachable" otherwise), then `read` runs at that block. A read
 * that throws means no contract answers at the deployment's address (a fresh chain): "not-deployed".
 */
export async function readAtLatestBlock<const Name extends string, Result>(
  required: readonly Name[],
  read: (context: LatestBlockContext<Name>) => Promise<Result>,
): Promise<Result | ChainUnavailable> {
  const { deployment, rpcUrl } = await getRuntimeConfig();
  const contracts = {} as Record<Name, Address>;
  for (const name of required) {
    const address = deployment.contracts[name];
    if (!address) return { status: "not-deployed" };
    contracts[name] = address;
  }
  const client = await getServerClient();
  let block: LatestBlock;
  try {
    const latest = await client.getBlock({ blockTag: "latest" });
    block = { number: latest.number, timestamp: latest.timestamp };
  } catch {
    return { status: "unreachable", rpcUrl };
  }
  try {
    return await read({ client, block, contracts, deployment });
  } catch {
    return { status: "not-deployed" };
  }
}
