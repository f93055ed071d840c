/** Largest evidence file accepted, in bytes (25 MiB), unless a deployment configures another. */
export const EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

/** Media types accepted as evidence: documents and pictures that reviewers can open safely. */
export const EVIDENCE_ALLOWED_TYPES = [
  "application/pdf",
  "image/png",
  "image/jpeg",
  "image/webp",
  "application/json",
  "text/plain",
] as const;

export type EvidenceMediaType = (typeof EVIDENCE_ALLOWED_TYPES)[number];

const ALLOWED_TYPES_IN_WORDS = "a PDF, PNG, JPEG, WebP, JSON or plain text file";

export type UploadCheck =
  | { ok: true; mediaType: EvidenceMediaType }
  | { ok: false; reason: "empty" | "too-large" | "type-not-allowed"; message: string };

export interface UploadLimits {
  maxBytes?: number;
}

/**
 * Checks a file's declared size and type against the evidence limits. The browser calls it before
 * sending and the upload route calls it again (then also checks the bytes, which the browser's
 * declared type cannot vouch for).
 */
export function checkUpload(file: { size: number; type: string }, limits: UploadLimits = {}): UploadCheck {
  const maxBytes = limits.maxBytes ?? EVIDENCE_MAX_BYTES;
  if (file.size === 0) return { ok: false, reason: "empty", message: "The file is empty: choose the evidence file again." };
  if (file.size > maxBytes) {
    return {
      ok: false,
      reason: "too-large",
      message: `The file is ${formatFileSize(file.size)}; evidence files may be at most ${formatFileSize(maxBytes)}.`,
    };
  }
  const mediaType = mediaTypeOf(file.type);
  if (!isAllowedType(mediaType)) {
    const declared = mediaType === "" ? "an unknown type" : mediaType;
    return { ok: false, reason: "type-not-allowed", message: `The file is ${declared}; upload ${ALLOWED_TYPES_IN_WORDS}.` };
  }
  return { ok: true, mediaType };
}

/**
 * Whether the bytes really are of the declared (allowed) type: magic numbers for binary formats,
 * UTF-8 for text, a parse for JSON. Run on the server before anything is stored.
 */
export function contentMatchesType(bytes: Uint8Array, mediaType: EvidenceMediaType): boolean {
  switch (mediaType) {
    case "application/pdf":
      return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]); // "%PDF-"
    case "image/png":
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case "image/jpeg":
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case "image/webp":
      return startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50]); // RIFF….WEBP
    case "text/plain":
      return decodeUtf8(bytes) !== undefined && !bytes.includes(0);
    case "application/json": {
      const text = decodeUtf8(bytes);
      if (text === undefined) return false;
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    }
  }
}

export function describeAllowedTypes(): string {
  return ALLOWED_TYPES_IN_WORDS;
}

function mediaTypeOf(type: string): string {
  return type.split(";")[0]!.trim().toLowerCase();
}

function isAllowedType(mediaType: string): mediaType is EvidenceMediaType {
  return (EVIDENCE_ALLOWED_TYPES as readonly string[]).includes(mediaType);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** "25 MiB", "1.5 MiB", "300 KiB": how sizes are shown in messages. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MiB`;
}
