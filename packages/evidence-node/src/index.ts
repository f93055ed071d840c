import { mkdir } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { EvidenceBlockstore } from './blockstore.ts'
import { createGatewayHandler } from './gateway.ts'
import { loadOrCreateIdentity } from './identity.ts'
import { PinStore } from './pins.ts'
import { createRpcHandler } from './rpc.ts'

export interface EvidenceNodeOptions {
  /** Folder for blocks, pins and the node's key; created if missing. */
  repo: string
  /** Kubo RPC API port (Kubo's default is 5001); 0 picks a free port. */
  apiPort?: number
  /** Gateway port (Kubo's default is 8080); 0 picks a free port. */
  gatewayPort?: number
  /** Interface to listen on; loopback by default, because the RPC API has no authentication. */
  host?: string
  /** Largest RPC request body accepted, in bytes (default `DEFAULT_MAX_BODY_BYTES`). */
  maxBodyBytes?: number
}

/**
 * 32 MiB: the web's upload route forwards at most its 25 MiB file limit plus multipart framing, so
 * this leaves room for it while refusing what no Scipio client sends.
 */
export const DEFAULT_MAX_BODY_BYTES = 32 * 1_048_576

export interface EvidenceNode {
  apiUrl: string
  gatewayUrl: string
  close(): Promise<void>
}

export async function startEvidenceNode(options: EvidenceNodeOptions): Promise<EvidenceNode> {
  const repo = resolve(options.repo)
  const host = options.host ?? '127.0.0.1'
  await mkdir(repo, { recursive: true })
  const blockstore = new EvidenceBlockstore(join(repo, 'blocks'))
  await blockstore.open()
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new RangeError(`maxBodyBytes must be a positive integer, not ${maxBodyBytes}`)
  }
  const context = { blockstore, pins: await PinStore.open(repo), identity: await loadOrCreateIdentity(repo), maxBodyBytes }
  const api = await listen(createRpcHandler(context), host, options.apiPort ?? 5001)
  const gateway = await listen(createGatewayHandler(blockstore), host, options.gatewayPort ?? 8080).catch(async (error) => {
    await closeServer(api)
    throw error
  })
  return {
    apiUrl: urlOf(api, host),
    gatewayUrl: urlOf(gateway, host),
    async close() {
      await Promise.all([closeServer(api), closeServer(gateway)])
      await blockstore.close()
    },
  }
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>

function listen(handler: Handler, host: string, port: number): Promise<Server> {
  const server = createServer((request, response) => void handler(request, response))
  // Node's 5 s default closes idle connections that clients (undici keeps them 4 s) are about to
  // reuse; a minute makes that race rare for an upload that starts after a pause.
  server.keepAliveTimeout = 60_000
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolvePromise(server))
  })
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolvePromise) => server.close(() => resolvePromise()))
}

function urlOf(server: Server, host: string): string {
  const { port } = server.address() as AddressInfo
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`
}
