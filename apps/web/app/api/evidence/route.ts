import { forwardUpload } from "@scipio/sdk/ipfs/server";

/**
 * Evidence uploads from the browser. The Kubo RPC URL and any pinning-service credential stay on
 * the server; only `add` is ever forwarded, after the size and type checks in forwardUpload.
 */
export async function POST(request: Request): Promise<Response> {
  const authorization = process.env.SCIPIO_IPFS_API_AUTH;
  const maxBytes = Number(process.env.SCIPIO_EVIDENCE_MAX_BYTES) || undefined;
  return forwardUpload(request, {
    kuboUrl: process.env.SCIPIO_IPFS_API_URL ?? "http://127.0.0.1:5001",
    headers: authorization ? { authorization } : undefined,
    maxBytes,
  });
}
