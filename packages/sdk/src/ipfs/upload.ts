import { parseCid } from "./cid.ts";
import { checkUpload, type UploadCheck } from "./limits.ts";

export interface UploadProgress {
  /** Bytes of the request body sent so far (the file plus a little multipart framing). */
  loaded: number;
  total: number;
}

export interface UploadEvidenceOptions {
  /** The web app's upload route. */
  endpoint?: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  maxBytes?: number;
}

/** Why an upload did not produce a CID; `message` is written for the person uploading. */
export class EvidenceUploadError extends Error {
  constructor(
    readonly reason: Extract<UploadCheck, { ok: false }>["reason"] | "rejected" | "network" | "aborted",
    message: string,
  ) {
    super(message);
    this.name = "EvidenceUploadError";
  }
}

/**
 * Uploads an evidence file from the browser to the web app's upload route and returns its CID.
 * XMLHttpRequest rather than fetch, because only XHR reports the bytes actually sent.
 */
export function uploadEvidence(file: File, options: UploadEvidenceOptions = {}): Promise<string> {
  const check = checkUpload(file, { maxBytes: options.maxBytes });
  if (!check.ok) return Promise.reject(new EvidenceUploadError(check.reason, check.message));
  const form = new FormData();
  form.append("file", file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", options.endpoint ?? "/api/evidence");
    request.responseType = "json";
    request.upload.onprogress = (event) => options.onProgress?.({ loaded: event.loaded, total: event.total });
    request.onerror = () => reject(new EvidenceUploadError("network", "The upload failed: check the connection and try again."));
    request.onabort = () => reject(new EvidenceUploadError("aborted", "The upload was cancelled."));
    request.onload = () => {
      const body = request.response as { cid?: unknown; error?: unknown } | null;
      if (request.status !== 200 || typeof body?.cid !== "string") {
        const message = typeof body?.error === "string" ? body.error : `The upload was refused (HTTP ${request.status}).`;
        reject(new EvidenceUploadError("rejected", message));
        return;
      }
      try {
        resolve(parseCid(body.cid).toString());
      } catch {
        reject(new EvidenceUploadError("rejected", "The server answered with an invalid CID."));
      }
    };
    if (options.signal?.aborted) return reject(new EvidenceUploadError("aborted", "The upload was cancelled."));
    options.signal?.addEventListener("abort", () => request.abort(), { once: true });
    request.send(form);
  });
}
