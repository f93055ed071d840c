import { FsBlockstore } from 'blockstore-fs'
import type { CID } from 'multiformats/cid'
import { NodeError, notFound } from './errors.ts'

/**
 * The repo's block store. It wraps blockstore-fs so that a missing or unwritable block surfaces
 * as a NodeError naming the CID: blockstore-fs's own errors quote file system paths.
 */
export class EvidenceBlockstore {
  readonly #store: FsBlockstore

  constructor(directory: string) {
    this.#store = new FsBlockstore(directory)
  }

  open(): Promise<void> {
    return this.#store.open()
  }

  close(): Promise<void> {
    return this.#store.close()
  }

  has(cid: CID): Promise<boolean> {
    return this.#store.has(cid)
  }

  async put(cid: CID, bytes: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<CID> {
    try {
      return await this.#store.put(cid, bytes)
    } catch (error) {
      console.error('evidence-node: could not write a block:', error)
      throw new NodeError(`could not store block ${cid}`, 500)
    }
  }

  async *get(cid: CID, options?: { signal?: AbortSignal }): AsyncGenerator<Uint8Array> {
    if (!(await this.#store.has(cid))) throw notFound(`block ${cid} is not stored on this node`)
    yield* this.#store.get(cid, options)
  }

  /** The whole block in one buffer. */
  async getBytes(cid: CID, options?: { signal?: AbortSignal }): Promise<Uint8Array> {
    const chunks: Uint8Array[] = []
    for await (const chunk of this.get(cid, options)) chunks.push(chunk)
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)
  }
}
