import "server-only";
import { fetchEvidence } from "@scipio/sdk/ipfs";
import type { z } from "zod";

/** Documents are small JSON; refuse anything larger from the gateway. */
const DOCUMENT_MAX_BYTES = 64 * 1024;
const DOCUMENT_TIMEOUT_MS = 2_500;

// Content-addressed: a document read once is that CID's content for ever, so it is kept for the process.
const documentCache = new Map<string, Promise<unknown>>();

/**
 * A JSON document from the gateway, verified against its CID block by block and parsed with its schema;
 * undefined when the gateway does not have it in time or it is not such a document.
 */
export async function readDocument<Schema extends z.ZodType>(cid: string, schema: Schema, gateway: string): Promise<z.infer<Schema> | undefined> {
  let pending = documentCache.get(cid);
  if (!pending) {
    pending = fetchEvidence(cid, { gateway, maxBytes: DOCUMENT_MAX_BYTES, signal: AbortSignal.timeout(DOCUMENT_TIMEOUT_MS) })
      .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as unknown)
      .catch(() => {
        documentCache.delete(cid); // not there yet (or the gateway is down): try again next time
        return undefined;
      });
    documentCache.set(cid, pending);
  }
  const parsed = schema.safeParse(await pending);
  return parsed.success ? parsed.data : undefined;
}

