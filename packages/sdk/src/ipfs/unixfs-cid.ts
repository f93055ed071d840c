import * as dagPb from "@ipld/dag-pb";
import { UnixFS } from "ipfs-unixfs";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { sha256 } from "multiformats/hashes/sha2";

/** Kubo's `ipfs add` chunk size and the most links a node of its balanced layout holds. */
const CHUNK_SIZE = 262_144;
const MAX_LINKS_PER_NODE = 174;

type DagEntry = { cid: CID; /** Bytes of the block and everything below it (a link's Tsize). */ size: number; fileSize: bigint };

/**
 * The CID `ipfs add --cid-version=1` gives `bytes` (what the evidence node and Kubo compute): raw leaves of
 * 256 KiB, a balanced dag-pb tree of at most 174 links per node, a single leaf standing for itself. Computed
 * locally, so a document's CID is known (and can be compared) without uploading it.
 */
export async function unixfsCidV1(bytes: Uint8Array): Promise<CID> {
  let level: DagEntry[] = [];
  for (let offset = 0; offset === 0 || offset < bytes.length; offset += CHUNK_SIZE) {
    const chunk = bytes.subarray(offset, offset + CHUNK_SIZE);
    level.push({ cid: CID.createV1(raw.code, await sha256.digest(chunk)), size: chunk.length, fileSize: BigInt(chunk.length) });
  }
  if (level.length === 1) return level[0]!.cid;
  while (level.length > 1) {
    const parents: DagEntry[] = [];
    for (let start = 0; start < level.length; start += MAX_LINKS_PER_NODE) {
      parents.push(await fileNode(level.slice(start, start + MAX_LINKS_PER_NODE)));
    }
    level = parents;
  }
  return level[0]!.cid;
}

async function fileNode(children: DagEntry[]): Promise<DagEntry> {
  const unixfs = new UnixFS({ type: "file" });
  for (const child of children) unixfs.addBlockSize(child.fileSize);
  const links = children.map((child) => ({ Name: "", Tsize: child.size, Hash: child.cid }));
  const block = dagPb.encode(dagPb.prepare({ Data: unixfs.marshal(), Links: links }));
  return {
    cid: CID.createV1(dagPb.code, await sha256.digest(block)),
    size: block.length + children.reduce((sum, child) => sum + child.size, 0),
    fileSize: unixfs.fileSize(),
  };
}
