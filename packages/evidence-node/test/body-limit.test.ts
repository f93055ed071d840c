import assert from 'node:assert/strict'
import { request as httpRequest } from 'node:http'
import { after, before, describe, test } from 'node:test'
import { DEFAULT_MAX_BODY_BYTES } from '../src/index.ts'
import { deterministicBytes, removeRepo, rpc, startTestNode, type TestNode } from './helpers.ts'

const LIMIT = 1_048_576

interface KuboError {
  Message: string
  Code: number
  Type: string
}

/** A multipart `add` body holding one file of `size` bytes, as kubo-rpc-client frames it. */
function addBody(size: number): { body: Uint8Array; contentType: string } {
  const boundary = 'scipio-body-limit'
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`
  const tail = `\r\n--${boundary}--\r\n`
  const body = Buffer.concat([Buffer.from(head), deterministicBytes(size, 'body-limit'), Buffer.from(tail)])
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}

async function expectTooLarge(response: Response, limit: number): Promise<void> {
  assert.equal(response.status, 413)
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/)
  const error = (await response.json()) as KuboError
  assert.deepEqual(error, {
    Message: `request body too large: this node accepts at most ${limit} bytes per request`,
    Code: 1,
    Type: 'error',
  })
}

describe('RPC body limit', () => {
  let node: TestNode
  before(async () => (node = await startTestNode(undefined, { maxBodyBytes: LIMIT })))
  after(async () => {
    await node.close()
    await removeRepo(node.repo)
  })

  test('a body within the limit is added', async () => {
    const { body, contentType } = addBody(LIMIT - 4096)
    const response = await rpc(node, 'add', {}, { body, headers: { 'content-type': contentType } })
    assert.equal(response.status, 200)
    assert.match(await response.text(), /"Hash"/)
  })

  test('a declared Content-Length over the limit is refused with a Kubo error, and nothing is pinned', async () => {
    const pinned = async () => Object.keys(((await (await rpc(node, 'pin/ls')).json()) as { Keys: object }).Keys).sort()
    const before = await pinned()
    const { body, contentType } = addBody(LIMIT + 1)
    await expectTooLarge(await rpc(node, 'add', {}, { body, headers: { 'content-type': contentType } }), LIMIT)
    assert.deepEqual(await pinned(), before)
  })

  test('a chunked body without Content-Length is refused once it passes the limit', async () => {
    const { body, contentType } = addBody(LIMIT + LIMIT / 2)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < body.length; offset += 65_536) controller.enqueue(body.subarray(offset, offset + 65_536))
        controller.close()
      },
    })
    const response = await rpc(node, 'add', {}, { body: stream, headers: { 'content-type': contentType }, duplex: 'half' } as RequestInit)
    await expectTooLarge(response, LIMIT)
  })

  test('the limit applies to every command, not only add', async () => {
    await expectTooLarge(await rpc(node, 'version', {}, { body: new Uint8Array(LIMIT + 1) }), LIMIT)
  })
})

describe('RPC body limit by default', () => {
  let node: TestNode
  before(async () => (node = await startTestNode()))
  after(async () => {
    await node.close()
    await removeRepo(node.repo)
  })

  test('a 64 MiB add is refused before its body is read', async () => {
    const url = new URL(`${node.apiUrl}/api/v0/add`)
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const outgoing = httpRequest(url, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(64 * 1_048_576) },
      })
      outgoing.on('response', (incoming) => {
        let text = ''
        incoming.setEncoding('utf8')
        incoming.on('data', (chunk: string) => (text += chunk))
        incoming.on('end', () => {
          outgoing.destroy()
          resolve({ status: incoming.statusCode ?? 0, text })
        })
      })
      outgoing.on('error', reject)
      // Only the first bytes are ever sent: the answer must come without the rest.
      outgoing.write('--x\r\n')
    })
    assert.equal(status, 413)
    assert.deepEqual(JSON.parse(text), {
      Message: `request body too large: this node accepts at most ${DEFAULT_MAX_BODY_BYTES} bytes per request`,
      Code: 1,
      Type: 'error',
    })
  })
})
