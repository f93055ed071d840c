import type { IndexFreshness } from "@/lib/indexer";

const warning = "rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950";

/**
 * Says where the data on the page came from: the indexed block, or why the page read the chain directly
 * (`fallback` says what that means for this page). Nothing indexed is shown as if it were fresh.
 */
export function IndexFreshnessNote({ freshness, fallback = "read from the chain directly" }: { freshness: IndexFreshness; fallback?: string }) {
  if (freshness.source === "chain") {
    if (freshness.reason === "not-configured") {
      return (
        <p data-testid="index-status" data-source="chain" className="text-xs text-stone-500">
          No indexer is configured (<code className="font-mono">SCIPIO_INDEXER_URL</code>): {fallback}.
        </p>
      );
    }
    return (
      <p data-testid="index-status" data-source="chain" className={warning}>
        {!("indexedBlock" in freshness)
          ? "The indexer is not answering"
          : freshness.reason === "other-fork"
            ? `The index is catching up with the chain (its block ${freshness.indexedBlock} is not the chain's block at that height: the chain changed)`
            : `The index is behind the chain (indexed up to block ${freshness.indexedBlock}, chain at ${freshness.chainBlock})`}
        , so this was {fallback}.
      </p>
    );
  }
  if (freshness.behindBy > 0n && freshness.chainBlock !== undefined) {
    return (
      <p data-testid="index-status" data-source="indexer" data-behind="true" className={warning}>
        From the index, up to block {freshness.indexedBlock.toString()}: {freshness.behindBy.toString()} blocks behind the chain (at{" "}
        {freshness.chainBlock.toString()}), so the latest changes may be missing.
      </p>
    );
  }
  return (
    <p data-testid="index-status" data-source="indexer" className="text-xs text-stone-500">
      From the index, up to block <span className="tabular-nums">{freshness.indexedBlock.toString()}</span>
      {freshness.chainBlock === undefined ? " (the chain does not answer, so it may be behind)" : ""}.
    </p>
  );
}
