import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { base58btc } from 'multiformats/bases/base58'
import { identity } from 'multiformats/hashes/identity'

export interface PeerIdentity {
  /** libp2p peer ID ("12D3KooW…"), what Kubo's `id` reports. */
  id: string
  /** base64 of the protobuf-encoded public key, Kubo's `PublicKey`. */
  publicKey: string
}

/**
 * An Ed25519 key kept in the repo so that `id` is stable across restarts. The node has no swarm;
 * the identity only exists so that Kubo clients can parse `id`.
 */
export async function loadOrCreateIdentity(repo: string): Promise<PeerIdentity> {
  const keyFile = join(repo, 'identity.pem')
  let privateKeyPem: string
  try {
    privateKeyPem = await readFile(keyFile, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    privateKeyPem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    await writeFile(keyFile, privateKeyPem, { mode: 0o600 })
  }
  const rawPublicKey = Buffer.from(createPublicKey(privateKeyPem).export({ format: 'jwk' }).x!, 'base64url')
  // libp2p's PublicKey protobuf: field 1 KeyType = Ed25519 (1), field 2 Data = 32 key bytes.
  const encodedPublicKey = Uint8Array.from([0x08, 0x01, 0x12, rawPublicKey.length, ...rawPublicKey])
  return {
    id: base58btc.encode(identity.digest(encodedPublicKey).bytes).slice(1),
    publicKey: Buffer.from(encodedPublicKey).toString('base64'),
  }
}
