import type { IncomingMessage, ServerResponse } from 'node:http'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { exporter } from 'ipfs-unixfs-exporter'
import type { CID } from 'multiformats/cid'
import type { EvidenceBlockstore } from './blockstore.ts'
import { parseContentPath } from './content-path.ts'
import { assertDagStored, linksOf } from './dag.ts'
import { NodeError, asNodeError, badRequest, bodyTooLarge, kuboErrorCode, notFound } from './errors.ts'
import type { PeerIdentity } from './identity.ts'
import { multipartCandidates, type CountedCandidate } from './multipart.ts'
import type { PinStore } from './pins.ts'
import { importToBlockstore, parseAddQuery, parseBoolean, type AddedEntry } from './unixfs-add.ts'
import { NODE_VERSION } from './version.ts'

export interface NodeContext {
  blockstore: EvidenceBlockstore
  pins: PinStore
  identity: PeerIdentity
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number
}

type Command = (request: IncomingMessage, response: ServerResponse, query: URLSearchParams) => Promise<void>

/**
 * The subset of Kubo's RPC API (`/api/v0/…`) that Scipio uses. Like Kubo it answers POST only,
 * and every error is Kubo's JSON error object sent before the first byte of the response.
 */
export function createRpcHandler(context: NodeContext) {
  const commands: Record<string, Command> = {
    add: (request, response, query) => add(context, request, response, query),
    cat: (_request, response, query) => cat(context, response, query),
    'pin/add': (_request, response, query) => pinAdd(context, response, query),
    'pin/ls': (_request, response, query) => pinLs(context, response, query),
    version: async (_request, response) => sendJson(response, versionInfo()),
    id: async (_request, response) => sendJson(response, idInfo(context.identity)),
  }

  return async function handleRpc(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://rpc.invalid')
    const commandName = url.pathname.replace(/^\/api\/v0\//, '').replace(/\/$/, '')
    try {
      // Browsers always send Origin on cross-origin and POST requests; the RPC API is for servers.
      if (request.headers.origin !== undefined) {
        throw new NodeError('the RPC API does not accept browser requests: upload through the web app', 403)
      }
      const command = url.pathname.startsWith('/api/v0/') ? commands[commandName] : undefined
      if (command === undefined) throw notFound(`unknown command "${url.pathname}"`)
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST')
        throw new NodeError(`method ${request.method} not allowed: the RPC API only accepts POST`, 405)
      }
      // A declared length over the limit is refused before any byte is read; a chunked body is
      // counted as it arrives (multipartCandidates) and refused when it passes the limit.
      if (Number(request.headers['content-length'] ?? 0) > context.maxBodyBytes) throw bodyTooLarge(context.maxBodyBytes)
      await command(request, response, url.searchParams)
    } catch (error) {
      sendError(request, response, asNodeError(error, `running ${commandName || 'a command'}`), context.maxBodyBytes)
    }
  }
}

function sendJson(response: ServerResponse, body: unknown, status = 200): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) })
  response.end(text)
}

function sendError(request: IncomingMessage, response: ServerResponse, error: NodeError, maxBodyBytes: number): void {
  if (response.headersSent) {
    // Too late for a JSON error: break the connection so the client cannot take a truncated
    // response for a complete one.
    response.destroy(error)
    return
  }
  // Read away what the client still sends so it gets to see the error instead of a reset, but no
  // more than one more limit's worth: a client that keeps sending is cut off.
  request.unpipe()
  let drained = 0
  request.on('data', (chunk: Buffer) => {
    drained += chunk.length
    if (drained > maxBodyBytes) request.destroy()
  })
  request.resume()
  response.setHeader('Connection', 'close')
  sendJson(response, { Message: error.message, Code: kuboErrorCode(error), Type: 'error' }, error.status)
}

function argsOf(query: URLSearchParams, command: string): string[] {
  const args = query.getAll('arg')
  if (args.length === 0) throw badRequest(`argument "ipfs-path" is required for ${command}`)
  return args
}

async function add(context: NodeContext, request: IncomingMessage, response: ServerResponse, query: URLSearchParams) {
  const options = parseAddQuery(query)
  const showProgress = parseBoolean(query, 'progress', false)
  const blockSink = options.onlyHash ? { put: async (cid: CID) => cid } : context.blockstore
  const parts: CountedCandidate[] = []
  async function* candidates() {
    for await (const part of multipartCandidates(request, context.maxBodyBytes)) {
      parts.push(part)
      yield part.candidate
    }
  }
  // The whole import finishes before the response starts, so that any error (a bad name, a
  // malformed body) still reaches the client as a Kubo JSON error.
  const added: AddedEntry[] = []
  for await (const entry of importToBlockstore(candidates(), blockSink, options)) added.push(entry)
  if (added.length === 0) throw badRequest('file argument "path" is required: the multipart body holds no file')
  if (options.pin && !options.onlyHash) {
    for (const entry of added.filter((entry) => !entry.path.includes('/'))) await context.pins.add(entry.cid, 'recursive')
  }
  const lines: unknown[] = []
  if (showProgress) {
    for (const part of parts) lines.push({ Name: part.candidate.path ?? '', Bytes: part.bytesRead() })
  }
  for (const entry of added) lines.push({ Name: entry.path, Hash: entry.cid.toString(), Size: entry.cumulativeSize.toString() })
  response.writeHead(200, { 'Content-Type': 'application/json', 'X-Chunked-Output': '1' })
  response.end(lines.map((line) => `${JSON.stringify(line)}\n`).join(''))
}

async function cat(context: NodeContext, response: ServerResponse, query: URLSearchParams) {
  const [path] = argsOf(query, 'cat')
  const { cid, segments } = parseContentPath(path!)
  const offset = parseOptionalInteger(query, 'offset')
  const length = parseOptionalInteger(query, 'length')
  const entry = await exporter([cid.toString(), ...segments].join('/'), context.blockstore).catch(rethrowExportError)
  if (entry.type === 'directory') throw badRequest('this dag node is a directory')
  if (entry.type === 'object') throw badRequest(`${cid} is not a UnixFS file`)
  const content = entry.content({ offset, length })
  // Read the first chunk before answering, so a missing first block is still a JSON error.
  const first = await content.next().catch(rethrowExportError)
  response.writeHead(200, { 'Content-Type': 'text/plain', 'X-Stream-Output': '1' })
  async function* body() {
    if (!first.done) yield first.value
    yield* content
  }
  await pipeline(Readable.from(body()), response)
}

async function pinAdd(context: NodeContext, response: ServerResponse, query: URLSearchParams) {
  const recursive = parseBoolean(query, 'recursive', true)
  const pinned: string[] = []
  for (const path of argsOf(query, 'pin/add')) {
    const cid = await resolveToCid(context, path)
    if (recursive) await assertDagStored(cid, context.blockstore)
    else if (!(await context.blockstore.has(cid))) throw notFound(`block ${cid} is not stored on this node`)
    await context.pins.add(cid, recursive ? 'recursive' : 'direct')
    pinned.push(cid.toString())
  }
  sendJson(response, { Pins: pinned })
}

const PIN_LIST_TYPES = ['all', 'recursive', 'direct', 'indirect'] as const

async function pinLs(context: NodeContext, response: ServerResponse, query: URLSearchParams) {
  const type = query.get('type') ?? 'all'
  if (!PIN_LIST_TYPES.includes(type as (typeof PIN_LIST_TYPES)[number])) {
    throw badRequest(`invalid type "${type}": use one of ${PIN_LIST_TYPES.join(', ')}`)
  }
  const found: Array<{ cid: string; type: string }> = []
  const args = query.getAll('arg')
  if (args.length > 0) {
    for (const path of args) {
      const cid = await resolveToCid(context, path)
      const pinType = context.pins.typeOf(cid) ?? (await indirectPinOf(context, cid))
      if (pinType === undefined) throw notFound(`path '${path}' is not pinned`)
      found.push({ cid: cid.toString(), type: pinType })
    }
  } else {
    for (const [cid, pinType] of context.pins.entries()) {
      if (type === 'all' || type === pinType) found.push({ cid: cid.toString(), type: pinType })
    }
    if (type === 'all' || type === 'indirect') {
      for (const cid of await indirectlyPinned(context)) found.push({ cid, type: 'indirect' })
    }
  }
  if (parseBoolean(query, 'stream', false)) {
    response.writeHead(200, { 'Content-Type': 'application/json', 'X-Chunked-Output': '1' })
    response.end(found.map((pin) => `${JSON.stringify({ Cid: pin.cid, Type: pin.type })}\n`).join(''))
  } else {
    sendJson(response, { Keys: Object.fromEntries(found.map((pin) => [pin.cid, { Type: pin.type }])) })
  }
}

/** Blocks below a recursive pin that are not pinned themselves. */
async function indirectlyPinned(context: NodeContext): Promise<Set<string>> {
  const pinnedDirectly = new Set(context.pins.entries().map(([cid]) => cid.toString()))
  const indirect = new Set<string>()
  async function visitChildren(cid: CID) {
    for (const child of linksOf(cid, await context.blockstore.getBytes(cid))) {
      const key = child.toString()
      if (indirect.has(key)) continue
      if (!pinnedDirectly.has(key)) indirect.add(key)
      await visitChildren(child)
    }
  }
  for (const [cid, pinType] of context.pins.entries()) if (pinType === 'recursive') await visitChildren(cid)
  return indirect
}

async function indirectPinOf(context: NodeContext, cid: CID): Promise<string | undefined> {
  if (!(await indirectlyPinned(context)).has(cid.toString())) return undefined
  async function contains(root: CID): Promise<boolean> {
    if (root.equals(cid)) return true
    for (const child of linksOf(root, await context.blockstore.getBytes(root))) if (await contains(child)) return true
    return false
  }
  for (const [root, pinType] of context.pins.entries()) {
    if (pinType === 'recursive' && (await contains(root))) return `indirect through ${root}`
  }
  return undefined
}

async function resolveToCid(context: NodeContext, path: string): Promise<CID> {
  const { cid, segments } = parseContentPath(path)
  if (segments.length === 0) return cid
  const entry = await exporter([cid.toString(), ...segments].join('/'), context.blockstore).catch(rethrowExportError)
  return entry.cid
}

function parseOptionalInteger(query: URLSearchParams, name: string): number | undefined {
  const text = query.get(name)
  if (text === null) return undefined
  if (!/^\d+$/.test(text)) throw badRequest(`option "${name}" must be a non-negative integer, not "${text}"`)
  return Number(text)
}

/** The exporter's own errors describe IPFS paths and CIDs only, so their messages can be shown. */
export function rethrowExportError(error: unknown): never {
  if (error instanceof NodeError) throw error
  const { name, message } = error as Error
  if (name === 'NotFoundError') throw notFound(message)
  if (name === 'NotUnixFSError' || name === 'NoResolverError' || name === 'BadPathError') throw badRequest(message)
  throw error
}

function versionInfo() {
  return { Version: NODE_VERSION, Commit: '', Repo: '1', System: `${process.arch}/${process.platform}` }
}

function idInfo(identity: PeerIdentity) {
  return {
    ID: identity.id,
    PublicKey: identity.publicKey,
    Addresses: [],
    AgentVersion: `scipio-evidence-node/${NODE_VERSION}`,
    Protocols: [],
  }
}
