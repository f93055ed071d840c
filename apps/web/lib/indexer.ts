import "server-only";
import { assessIndex, createIndexerClient, IndexerUnavailableError, type ChainAtIndexed, type IndexedBlock, type IndexerClient } from "@scipio/sdk/indexer";
import { connection } from "next/server";
import { cache } from "react";
import { getServerClient } from "@/lib/server-config";

/**
 * How many blocks the index may trail the chain and still serve a list (`SCIPIO_INDEXER_MAX_LAG_BLOCKS`,
 * default 5: a live indexer trails the head by a block or two). Further behind, pages read the chain.
 */
function maxLagBlocks(): bigint {
  const value = process.env.SCIPIO_INDEXER_MAX_LAG_BLOCKS;
  return value && /^\d{1,9}$/.test(value) ? BigInt(value) : 5n;
}

/**
 * Where a list came from, shown on every page that reads the index: the indexed block and the chain's,
 * or why the page read the chain instead (no indexer configured, it does not answer, it is behind, or it
 * is catching up: its block is not the chain's block at that height, as after a reorg or an `evm_revert`).
 */
export type IndexFreshness =
  | { source: "indexer"; indexedBlock: bigint; chainBlock: bigint | undefined; behindBy: bigint }
  | { source: "chain"; reason: "not-configured" | "unavailable"; indexerUrl: string | undefined }
  | { source: "chain"; reason: "behind" | "other-fork"; indexedBlock: bigint; chainBlock: bigint; behindBy: bigint };

/** The indexer's client for this request, from `SCIPIO_INDEXER_URL` (read when the page is served). */
export const getIndexerClient = cache(async (): Promise<IndexerClient | undefined> => {
  await connection();
  const url = process.env.SCIPIO_INDEXER_URL;
  return url ? createIndexerClient(url, { timeoutMs: 2_500 }) : undefined;
});

/** The chain's head and the hash of its block at the indexed height (to tell a fork it left behind). */
async function chainAt(indexed: IndexedBlock | undefined): Promise<ChainAtIndexed | undefined> {
  try {
    const client = await getServerClient();
    const [head, block] = await Promise.all([
      client.getBlockNumber({ cacheTime: 0 }),
      indexed ? client.getBlock({ blockNumber: indexed.number }).catch(() => undefined) : undefined,
    ]);
    return { head, hashAtIndexed: block?.hash ?? undefined };
  } catch {
    return undefined;
  }
}

export type IndexRead<T> =
  | { ok: true; value: T; freshness: Extract<IndexFreshness, { source: "indexer" }> }
  | { ok: false; freshness: Extract<IndexFreshness, { source: "chain" }> };

/**
 * Runs `read` against the indexer and checks its answer against the chain (`assessIndex`): it is used when
 * the index is at most `maxLagBlocks()` behind and its block is the chain's block at that height (same hash). Otherwise the result says why not and the
 * caller reads the chain instead (or, where it cannot, shows the index's answer with that warning).
 */
export async function readFromIndex<T extends { indexedBlock: IndexedBlock | undefined }>(
  read: (client: IndexerClient) => Promise<T>,
  { acceptBehind = false }: { acceptBehind?: boolean } = {},
): Promise<IndexRead<T>> {
  const client = await getIndexerClient();
  if (!client) return { ok: false, freshness: { source: "chain", reason: "not-configured", indexerUrl: undefined } };
  let value: T;
  try {
    value = await read(client);
  } catch (error) {
    if (!(error instanceof IndexerUnavailableError)) throw error;
    return { ok: false, freshness: { source: "chain", reason: "unavailable", indexerUrl: client.url } };
  }
  const indexedBlock = value.indexedBlock?.number ?? 0n;
  const chain = await chainAt(value.indexedBlock);
  if (!chain) return { ok: true, value, freshness: { source: "indexer", indexedBlock, chainBlock: undefined, behindBy: 0n } };
  const assessment = assessIndex(value.indexedBlock, chain, maxLagBlocks());
  const { behindBy } = assessment;
  if (assessment.usable || acceptBehind) {
    return { ok: true, value, freshness: { source: "indexer", indexedBlock, chainBlock: chain.head, behindBy: assessment.usable ? behindBy : behindBy || 1n } };
  }
  return { ok: false, freshness: { source: "chain", reason: assessment.reason, indexedBlock, chainBlock: chain.head, behindBy } };
}

export { maxLagBlocks };
