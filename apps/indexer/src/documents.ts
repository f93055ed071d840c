import { digestToCid, fetchEvidence } from "@scipio/sdk/ipfs";
import { projectDescriptionDocumentSchema } from "@scipio/sdk/schemas/evidence";
import type { Hex } from "viem";

/**
 * Project titles for text search, from the proposal documents on IPFS (`SCIPIO_INDEXER_GATEWAY_URL`; no
 * gateway, no titles). A handler waits for the gateway, so the wait is bounded every way: a short timeout
 * per try (`SCIPIO_INDEXER_GATEWAY_TIMEOUT_MS`, 1.5 s), one retry, and after three documents in a row that
 * did not come the fetches pause for a minute (a gateway that is down costs indexing seconds, not hours).
 * A title not fetched is null: the list then reads it from the gateway per row, as without the indexer.
 */
const gateway = process.env.SCIPIO_INDEXER_GATEWAY_URL || undefined;
const timeoutMs = Number(process.env.SCIPIO_INDEXER_GATEWAY_TIMEOUT_MS || 1_500);
const ATTEMPTS = 2;
const FAILURES_BEFORE_PAUSE = 3;
const PAUSE_MS = 60_000;
/** Documents are small JSON (the web's limit). */
const MAX_BYTES = 64 * 1024;

let failuresInARow = 0;
let pausedUntil = 0;

export const titlesEnabled = gateway !== undefined;

/** The title of the project description at (`digest`, `codec`), or null when it cannot be had quickly. */
export async function projectTitle(digest: Hex, codec: number): Promise<string | null> {
  if (!gateway || Date.now() < pausedUntil) return null;
  const cid = digestToCid(digest, codec === 1 ? "dag-pb" : "raw");
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    let bytes: Uint8Array;
    try {
      bytes = await fetchEvidence(cid, { gateway, maxBytes: MAX_BYTES, signal: AbortSignal.timeout(timeoutMs) });
    } catch {
      continue; // unavailable, too slow or not what the CID says: once more, then give up on this one
    }
    failuresInARow = 0;
    // Content-addressed: a document that is not a project description never becomes one, so no retry.
    try {
      const parsed = projectDescriptionDocumentSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
      return parsed.success ? parsed.data.title : null;
    } catch {
      return null;
    }
  }
  failuresInARow += 1;
  if (failuresInARow >= FAILURES_BEFORE_PAUSE) {
    pausedUntil = Date.now() + PAUSE_MS;
    failuresInARow = 0;
  }
  return null;
}
