import assert from 'node:assert/strict'
import { request } from 'node:http'
import { after, before, describe, test } from 'node:test'
import { CarBlockIterator } from '@ipld/car'
import * as dagPb from '@ipld/dag-pb'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { addBytes, addFiles, deterministicBytes, removeRepo, startTestNode, type TestNode } from './helpers.ts'

const encode = (text: string) => new TextEncoder().encode(text)
const UNKNOWN_CID = 'bafkreie7q3iidccmpvszul7kudcvvuavuo7u6gzlbobczuk5nqk3b4akba'
const PNG_HEADER = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])

describe('gateway', () => {
  let node: TestNode
  let bigFile: Uint8Array
  let bigCid: string
  const get = (path: string, init?: RequestInit) => fetch(`${node.gatewayUrl}${path}`, init)

  before(async () => {
    node = await startTestNode()
    bigFile = deterministicBytes(1_000_000, 'gateway')
    bigCid = await addBytes(node, bigFile, { 'cid-version': '1' })
  })
  after(async () => {
    await node.close()
    await removeRepo(node.repo)
  })

  test('serves a file with immutable caching, ETag, CORS and nosniff', async () => {
    const response = await get(`/ipfs/${bigCid}`)
    assert.equal(response.status, 200)
    assert.deepEqual(new Uint8Array(await response.arrayBuffer()), bigFile)
    assert.equal(response.headers.get('content-length'), '1000000')
    assert.equal(response.headers.get('cache-control'), 'public, max-age=29030400, immutable')
    assert.equal(response.headers.get('etag'), `"${bigCid}"`)
    assert.equal(response.headers.get('access-control-allow-origin'), '*')
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff')
    assert.equal(response.headers.get('accept-ranges'), 'bytes')
  })

  test('HEAD answers the headers without a body', async () => {
    const response = await get(`/ipfs/${bigCid}`, { method: 'HEAD' })
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-length'), '1000000')
    assert.equal((await response.arrayBuffer()).byteLength, 0)
  })

  test('If-None-Match with the ETag gives 304', async () => {
    const response = await get(`/ipfs/${bigCid}`, { headers: { 'if-none-match': `"${bigCid}"` } })
    assert.equal(response.status, 304)
  })

  describe('Range', () => {
    test('a range across a chunk boundary gives 206 and Content-Range', async () => {
      const response = await get(`/ipfs/${bigCid}`, { headers: { range: 'bytes=262100-262199' } })
      assert.equal(response.status, 206)
      assert.equal(response.headers.get('content-range'), 'bytes 262100-262199/1000000')
      assert.deepEqual(new Uint8Array(await response.arrayBuffer()), bigFile.subarray(262_100, 262_200))
    })

    test('open-ended and suffix ranges', async () => {
      const tail = await get(`/ipfs/${bigCid}`, { headers: { range: 'bytes=999990-' } })
      assert.deepEqual(new Uint8Array(await tail.arrayBuffer()), bigFile.subarray(999_990))
      const suffix = await get(`/ipfs/${bigCid}`, { headers: { range: 'bytes=-5' } })
      assert.equal(suffix.headers.get('content-range'), 'bytes 999995-999999/1000000')
      assert.deepEqual(new Uint8Array(await suffix.arrayBuffer()), bigFile.subarray(999_995))
    })

    test('a range past the end is 416; several ranges get the whole file', async () => {
      const beyond = await get(`/ipfs/${bigCid}`, { headers: { range: 'bytes=1000000-' } })
      assert.equal(beyond.status, 416)
      assert.equal(beyond.headers.get('content-range'), 'bytes */1000000')
      const several = await get(`/ipfs/${bigCid}`, { headers: { range: 'bytes=0-1,5-6' } })
      assert.equal(several.status, 200)
      assert.equal((await several.arrayBuffer()).byteLength, 1_000_000)
    })
  })

  describe('Content-Type from the bytes', () => {
    const cases: Array<[string, Uint8Array, string, boolean]> = [
      ['PDF', encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n'), 'application/pdf', false],
      ['PNG', PNG_HEADER, 'image/png', true],
      ['JPEG', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]), 'image/jpeg', true],
      ['plain text', encode('Invoice 42: 10 EUR\n'), 'text/plain; charset=utf-8', true],
      ['JSON', encode('{"invoiceNumber":"42"}'), 'application/json', true],
      ['HTML (active: shown as text)', encode('<!doctype html><script>alert(document.cookie)</script>'), 'text/plain; charset=utf-8', true],
      ['SVG (active: shown as text)', encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'text/plain; charset=utf-8', true],
      ['XML (active: shown as text)', encode('<?xml version="1.0"?><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>'), 'text/plain; charset=utf-8', true],
      ['unknown binary', Uint8Array.from([0, 1, 2, 3, 0xfe, 0xff]), 'application/octet-stream', true],
    ]
    for (const [name, bytes, expectedType, sandboxed] of cases) {
      test(`${name} → ${expectedType}`, async () => {
        const cid = await addBytes(node, bytes, { 'cid-version': '1' })
        const response = await get(`/ipfs/${cid}`)
        assert.equal(response.headers.get('content-type'), expectedType)
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff')
        assert.equal(response.headers.get('content-security-policy'), sandboxed ? 'sandbox' : null)
      })
    }
  })

  test('?format=raw returns the block whose hash is the CID', async () => {
    const response = await get(`/ipfs/${bigCid}?format=raw`)
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'application/vnd.ipld.raw')
    assert.equal(response.headers.get('etag'), `"${bigCid}.raw"`)
    const block = new Uint8Array(await response.arrayBuffer())
    const cid = CID.parse(bigCid)
    assert.deepEqual((await sha256.digest(block)).digest, cid.multihash.digest)
    assert.equal(dagPb.decode(block).Links.length, 4)
    const byAccept = await get(`/ipfs/${bigCid}`, { headers: { accept: 'application/vnd.ipld.raw' } })
    assert.equal(byAccept.headers.get('content-type'), 'application/vnd.ipld.raw')
  })

  test('?format=car returns every block of the DAG once, depth first, each matching its CID', async () => {
    const response = await get(`/ipfs/${bigCid}?format=car`)
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'application/vnd.ipld.car; version=1; order=dfs; dups=n')
    const car = await CarBlockIterator.fromBytes(new Uint8Array(await response.arrayBuffer()))
    assert.deepEqual((await car.getRoots()).map(String), [bigCid])
    const blocks = []
    for await (const block of car) {
      assert.deepEqual((await sha256.digest(block.bytes)).digest, block.cid.multihash.digest)
      blocks.push(block)
    }
    assert.equal(blocks[0]!.cid.toString(), bigCid)
    assert.equal(blocks.length, 5)
    const leaves = Buffer.concat(blocks.slice(1).map((block) => block.bytes))
    assert.deepEqual(new Uint8Array(leaves), bigFile)
  })

  test('a path below a directory serves the file; the CAR includes the path blocks', async () => {
    const lines = await addFiles(node, [{ name: 'evidence/invoice.txt', bytes: encode('invoice\n') }], { 'wrap-with-directory': 'true', 'cid-version': '1' })
    const root = lines.find((line) => line.Name === '')!.Hash!
    const file = await get(`/ipfs/${root}/evidence/invoice.txt`)
    assert.equal(await file.text(), 'invoice\n')
    const listing = await get(`/ipfs/${root}/evidence`)
    assert.match(await listing.text(), /invoice\.txt\tbafkrei/)
    assert.equal(listing.headers.get('content-type'), 'text/plain; charset=utf-8')
    const car = await CarBlockIterator.fromBytes(new Uint8Array(await (await get(`/ipfs/${root}/evidence/invoice.txt?format=car`)).arrayBuffer()))
    const cids = []
    for await (const block of car) cids.push(block.cid.toString())
    assert.equal(cids.length, 3)
    assert.equal(cids[0], root)
    const missing = await get(`/ipfs/${root}/evidence/nothing.txt`)
    assert.equal(missing.status, 404)
    assert.match(await missing.text(), /No link "nothing.txt"/)
  })

  test('explains invalid CIDs, unknown CIDs, bad formats, IPNS, other paths and methods', async () => {
    const cases: Array<[string, RequestInit | undefined, number, RegExp]> = [
      ['/ipfs/not-a-cid', undefined, 400, /invalid CID "not-a-cid"/],
      [`/ipfs/${UNKNOWN_CID}`, undefined, 404, /is not stored on this node/],
      [`/ipfs/${UNKNOWN_CID}?format=car`, undefined, 404, /is not stored on this node/],
      [`/ipfs/${UNKNOWN_CID}?format=raw`, undefined, 404, /is not stored on this node/],
      [`/ipfs/${bigCid}?format=dag-json`, undefined, 400, /unsupported format "dag-json"/],
      ['/ipns/example.org', undefined, 501, /IPNS names are not supported/],
      ['/index.html', undefined, 404, /paths start with \/ipfs\//],
      [`/ipfs/${bigCid}`, { method: 'POST' }, 405, /read-only/],
    ]
    for (const [path, init, status, message] of cases) {
      const response = await get(path, init)
      assert.equal(response.status, status, path)
      const text = await response.text()
      assert.match(text, message)
      assert.ok(!text.includes(node.repo))
    }
  })

  test('a ".." segment is refused, not resolved', async () => {
    // fetch() would normalise the dots away; send the path exactly as written.
    const { status, body } = await rawGet(`${node.gatewayUrl}/ipfs/${bigCid}/../etc/passwd`)
    assert.equal(status, 400)
    assert.match(body, /"\.\." are not allowed/)
  })

  test('answers CORS preflight', async () => {
    const response = await get(`/ipfs/${bigCid}`, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-headers': 'range' } })
    assert.equal(response.status, 204)
    assert.equal(response.headers.get('access-control-allow-origin'), '*')
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /Range/)
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /Content-Range/)
  })
})

function rawGet(url: string): Promise<{ status: number; body: string }> {
  const { host, port } = new URL(url)
  const path = url.slice(url.indexOf('/', 'http://'.length))
  return new Promise((resolve, reject) => {
    request({ host: host.split(':')[0], port, path }, (response) => {
      let body = ''
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
      .on('error', reject)
      .end()
  })
}
