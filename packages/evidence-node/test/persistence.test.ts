import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addBytes, deterministicBytes, removeRepo, rpc, startTestNode } from './helpers.ts'

test('blocks, pins and the peer ID survive a restart', async () => {
  const first = await startTestNode()
  const bytes = deterministicBytes(800_000, 'persist')
  const cid = await addBytes(first, bytes, { 'cid-version': '1' })
  const { ID: firstId } = (await (await rpc(first, 'id')).json()) as { ID: string }
  await first.close()

  const second = await startTestNode(first.repo)
  try {
    assert.deepEqual(new Uint8Array(await (await rpc(second, 'cat', { arg: cid })).arrayBuffer()), bytes)
    assert.deepEqual(new Uint8Array(await (await fetch(`${second.gatewayUrl}/ipfs/${cid}`)).arrayBuffer()), bytes)
    const pins = (await (await rpc(second, 'pin/ls', { type: 'recursive' })).json()) as { Keys: Record<string, { Type: string }> }
    assert.deepEqual(pins.Keys[cid], { Type: 'recursive' })
    const { ID: secondId } = (await (await rpc(second, 'id')).json()) as { ID: string }
    assert.equal(secondId, firstId)
  } finally {
    await second.close()
    await removeRepo(first.repo)
  }
})
