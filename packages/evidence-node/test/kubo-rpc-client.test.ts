import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { create, type KuboRPCClient } from 'kubo-rpc-client'
import { CID } from 'multiformats/cid'
import { deterministicBytes, removeRepo, startTestNode, type TestNode } from './helpers.ts'

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  for await (const chunk of chunks) parts.push(chunk)
  return new Uint8Array(Buffer.concat(parts))
}

describe('round trip through kubo-rpc-client', () => {
  let node: TestNode
  let client: KuboRPCClient
  before(async () => {
    node = await startTestNode()
    client = create({ url: `${node.apiUrl}/api/v0` })
  })
  after(async () => {
    await node.close()
    await removeRepo(node.repo)
  })

  test('add (CIDv0 by default, CIDv1 on request), cat, pin.ls', async () => {
    const bytes = deterministicBytes(700_000, 'client')
    const progress: number[] = []
    const v0 = await client.add(bytes, { progress: (sent) => progress.push(sent) })
    assert.equal(v0.cid.version, 0)
    assert.equal(v0.size, 700_000 + (v0.size - 700_000))
    assert.ok(progress.includes(700_000))
    const v1 = await client.add({ path: 'evidence.bin', content: bytes }, { cidVersion: 1 })
    assert.equal(v1.cid.version, 1)
    assert.equal(v1.path, 'evidence.bin')
    assert.deepEqual(await collect(client.cat(v1.cid)), bytes)
    assert.deepEqual(await collect(client.cat(v0.cid, { offset: 699_990 })), bytes.subarray(699_990))
    const pins = []
    for await (const pin of client.pin.ls({ type: 'recursive' })) pins.push(pin.cid.toString())
    assert.ok(pins.includes(v0.cid.toString()) && pins.includes(v1.cid.toString()))
  })

  test('addAll of a directory tree', async () => {
    const entries = []
    for await (const entry of client.addAll(
      [
        { path: 'claim/photo.bin', content: deterministicBytes(1000, 'photo') },
        { path: 'claim/notes.txt', content: new TextEncoder().encode('done') },
      ],
      { wrapWithDirectory: true, cidVersion: 1 },
    )) {
      entries.push(entry)
    }
    const root = entries.find((entry) => entry.path === '')!
    assert.equal(new TextDecoder().decode(await collect(client.cat(`/ipfs/${root.cid}/claim/notes.txt`))), 'done')
  })

  test('pin.add, version and id', async () => {
    const { cid } = await client.add(deterministicBytes(10, 'pin-later'), { pin: false, cidVersion: 1 })
    assert.equal((await client.pin.add(cid)).toString(), cid.toString())
    assert.match((await client.version()).version, /^\d+\.\d+\.\d+/)
    assert.match((await client.id()).id.toString(), /^12D3KooW/)
  })

  test('errors arrive as the Kubo message', async () => {
    const unknown = CID.parse('bafkreie7q3iidccmpvszul7kudcvvuavuo7u6gzlbobczuk5nqk3b4akba')
    await assert.rejects(collect(client.cat(unknown)), /is not stored on this node/)
    await assert.rejects(client.pin.add(unknown), /is not stored on this node/)
    await assert.rejects(client.add({ path: '../escape.txt', content: new Uint8Array(1) }), /is not allowed/)
  })
})
