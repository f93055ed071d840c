import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { CarWriter } from '@ipld/car'
import { exporter, walkPath, type UnixFSEntry } from 'ipfs-unixfs-exporter'
import type { CID } from 'multiformats/cid'
import type { EvidenceBlockstore } from './blockstore.ts'
import { parseContentPath, type ContentPath } from './content-path.ts'
import { PLAIN_TEXT, SNIFF_BYTES, sniffContentType } from './content-type.ts'
import { walkDag, type Block } from './dag.ts'
import { NodeError, asNodeError, badRequest, notFound } from './errors.ts'
import { rethrowExportError } from './rpc.ts'

const IMMUTABLE = 'public, max-age=29030400, immutable'
const CAR_CONTENT_TYPE = 'application/vnd.ipld.car; version=1; order=dfs; dups=n'
const RAW_CONTENT_TYPE = 'application/vnd.ipld.raw'

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Range, If-None-Match, Accept',
  'Access-Control-Expose-Headers': 'Content-Range, Content-Length, Accept-Ranges, ETag, X-Ipfs-Path, X-Ipfs-Roots',
}

type ResponseFormat = 'deserialized' | 'raw' | 'car'

/**
 * A read-only path gateway for `/ipfs/<cid>[/path]`: deserialized files, and the trustless
 * responses (`?format=raw` for one block, `?format=car` for a whole DAG) that clients verify.
 */
export function createGatewayHandler(blockstore: EvidenceBlockstore) {
  return async function handleGateway(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(CORS_HEADERS)) response.setHeader(name, value)
    response.setHeader('X-Content-Type-Options', 'nosniff')
    try {
      if (request.method === 'OPTIONS') {
        response.writeHead(204).end()
        return
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.setHeader('Allow', 'GET, HEAD, OPTIONS')
        throw new NodeError(`method ${request.method} not allowed: the gateway is read-only`, 405)
      }
      const url = parseRequestTarget(request.url ?? '/')
      if (url.pathname.startsWith('/ipns/')) throw new NodeError('IPNS names are not supported by this gateway: use /ipfs/<cid>', 501)
      if (!url.pathname.startsWith('/ipfs/')) throw notFound('not found: paths start with /ipfs/<cid>')
      const contentPath = parseContentPath(url.pathname)
      const format = responseFormat(url.searchParams.get('format'), request.headers.accept)
      response.setHeader('X-Ipfs-Path', url.pathname)
      if (format === 'raw') await sendRawBlock(blockstore, contentPath, request, response)
      else if (format === 'car') await sendCar(blockstore, contentPath, request, response)
      else await sendDeserialized(blockstore, contentPath, request, response)
    } catch (error) {
      const nodeError = asNodeError(error, 'serving a gateway request')
      if (response.headersSent) {
        response.destroy(nodeError)
        return
      }
      response.writeHead(nodeError.status, { 'Content-Type': PLAIN_TEXT, 'Cache-Control': 'no-store' })
      response.end(`${nodeError.message}\n`)
    }
  }
}

/** Path and query as sent: WHATWG URL parsing would resolve "." and ".." segments silently. */
function parseRequestTarget(target: string): { pathname: string; searchParams: URLSearchParams } {
  const queryStart = target.indexOf('?')
  if (queryStart === -1) return { pathname: target, searchParams: new URLSearchParams() }
  return { pathname: target.slice(0, queryStart), searchParams: new URLSearchParams(target.slice(queryStart + 1)) }
}

function responseFormat(formatParameter: string | null, accept: string | undefined): ResponseFormat {
  if (formatParameter === 'raw') return 'raw'
  if (formatParameter === 'car') return 'car'
  if (formatParameter !== null && formatParameter !== '') {
    throw badRequest(`unsupported format "${formatParameter}": use raw or car, or leave it out for the file itself`)
  }
  if (accept?.includes('application/vnd.ipld.raw')) return 'raw'
  if (accept?.includes('application/vnd.ipld.car')) return 'car'
  return 'deserialized'
}

/** The blocks from the root down to the path's target (including HAMT shards), then the target's CID. */
async function resolvePath(blockstore: EvidenceBlockstore, { cid, segments }: ContentPath) {
  const pathBlocks: CID[] = []
  try {
    for await (const step of walkPath([cid.toString(), ...segments].join('/'), blockstore, { yieldSubShards: true })) {
      pathBlocks.push(step.cid)
    }
  } catch (error) {
    rethrowExportError(error)
  }
  const target = pathBlocks.pop() ?? cid
  return { pathBlocks, target }
}

function isNotModified(request: IncomingMessage, etag: string): boolean {
  const candidates = request.headers['if-none-match']?.split(',').map((tag) => tag.trim().replace(/^W\//, ''))
  return candidates?.includes(etag) === true || candidates?.includes('*') === true
}

function sendNotModified(response: ServerResponse, etag: string): void {
  response.writeHead(304, { ETag: etag, 'Cache-Control': IMMUTABLE }).end()
}

async function sendRawBlock(blockstore: EvidenceBlockstore, contentPath: ContentPath, request: IncomingMessage, response: ServerResponse) {
  const { target } = await resolvePath(blockstore, contentPath)
  const etag = `"${target}.raw"`
  if (isNotModified(request, etag)) return sendNotModified(response, etag)
  const bytes = await blockstore.getBytes(target)
  response.writeHead(200, {
    'Content-Type': RAW_CONTENT_TYPE,
    'Content-Length': bytes.length,
    'Content-Disposition': `attachment; filename="${target}.bin"`,
    'Cache-Control': IMMUTABLE,
    ETag: etag,
    Vary: 'Accept',
  })
  response.end(request.method === 'HEAD' ? undefined : bytes)
}

async function sendCar(blockstore: EvidenceBlockstore, contentPath: ContentPath, request: IncomingMessage, response: ServerResponse) {
  const { pathBlocks, target } = await resolvePath(blockstore, contentPath)
  const etag = `"${target}.car.dfs.n"`
  if (isNotModified(request, etag)) return sendNotModified(response, etag)
  // The first block is read before answering, so an unknown CID is a 404 rather than a broken CAR.
  const dagBlocks = walkDag(target, blockstore)
  const first = await dagBlocks.next()
  const headers = {
    'Content-Type': CAR_CONTENT_TYPE,
    'Content-Disposition': `attachment; filename="${contentPath.cid}.car"`,
    'Cache-Control': IMMUTABLE,
    ETag: etag,
    Vary: 'Accept',
  }
  if (request.method === 'HEAD') {
    response.writeHead(200, headers).end()
    return
  }
  const { writer, out } = CarWriter.create([contentPath.cid])
  async function writeBlocks() {
    try {
      for (const cid of pathBlocks) await writer.put({ cid, bytes: await blockstore.getBytes(cid) })
      if (!first.done) await writer.put(first.value)
      for await (const block of dagBlocks) await writer.put(block satisfies Block)
    } finally {
      await writer.close()
    }
  }
  response.writeHead(200, headers)
  await Promise.all([writeBlocks(), pipeline(Readable.from(out), response)])
}

async function sendDeserialized(blockstore: EvidenceBlockstore, contentPath: ContentPath, request: IncomingMessage, response: ServerResponse) {
  const entry = await exporter([contentPath.cid.toString(), ...contentPath.segments].join('/'), blockstore).catch(rethrowExportError)
  const etag = `"${entry.cid}"`
  if (isNotModified(request, etag)) return sendNotModified(response, etag)
  if (entry.type === 'directory') return sendDirectoryListing(entry, request, response, etag)
  if (entry.type === 'object') throw badRequest(`${entry.cid} is not a UnixFS file: request it with ?format=raw or ?format=car`)
  const size = Number(entry.size)
  const contentType = await sniffContentType(await readAll(entry.content({ length: Math.min(size, SNIFF_BYTES) })))
  const range = parseRange(request.headers.range, size)
  const headers: Record<string, string | number> = {
    'Content-Type': contentType,
    'Cache-Control': IMMUTABLE,
    ETag: etag,
    'Accept-Ranges': 'bytes',
  }
  // A CSP sandbox keeps any document that slips through from scripting the gateway's origin.
  // PDF is exempt because browsers refuse to open their PDF viewer in a sandboxed document.
  if (contentType !== 'application/pdf') headers['Content-Security-Policy'] = 'sandbox'
  if (range === 'unsatisfiable') {
    response.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` }).end()
    return
  }
  const { offset, length } = range ?? { offset: 0, length: size }
  if (range) headers['Content-Range'] = `bytes ${offset}-${offset + length - 1}/${size}`
  headers['Content-Length'] = length
  response.writeHead(range ? 206 : 200, headers)
  if (request.method === 'HEAD' || length === 0) {
    response.end()
    return
  }
  await pipeline(Readable.from(entry.content({ offset, length })), response)
}

async function sendDirectoryListing(entry: Extract<UnixFSEntry, { type: 'directory' }>, request: IncomingMessage, response: ServerResponse, etag: string) {
  // Listed as plain text: a generated HTML page would be active content on the gateway's origin.
  const lines = [`Index of /ipfs/${entry.cid}`, '']
  for await (const child of entry.entries()) lines.push(`${child.name}\t${child.cid}\t${child.size}`)
  const body = `${lines.join('\n')}\n`
  response.writeHead(200, {
    'Content-Type': PLAIN_TEXT,
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': 'sandbox',
    'Cache-Control': IMMUTABLE,
    ETag: etag,
  })
  response.end(request.method === 'HEAD' ? undefined : body)
}

async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  for await (const chunk of chunks) parts.push(chunk)
  return Buffer.concat(parts)
}

/**
 * A single `bytes=` range (first-last, first-, or -suffix). Anything else (several ranges, other
 * units, garbage) is ignored and the whole file is sent, as RFC 9110 allows.
 */
export function parseRange(header: string | undefined, size: number): { offset: number; length: number } | 'unsatisfiable' | undefined {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/)
  if (!match) return undefined
  const [, firstText = '', lastText = ''] = match
  if (firstText === '' && lastText === '') return undefined
  if (firstText === '') {
    const suffixLength = Math.min(Number(lastText), size)
    return suffixLength === 0 ? 'unsatisfiable' : { offset: size - suffixLength, length: suffixLength }
  }
  const first = Number(firstText)
  if (lastText !== '' && Number(lastText) < first) return undefined
  if (first >= size) return 'unsatisfiable'
  const last = lastText === '' ? size - 1 : Math.min(Number(lastText), size - 1)
  return { offset: first, length: last - first + 1 }
}
