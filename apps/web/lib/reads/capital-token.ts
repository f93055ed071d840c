import { capitalTokenAbi, reputationRegistryAbi } from "@scipio/sdk/abi";
import { getRuntimeConfig, getServerClient } from "@/lib/server-config";

export type MarketSnapshot = {
  /** Effective pool `P` and supply `S` the prices use. */
  pool: bigint;
  supply: bigint;
  /** Wei per whole token: buying a tiny amount, and selling (`P/S`). */
  buyPrice: bigint;
  sellPrice: bigint;
  floorPrice: bigint;
  availablePool: bigint;
  etherPending: bigint;
  tokensPending: bigint;
  releaseEnd: bigint;
  totalReputation: bigint | undefined;
  blockNumber: bigint;
};

export type MarketRead =
  | { status: "ok"; market: MarketSnapshot }
  /** The deployment names no CapitalToken, or nothing answers at its address (a fresh chain). */
  | { status: "not-deployed" }
  | { status: "unreachable"; rpcUrl: string };

/** Pool, prices and supply as of the latest block, read while rendering on the server. */
export async function readMarket(): Promise<MarketRead> {
  const { deployment, rpcUrl } = await getRuntimeConfig();
  const token = deployment.contracts.CapitalToken;
  if (!token) return { status: "not-deployed" };
  const reputation = deployment.contracts.ReputationRegistry;
  const client = await getServerClient();
  let blockNumber: bigint;
  try {
    blockNumber = await client.getBlockNumber();
  } catch {
    return { status: "unreachable", rpcUrl };
  }
  try {
    const read = { address: token, abi: capitalTokenAbi, blockNumber } as const;
    const [[pool, supply], [buyPrice, sellPrice], floorPrice, availablePool, [etherPending, tokensPending, releaseEnd], totalReputation] =
      await Promise.all([
        client.readContract({ ...read, functionName: "priceState" }),
        client.readContract({ ...read, functionName: "spotPrice" }),
        client.readContract({ ...read, functionName: "floorPrice" }),
        client.readContract({ ...read, functionName: "availablePool" }),
        client.readContract({ ...read, functionName: "pendingRelease" }),
        reputation
          ? client.readContract({ address: reputation, abi: reputationRegistryAbi, functionName: "totalSupply", blockNumber })
          : undefined,
      ]);
    return {
      status: "ok",
      market: {
        pool,
        supply,
        buyPrice,
        sellPrice,
        floorPrice,
        availablePool,
        etherPending,
        tokensPending,
        releaseEnd,
        totalReputation,
        blockNumber,
      },
    };
  } catch {
    return { status: "not-deployed" };
  }
}
