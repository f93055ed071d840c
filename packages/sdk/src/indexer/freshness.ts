import type { Hex } from "viem";
import type { IndexedBlock } from "./lists.ts";

/**
 * Whether an index's answer may stand for the chain: "indexed up to block N" means "has every row of
 * blocks ≤ N" only if the indexed block N *is* the chain's block N. After a reorg — or an `evm_revert`
 * on a local chain, which then grows back to the same height with other blocks, in the same second, so
 * with the same timestamps — the indexer keeps answering for the old block N until it notices. Only the
 * hashes tell the two apart, so an answer without the indexed block's hash is never trusted.
 *
 * - `behind`: on the chain's blocks but more than `maxLagBlocks` behind its head.
 * - `other-fork`: the indexed block is not the chain's block at that height (or above its head, or the
 *   answer did not say which block it was): the index is catching up after the chain changed.
 */
export type IndexAssessment =
  | { usable: true; behindBy: bigint }
  | { usable: false; reason: "behind" | "other-fork"; behindBy: bigint };

export type ChainAtIndexed = {
  /** The chain's head block number. */
  head: bigint;
  /** The hash of the chain's block at the indexed height; undefined when the chain has no such block. */
  hashAtIndexed: Hex | undefined;
};

export function assessIndex(indexed: IndexedBlock | undefined, chain: ChainAtIndexed, maxLagBlocks: bigint): IndexAssessment {
  const indexedNumber = indexed?.number ?? 0n;
  const behindBy = chain.head > indexedNumber ? chain.head - indexedNumber : 0n;
  // Nothing indexed yet is on every fork: only the lag counts.
  const sameFork = !indexed || (indexed.number <= chain.head && indexed.hash !== undefined && indexed.hash === chain.hashAtIndexed);
  if (!sameFork) return { usable: false, reason: "other-fork", behindBy };
  if (behindBy > maxLagBlocks) return { usable: false, reason: "behind", behindBy };
  return { usable: true, behindBy };
}
