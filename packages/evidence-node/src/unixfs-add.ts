import * as dagPb from '@ipld/dag-pb'
import { importer, type ImportCandidate, type ImporterOptions } from 'ipfs-unixfs-importer'
import { fixedSize } from 'ipfs-unixfs-importer/chunker'
import { balanced } from 'ipfs-unixfs-importer/layout'
import type { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import type { EvidenceBlockstore } from './blockstore.ts'
import { badRequest } from './errors.ts'

/** The `add` options that change which CIDs come out, as Kubo names them. */
export interface AddLayoutOptions {
  cidVersion: 0 | 1
  rawLeaves: boolean
  wrapWithDirectory: boolean
}

export const KUBO_CHUNK_SIZE = 262_144
export const KUBO_MAX_LINKS_PER_NODE = 174

/**
 * Kubo's `ipfs add` DAG: fixed 256 KiB chunks, balanced layout of at most 174 links, a single
 * leaf reduced to itself. The 'unixfs-v0-2015' profile (IPIP-499) is exactly that; the CID
 * version and the leaf encoding are what `--cid-version` and `--raw-leaves` switch.
 */
export function kuboImporterOptions(layout: AddLayoutOptions): ImporterOptions {
  return {
    profile: 'unixfs-v0-2015',
    cidVersion: layout.cidVersion,
    rawLeaves: layout.rawLeaves,
    wrapWithDirectory: layout.wrapWithDirectory,
    chunker: fixedSize({ chunkSize: KUBO_CHUNK_SIZE }),
    layout: balanced({ maxChildrenPerNode: KUBO_MAX_LINKS_PER_NODE }),
    reduceSingleLeafToSelf: true,
    // Files arrive one after the other from a request body; importing several at once would wait
    // for parts that only come once the current one has been read.
    fileImportConcurrency: 1,
  }
}

/** Reads Kubo's `add` query parameters; `cid-version=1` implies raw leaves unless told otherwise. */
export function parseAddQuery(query: URLSearchParams): AddLayoutOptions & { pin: boolean; onlyHash: boolean } {
  const cidVersionText = query.get('cid-version') ?? '0'
  if (cidVersionText !== '0' && cidVersionText !== '1') {
    throw badRequest(`unsupported cid-version "${cidVersionText}": use 0 or 1`)
  }
  const cidVersion = cidVersionText === '1' ? 1 : 0
  const hash = query.get('hash')
  if (hash !== null && hash !== 'sha2-256') throw badRequest(`unsupported hash "${hash}": only sha2-256 is supported`)
  const chunker = query.get('chunker')
  if (chunker !== null && chunker !== 'size-262144') {
    throw badRequest(`unsupported chunker "${chunker}": only size-262144 (Kubo's default) is supported`)
  }
  if (parseBoolean(query, 'trickle', false)) throw badRequest('the trickle layout is not supported: use the default balanced layout')
  const rawLeaves = parseBoolean(query, 'raw-leaves', cidVersion === 1)
  if (cidVersion === 0 && rawLeaves) throw badRequest('raw-leaves needs cid-version=1')
  return {
    cidVersion,
    rawLeaves,
    wrapWithDirectory: parseBoolean(query, 'wrap-with-directory', false),
    pin: parseBoolean(query, 'pin', true),
    onlyHash: parseBoolean(query, 'only-hash', false),
  }
}

export function parseBoolean(query: URLSearchParams, name: string, defaultValue: boolean): boolean {
  const value = query.get(name)
  if (value === null) return defaultValue
  if (value === '' || value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  throw badRequest(`option "${name}" must be true or false, not "${value}"`)
}

export interface AddedEntry {
  cid: CID
  path: string
  /** Kubo's `Size`: the cumulative size of the DAG (blocks plus their links' sizes). */
  cumulativeSize: bigint
}

type BlockSink = Pick<EvidenceBlockstore, 'put'>

export async function* importToBlockstore(
  candidates: AsyncIterable<ImportCandidate>,
  blockstore: BlockSink,
  layout: AddLayoutOptions,
): AsyncGenerator<AddedEntry> {
  // Kubo reports each entry's cumulative size; note it as blocks are written rather than read the
  // roots back from disk.
  const cumulativeSizes = new Map<string, bigint>()
  const recordingStore = {
    put: async (cid: CID, bytes: Uint8Array) => {
      cumulativeSizes.set(cid.toString(), cumulativeSize(cid, bytes))
      return blockstore.put(cid, bytes)
    },
  }
  for await (const entry of importer(candidates, recordingStore, kuboImporterOptions(layout))) {
    yield { cid: entry.cid, path: entry.path ?? entry.cid.toString(), cumulativeSize: cumulativeSizes.get(entry.cid.toString()) ?? entry.size }
  }
}

export function cumulativeSize(cid: CID, bytes: Uint8Array): bigint {
  if (cid.code === raw.code) return BigInt(bytes.length)
  const node = dagPb.decode(bytes)
  return node.Links.reduce((sum, link) => sum + BigInt(link.Tsize ?? 0), BigInt(bytes.length))
}
