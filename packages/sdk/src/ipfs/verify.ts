import { CarBlockIterator } from "@ipld/car";
import * as dagPb from "@ipld/dag-pb";
import { UnixFS } from "ipfs-unixfs";
import type { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { sha256 } from "multiformats/hashes/sha2";
import { parseCid } from "./cid.ts";
import { EVIDENCE_MAX_BYTES } from "./limits.ts";

export type EvidenceVerificationFailure =
  | "invalid-cid"
  | "unavailable"
  | "malformed"
  | "hash-mismatch"
  | "missing-block"
  | "not-a-file"
  | "unsupported"
  | "too-large";

/** The gateway's answer does not prove to be the content of the CID: show it to nobody. */
export class EvidenceVerificationError extends Error {
  constructor(
    readonly reason: EvidenceVerificationFailure,
    message: string,
    readonly cid: string,
  ) {
    super(message);
    this.name = "EvidenceVerificationError";
  }
}

export interface FetchEvidenceOptions {
  /** Gateway base URL, e.g. http://127.0.0.1:8080 */
  gateway: string;
  signal?: AbortSignal;
  /** Refuse files larger than this (default: the upload limit). */
  maxBytes?: number;
}

/**
 * Fetches a file as a trustless CAR (`?format=car`) and returns its bytes only after checking
 * that every block hashes to its CID and that the file is exactly what the DAG under `cid`
 * describes, so a dishonest or broken gateway cannot substitute content, whatever chunking made it.
 */
export async function fetchEvidence(cid: string, options: FetchEvidenceOptions): Promise<Uint8Array> {
  let root: CID;
  try {
    root = parseCid(cid);
  } catch {
    throw new EvidenceVerificationError("invalid-cid", `"${cid}" is not a valid CID`, cid);
  }
  const maxBytes = options.maxBytes ?? EVIDENCE_MAX_BYTES;
  const url = `${options.gateway.replace(/\/$/, "")}/ipfs/${root}?format=car`;
  const response = await fetch(url, { headers: { accept: "application/vnd.ipld.car" }, signal: options.signal });
  if (!response.ok || response.body === null) {
    throw new EvidenceVerificationError("unavailable", `The gateway answered ${response.status} for ${root}`, cid);
  }
  const blocks = await verifiedBlocks(response.body, root, maxBytes, cid);
  const file: FileAssembly = { blocks, parts: [], size: 0, maxBytes, cid };
  appendFileBytes(root, file);
  return concat(file.parts, file.size);
}

/** Every block of the CAR, keyed by multihash, each re-hashed and compared with its CID. */
async function verifiedBlocks(body: ReadableStream<Uint8Array>, root: CID, maxBytes: number, cid: string): Promise<Map<string, Uint8Array>> {
  const blocks = new Map<string, Uint8Array>();
  // Leaves hold the file bytes; the rest is links, a small fraction. Bound what a gateway can make us hold.
  const maxCarBytes = maxBytes + Math.max(1024 * 1024, maxBytes / 16);
  let received = 0;
  let iterator: CarBlockIterator;
  try {
    iterator = await CarBlockIterator.fromIterable(streamChunks(body));
  } catch {
    throw new EvidenceVerificationError("malformed", `The gateway's answer for ${root} is not a CAR file`, cid);
  }
  try {
    for await (const block of iterator) {
      received += block.bytes.length;
      if (received > maxCarBytes) throw new EvidenceVerificationError("too-large", `The file is larger than ${maxBytes} bytes`, cid);
      if (block.cid.multihash.code !== sha256.code) {
        throw new EvidenceVerificationError("unsupported", `Block ${block.cid} is not hashed with sha2-256`, cid);
      }
      const digest = await sha256.digest(block.bytes);
      if (!equalBytes(digest.digest, block.cid.multihash.digest)) {
        throw new EvidenceVerificationError("hash-mismatch", `Block ${block.cid} does not match its hash: the gateway sent altered data`, cid);
      }
      blocks.set(multihashKey(block.cid), block.bytes);
    }
  } catch (error) {
    if (error instanceof EvidenceVerificationError) throw error;
    throw new EvidenceVerificationError("malformed", `The CAR file for ${root} is corrupt or cut short`, cid);
  }
  return blocks;
}

interface FileAssembly {
  blocks: Map<string, Uint8Array>;
  parts: Uint8Array[];
  size: number;
  maxBytes: number;
  cid: string;
}

/** Walks the UnixFS DAG from `node`, appending the file's bytes; returns how many it appended. */
function appendFileBytes(node: CID, file: FileAssembly): number {
  const { blocks, cid } = file;
  const bytes = blocks.get(multihashKey(node));
  if (bytes === undefined) throw new EvidenceVerificationError("missing-block", `The gateway left out block ${node}`, cid);
  if (node.code === raw.code) return append(file, bytes);
  if (node.code !== dagPb.code) throw new EvidenceVerificationError("unsupported", `Block ${node} is neither raw nor dag-pb`, cid);
  let unixfs: UnixFS;
  let links: dagPb.PBLink[];
  try {
    const decoded = dagPb.decode(bytes);
    links = decoded.Links;
    unixfs = UnixFS.unmarshal(decoded.Data ?? new Uint8Array());
  } catch {
    throw new EvidenceVerificationError("malformed", `Block ${node} is not a UnixFS node`, cid);
  }
  if (unixfs.type !== "file" && unixfs.type !== "raw") {
    throw new EvidenceVerificationError("not-a-file", `${node} is a UnixFS ${unixfs.type}, not a file`, cid);
  }
  if (links.length !== unixfs.blockSizes.length) {
    throw new EvidenceVerificationError("malformed", `Block ${node} lists ${links.length} links but ${unixfs.blockSizes.length} sizes`, cid);
  }
  let size = append(file, unixfs.data ?? new Uint8Array());
  links.forEach((link, index) => {
    const childSize = appendFileBytes(link.Hash, file);
    if (BigInt(childSize) !== unixfs.blockSizes[index]) {
      throw new EvidenceVerificationError("malformed", `Block ${link.Hash} holds ${childSize} bytes where ${node} says ${unixfs.blockSizes[index]}`, cid);
    }
    size += childSize;
  });
  if (BigInt(size) !== unixfs.fileSize()) {
    throw new EvidenceVerificationError("malformed", `${node} declares ${unixfs.fileSize()} bytes but its blocks hold ${size}`, cid);
  }
  return size;
}

// Checked as bytes are appended: a DAG that links one block many times is small on the wire.
function append(file: FileAssembly, bytes: Uint8Array): number {
  file.size += bytes.length;
  if (file.size > file.maxBytes) throw new EvidenceVerificationError("too-large", `The file is larger than ${file.maxBytes} bytes`, file.cid);
  if (bytes.length > 0) file.parts.push(bytes);
  return bytes.length;
}

/** ReadableStream is not async-iterable in every browser yet. */
async function* streamChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

// A raw leaf and a dag-pb node with the same bytes share one block: key by the hash alone.
function multihashKey(cid: CID): string {
  return cid.multihash.bytes.join(",");
}

function equalBytes(left: Uint8Array, right: Uint8Array): boolean {
  return left.length === right.length && left.every((byte, index) => byte === right[index]);
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const file = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    file.set(part, offset);
    offset += part.length;
  }
  return file;
}
