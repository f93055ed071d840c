import { capitalTokenAbi, reputationRegistryAbi } from "@scipio/sdk/abi";
import { readAtLatestBlock, type ChainUnavailable } from "./read-at-latest-block";

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

export type MarketRead = { status: "ok"; market: MarketSnapshot } | ChainUnavailable;

/** Pool, prices and supply as of the latest block, read while rendering on the server. */
export function readMarket(): Promise<MarketRead> {
  return readAtLatestBlock(["CapitalToken"], async ({ client, block, contracts, deployment }) => {
    const token = contracts.CapitalToken;
    const reputation = deployment.contracts.ReputationRegistry;
    const blockNumber = block.number;
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
    } as const;
  });
}
