import { execFile } from 'node:child_process'
import { createCipheriv, createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import * as UnixFS from '@ipld/unixfs'
import * as raw from 'multiformats/codecs/raw'
import { startEvidenceNode, type EvidenceNode } from '../src/index.ts'

export interface TestNode extends EvidenceNode {
  repo: string
}

/** A node on free ports with a fresh repo (or the given one, to test restarts). */
export async function startTestNode(repo?: string, options: { maxBodyBytes?: number } = {}): Promise<TestNode> {
  const folder = repo ?? (await mkdtemp(join(tmpdir(), 'evidence-node-test-')))
  const node = await startEvidenceNode({ repo: folder, apiPort: 0, gatewayPort: 0, ...options })
  return { ...node, repo: folder }
}

export async function removeRepo(repo: string): Promise<void> {
  await rm(repo, { recursive: true, force: true })
}

/**
 * Reproducible bytes without repeating 256 KiB chunks (repeats would be deduplicated): the
 * AES-256-CTR keystream of sha256(seed), fast enough for tens of MiB.
 */
export function deterministicBytes(size: number, seed = 'scipio'): Uint8Array {
  const key = createHash('sha256').update(seed).digest()
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16))
  return new Uint8Array(Buffer.concat([cipher.update(Buffer.alloc(size)), cipher.final()]))
}

export function rpc(node: EvidenceNode, command: string, parameters: Record<string, string | string[]> = {}, init: RequestInit = {}) {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(parameters)) {
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, item)
  }
  return fetch(`${node.apiUrl}/api/v0/${command}?${query}`, { method: 'POST', ...init })
}

export interface AddLine {
  Name: string
  Hash?: string
  Size?: string
  Bytes?: number
}

export async function addFiles(
  node: EvidenceNode,
  files: Array<{ name: string; bytes?: Uint8Array; directory?: boolean }>,
  parameters: Record<string, string> = {},
): Promise<AddLine[]> {
  const form = new FormData()
  for (const file of files) {
    const blob = file.directory ? new Blob([], { type: 'application/x-directory' }) : new Blob([file.bytes ?? new Uint8Array()])
    form.append('file', blob, encodeURIComponent(file.name))
  }
  const response = await rpc(node, 'add', parameters, { body: form })
  const text = await response.text()
  if (!response.ok) throw new Error(`add failed with ${response.status}: ${text}`)
  return text.trim().split('\n').map((line) => JSON.parse(line) as AddLine)
}

export async function addBytes(node: EvidenceNode, bytes: Uint8Array, parameters: Record<string, string> = {}): Promise<string> {
  const lines = await addFiles(node, [{ name: 'file', bytes }], parameters)
  return lines.at(-1)!.Hash!
}

/**
 * `ipfs add --cid-version=1` computed by @ipld/unixfs, an implementation independent of
 * ipfs-unixfs-importer: raw leaves, 256 KiB chunks, balanced layout 174 wide.
 */
export async function referenceCidV1(bytes: Uint8Array): Promise<string> {
  const { readable, writable } = new TransformStream({}, UnixFS.withCapacity(64 * 1048576))
  const drained = readable.pipeTo(new WritableStream())
  const writer = UnixFS.createWriter({
    writable,
    settings: UnixFS.configure({ fileChunkEncoder: raw, smallFileEncoder: raw }),
  })
  const file = UnixFS.createFileWriter(writer)
  file.write(bytes)
  const { cid } = await file.close()
  await writer.close()
  await drained
  return cid.toString()
}

/** Kubo's default CID from Debian's `ipfs-cid`, or undefined when it is not installed. */
export async function debianIpfsCidV0(file: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('ipfs_cid', [file])
    return (JSON.parse(stdout.trim().split('\n').find((line) => line.startsWith('{'))!) as { CIDv0: string }).CIDv0
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
