import { create } from "kubo-rpc-client";
import { EVIDENCE_MAX_BYTES, checkUpload, contentMatchesType, describeAllowedTypes, formatFileSize } from "./limits.ts";

export interface ForwardUploadOptions {
  /** Kubo RPC API base URL (an own node or a pinning service's Kubo-compatible endpoint). */
  kuboUrl: string;
  /** Sent to the RPC API only, e.g. an Authorization header for a pinning service. */
  headers?: Record<string, string>;
  maxBytes?: number;
}

/** Room for the multipart framing around the file (boundaries, part headers). */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * Handles a browser's evidence upload in a route handler: checks size and type from the multipart
 * body, checks that the bytes are of that type, then forwards only `add` (CIDv1, pinned) to the
 * Kubo RPC API, whose URL and credentials never reach the browser. Answers `{ cid, size }` or
 * `{ error }` with a message for the person uploading.
 */
export async function forwardUpload(request: Request, options: ForwardUploadOptions): Promise<Response> {
  const maxBytes = options.maxBytes ?? EVIDENCE_MAX_BYTES;
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    return refuse(415, "Send the evidence as multipart/form-data with the file in a field named \"file\".");
  }
  const maxBodyBytes = maxBytes + MULTIPART_OVERHEAD_BYTES;
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) return tooLarge(maxBytes);
  const body = await readAtMost(request, maxBodyBytes);
  if (body === undefined) return tooLarge(maxBytes);

  let file: FormDataEntryValue | null;
  try {
    file = (await new Response(body, { headers: { "content-type": contentType } }).formData()).get("file");
  } catch {
    return refuse(400, "The upload is not a readable multipart form: send the file again.");
  }
  if (file === null || typeof file === "string") return refuse(400, "The form has no file: put the evidence in a field named \"file\".");

  const check = checkUpload(file, { maxBytes });
  if (!check.ok) return refuse(check.reason === "too-large" ? 413 : check.reason === "empty" ? 400 : 415, check.message);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!contentMatchesType(bytes, check.mediaType)) {
    return refuse(415, `The file's content is not ${check.mediaType} as its type claims; upload ${describeAllowedTypes()}.`);
  }

  try {
    const kubo = create({ url: options.kuboUrl, headers: options.headers });
    const added = await kubo.add(bytes, { cidVersion: 1, pin: true });
    return Response.json({ cid: added.cid.toString(), size: bytes.length });
  } catch (error) {
    // The node's address and credentials stay in the server log, never in the answer.
    console.error("evidence upload: the IPFS node refused or failed:", error);
    return refuse(502, "The evidence store is not available right now: try again in a minute.");
  }
}

function refuse(status: number, message: string): Response {
  return Response.json({ error: message }, { status });
}

function tooLarge(maxBytes: number): Response {
  return refuse(413, `Evidence files may be at most ${formatFileSize(maxBytes)}.`);
}

/** The body, or undefined as soon as it grows past `limit` (so an oversized upload is never buffered). */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.length;
    if (received > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}
