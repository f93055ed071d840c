import * as dagPb from '@ipld/dag-pb'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import type { EvidenceBlockstore } from './blockstore.ts'
import { badRequest, notFound } from './errors.ts'

export interface Block {
  cid: CID
  bytes: Uint8Array
}

/** The CIDs a block links to. Only dag-pb and raw are stored here (what UnixFS produces). */
export function linksOf(cid: CID, bytes: Uint8Array): CID[] {
  if (cid.code === dagPb.code) return dagPb.decode(bytes).Links.map((link) => link.Hash)
  if (cid.code === raw.code) return []
  throw badRequest(`unsupported codec 0x${cid.code.toString(16)} in ${cid}: only dag-pb and raw are served`)
}

/**
 * Every block of the DAG under `root`, depth first in link order, each block once: the order and
 * duplicate rule of a trustless gateway's `order=dfs; dups=n` CAR response.
 */
export async function* walkDag(
  root: CID,
  blockstore: Pick<EvidenceBlockstore, 'getBytes'>,
  seen = new Set<string>(),
): AsyncGenerator<Block> {
  const key = root.toString()
  if (seen.has(key)) return
  seen.add(key)
  const bytes = await blockstore.getBytes(root)
  yield { cid: root, bytes }
  for (const child of linksOf(root, bytes)) yield* walkDag(child, blockstore, seen)
}

/** Throws a not-found error naming the first block of the DAG under `root` that is not stored. */
export async function assertDagStored(root: CID, blockstore: Pick<EvidenceBlockstore, 'getBytes' | 'has'>): Promise<void> {
  if (root.code === raw.code) {
    if (!(await blockstore.has(root))) throw notFound(`block ${root} is not stored on this node`)
    return
  }
  const bytes = await blockstore.getBytes(root)
  for (const child of linksOf(root, bytes)) await assertDagStored(child, blockstore)
}
