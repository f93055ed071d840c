import "server-only";
import { capitalTokenAbi } from "@scipio/sdk/abi";
import { createPublicClient, http, type AbiEvent, type Address, type PublicClient } from "viem";
import { indexer } from "@scipio/sdk/indexer";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
import { getRuntimeConfig } from "@/lib/server-config";

/** How far back the charts look. Older changes are left out (the page says so) rather than scanned. */
export const HISTORY_BLOCKS = 50_000n;
/** The newest changes the charts show; each costs the node a few historical reads. */
export const HISTORY_CHANGES = 60;
/** The newest changes the charts show when they come from the index (which has every change since deployment). */
export const INDEXED_CHANGES = 500;
/** The widest block range asked of the node in one `eth_getLogs` (many public nodes refuse more). */
const LOGS_RANGE = 10_000n;

/** Every event after which the effective pool `P` or supply `S` differs. */
const PRICE_EVENT_NAMES = new Set(["Bought", "Sold", "ReleaseScheduled", "ProjectFunded", "StakeBurned"]);
const priceEvents = capitalTokenAbi.filter(
  (item): item is Extract<(typeof capitalTokenAbi)[number], { type: "event" }> => item.type === "event" && PRICE_EVENT_NAMES.has(item.name),
) as readonly AbiEvent[];

export type MarketPoint = {
  blockNumber: bigint;
  timestamp: bigint;
  pool: bigint;
  supply: bigint;
  /** Wei per whole token, as `spotPrice()` returned them at that block. */
  buyPrice: bigint;
  sellPrice: bigint;
};

export type MarketHistory = {
  /** Oldest first: the state before the first change shown, after each change, and at the latest block. */
  points: MarketPoint[];
  /** The blocks whose events were read (inclusive). */
  fromBlock: bigint;
  toBlock: bigint;
  /** The deployment is older than the window, so earlier changes exist that were not read. */
  windowLimited: boolean;
  /** More changes happened in the window than are shown. */
  changesCapped: boolean;
  /** Points the node could not serve (it keeps no state that old). */
  unservedPoints: number;
  /** Where the changes were found: the index (every change) or a bounded scan of the chain's logs. */
  source: "indexer" | "chain";
};

export type MarketHistoryRead = ({ status: "ok"; history: MarketHistory } | { status: "unavailable" }) & { freshness?: IndexFreshness };

/**
 * Pool and prices over time, for the overview's charts: every change from the index (its newest
 * `INDEXED_CHANGES`), with the state before the first and at the latest block read from the chain; when
 * the index cannot serve, the bounded scan of the chain's logs below.
 */
export async function readMarketHistory(): Promise<MarketHistoryRead> {
  const indexed = await readFromIndex((client) =>
    indexer.pricePoints(client, { limit: INDEXED_CHANGES, orderBy: "blockNumber", orderDirection: "desc" }),
  );
  if (!indexed.ok) return { ...(await readMarketHistoryFromChain()), freshness: indexed.freshness };
  const { deployment, rpcUrl } = await getRuntimeConfig();
  const token = deployment.contracts.CapitalToken;
  if (!token) return { status: "unavailable", freshness: indexed.freshness };
  const { items, totalCount } = indexed.value;
  const changes: MarketPoint[] = items.map(({ blockNumber, timestamp, pool, supply, buyPrice, sellPrice }) => ({
    blockNumber,
    timestamp,
    pool,
    supply,
    buyPrice,
    sellPrice,
  }));
  const deploymentBlock = BigInt(deployment.deploymentBlock);
  const oldest = changes.at(-1)?.blockNumber;
  const client = createPublicClient({ transport: http(rpcUrl, { timeout: 5_000, retryCount: 1, batch: { batchSize: 50 } }) });
  // The latest state (the release window moves prices between events) and the state before the first change.
  const extraBlocks = await client
    .getBlockNumber()
    .then((latest) => [latest, ...(oldest !== undefined && oldest > deploymentBlock && totalCount <= INDEXED_CHANGES ? [oldest - 1n] : [])])
    .catch(() => [] as bigint[]);
  const extras = await Promise.allSettled(extraBlocks.filter((block) => !changes.some((point) => point.blockNumber === block)).map((block) => readPoint(client, token, block)));
  const points = [...changes, ...extras.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []))].sort((a, b) =>
    a.blockNumber < b.blockNumber ? -1 : 1,
  );
  return {
    status: "ok",
    freshness: indexed.freshness,
    history: {
      points,
      fromBlock: points[0]?.blockNumber ?? deploymentBlock,
      toBlock: points.at(-1)?.blockNumber ?? indexed.freshness.indexedBlock,
      windowLimited: false,
      changesCapped: totalCount > INDEXED_CHANGES,
      unservedPoints: 0,
      source: "indexer",
    },
  };
}

/**
 * Pool and prices over time, for the overview's charts. The token's events say *when* the market changed; the state
 * after each change is read at that block (so the release window's gradual effect is included exactly, not
 * re-derived). Bounded both ways: at most `HISTORY_BLOCKS` blocks of logs, in `LOGS_RANGE` slices newest first, and at
 * most `HISTORY_CHANGES` changes, so the cost of a page view does not grow with the chain.
 */
async function readMarketHistoryFromChain(): Promise<MarketHistoryRead> {
  const { deployment, rpcUrl } = await getRuntimeConfig();
  const token = deployment.contracts.CapitalToken;
  if (!token) return { status: "unavailable" };
  // Its own client: the historical reads go out as JSON-RPC batches instead of one request each.
  const client = createPublicClient({ transport: http(rpcUrl, { timeout: 10_000, retryCount: 1, batch: { batchSize: 200 } }) });
  try {
    const latest = await client.getBlockNumber();
    const deploymentBlock = BigInt(deployment.deploymentBlock);
    const windowStart = latest - HISTORY_BLOCKS + 1n;
    const fromBlock = windowStart > deploymentBlock ? windowStart : deploymentBlock;
    const { changeBlocks, capped } = await findChangeBlocks(client, token, fromBlock, latest);

    const oldestChange = changeBlocks.at(-1);
    const before = oldestChange !== undefined && oldestChange > fromBlock ? oldestChange - 1n : undefined;
    const blocks = [...new Set([latest, ...changeBlocks, ...(before !== undefined ? [before] : [])])].sort((a, b) => (a < b ? -1 : 1));
    const settled = await Promise.allSettled(blocks.map((blockNumber) => readPoint(client, token, blockNumber)));
    const points = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    return {
      status: "ok",
      history: {
        points,
        fromBlock,
        toBlock: latest,
        windowLimited: fromBlock > deploymentBlock,
        changesCapped: capped,
        unservedPoints: blocks.length - points.length,
        source: "chain",
      },
    };
  } catch {
    return { status: "unavailable" };
  }
}

/** The newest blocks (newest first) in which the token emitted a price-moving event, at most `HISTORY_CHANGES`. */
async function findChangeBlocks(client: PublicClient, token: Address, fromBlock: bigint, toBlock: bigint) {
  const found = new Set<bigint>();
  let capped = false;
  for (let end = toBlock; end >= fromBlock; end -= LOGS_RANGE) {
    const start = end - LOGS_RANGE + 1n > fromBlock ? end - LOGS_RANGE + 1n : fromBlock;
    const logs = await client.getLogs({ address: token, events: priceEvents, fromBlock: start, toBlock: end });
    const newestFirst = logs.map((log) => log.blockNumber).sort((a, b) => (a > b ? -1 : 1));
    for (const blockNumber of newestFirst) {
      if (found.size === HISTORY_CHANGES && !found.has(blockNumber)) {
        capped = true;
        break;
      }
      found.add(blockNumber);
    }
    if (capped) break;
  }
  return { changeBlocks: [...found], capped };
}

async function readPoint(client: PublicClient, token: Address, blockNumber: bigint): Promise<MarketPoint> {
  const read = { address: token, abi: capitalTokenAbi, blockNumber } as const;
  const [block, [pool, supply], [buyPrice, sellPrice]] = await Promise.all([
    client.getBlock({ blockNumber }),
    client.readContract({ ...read, functionName: "priceState" }),
    client.readContract({ ...read, functionName: "spotPrice" }),
  ]);
  return { blockNumber, timestamp: block.timestamp, pool, supply, buyPrice, sellPrice };
}
