import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { CID } from 'multiformats/cid'
import { addBytes, addFiles, deterministicBytes, removeRepo, rpc, startTestNode, type TestNode } from './helpers.ts'

const helloWorld = new TextEncoder().encode('hello world\n')
const HELLO_V0 = 'QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o'
const UNKNOWN_CID = 'bafkreie7q3iidccmpvszul7kudcvvuavuo7u6gzlbobczuk5nqk3b4akba'

async function kuboError(response: Response, status: number): Promise<string> {
  assert.equal(response.status, status)
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/)
  const body = (await response.json()) as { Message: string; Code: number; Type: string }
  assert.equal(body.Type, 'error')
  assert.equal(typeof body.Code, 'number')
  return body.Message
}

describe('Kubo RPC API', () => {
  let node: TestNode
  const messages: string[] = []
  const expectError = async (response: Response, status: number, pattern: RegExp) => {
    const message = await kuboError(response, status)
    messages.push(message)
    assert.match(message, pattern)
  }

  before(async () => (node = await startTestNode()))
  after(async () => {
    await node.close()
    await removeRepo(node.repo)
  })

  describe('add', () => {
    test('answers one line per file with Kubo\'s Name, Hash and cumulative Size', async () => {
      const [line] = await addFiles(node, [{ name: 'hello.txt', bytes: helloWorld }])
      assert.deepEqual(line, { Name: 'hello.txt', Hash: HELLO_V0, Size: '20' })
    })

    test('an unnamed file is named by its CID', async () => {
      const [line] = await addFiles(node, [{ name: '', bytes: helloWorld }])
      assert.equal(line!.Name, HELLO_V0)
    })

    test('progress=true adds a Bytes line per file', async () => {
      const lines = await addFiles(node, [{ name: 'a.bin', bytes: deterministicBytes(300_000) }], { progress: 'true' })
      assert.deepEqual(lines[0], { Name: 'a.bin', Bytes: 300_000 })
      assert.ok(lines[1]!.Hash)
    })

    test('adds nested files and directories; wrap-with-directory adds the wrapping root', async () => {
      const lines = await addFiles(
        node,
        [
          { name: 'docs', directory: true },
          { name: 'docs/invoice.txt', bytes: helloWorld },
          { name: 'docs/more/notes.txt', bytes: new TextEncoder().encode('notes') },
        ],
        { 'wrap-with-directory': 'true', 'cid-version': '1' },
      )
      const names = lines.map((line) => line.Name)
      assert.deepEqual(names.sort(), ['', 'docs', 'docs/invoice.txt', 'docs/more', 'docs/more/notes.txt'].sort())
      const root = lines.find((line) => line.Name === '')!.Hash!
      const cat = await rpc(node, 'cat', { arg: `/ipfs/${root}/docs/invoice.txt` })
      assert.equal(await cat.text(), 'hello world\n')
    })

    test('pins what it adds unless pin=false', async () => {
      const pinned = await addBytes(node, deterministicBytes(10, 'pinned'))
      const unpinned = await addBytes(node, deterministicBytes(10, 'unpinned'), { pin: 'false' })
      const keys = ((await (await rpc(node, 'pin/ls', { type: 'recursive' })).json()) as { Keys: Record<string, unknown> }).Keys
      assert.ok(pinned in keys)
      assert.ok(!(unpinned in keys))
    })

    test('only-hash computes the CID without storing anything', async () => {
      const cid = await addBytes(node, deterministicBytes(10, 'only-hash'), { 'only-hash': 'true' })
      await expectError(await rpc(node, 'cat', { arg: cid }), 404, /not stored on this node/)
    })

    test('rejects a body that is not multipart', async () => {
      await expectError(await rpc(node, 'add', {}, { body: 'hello', headers: { 'content-type': 'text/plain' } }), 400, /multipart\/form-data/)
      await expectError(await rpc(node, 'add'), 400, /multipart\/form-data/)
    })

    test('rejects a multipart body without a file', async () => {
      const form = new FormData()
      form.append('note', 'no file here')
      await expectError(await rpc(node, 'add', {}, { body: form }), 400, /file argument "path" is required/)
    })

    test('rejects a malformed multipart body', async () => {
      const body = '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nunterminated'
      await expectError(await rpc(node, 'add', {}, { body, headers: { 'content-type': 'multipart/form-data; boundary=XYZ' } }), 400, /malformed|ended early/)
    })

    for (const name of ['../../etc/passwd', '/etc/passwd', 'a/../../b', 'a/./b', 'a\\..\\b', '..']) {
      test(`rejects the path-traversal name ${JSON.stringify(name)}`, async () => {
        await expectError(await addFilesRaw(node, name), 400, /is not allowed: names must be relative paths/)
      })
    }

    test('rejects a bad name after a good file without storing a pin for the good one', async () => {
      const good = deterministicBytes(100, 'before-bad-name')
      const form = new FormData()
      form.append('file', new Blob([good]), 'good.bin')
      form.append('file', new Blob([helloWorld]), encodeURIComponent('../bad'))
      await expectError(await rpc(node, 'add', {}, { body: form }), 400, /"\.\.\/bad" is not allowed/)
      const goodCid = await addBytes(node, good, { 'only-hash': 'true' })
      await expectError(await rpc(node, 'pin/ls', { arg: goodCid }), 404, /is not pinned/)
    })

    test('rejects unsupported options with a message that says what is supported', async () => {
      const form = () => {
        const body = new FormData()
        body.append('file', new Blob([helloWorld]), 'a')
        return body
      }
      await expectError(await rpc(node, 'add', { 'cid-version': '2' }, { body: form() }), 400, /cid-version "2": use 0 or 1/)
      await expectError(await rpc(node, 'add', { chunker: 'size-1048576' }, { body: form() }), 400, /only size-262144/)
      await expectError(await rpc(node, 'add', { hash: 'blake3' }, { body: form() }), 400, /only sha2-256/)
      await expectError(await rpc(node, 'add', { 'raw-leaves': 'true' }, { body: form() }), 400, /raw-leaves needs cid-version=1/)
      await expectError(await rpc(node, 'add', { pin: 'maybe' }, { body: form() }), 400, /"pin" must be true or false/)
    })
  })

  describe('cat', () => {
    test('streams a file, with offset and length', async () => {
      const bytes = deterministicBytes(600_000, 'cat')
      const cid = await addBytes(node, bytes)
      assert.deepEqual(new Uint8Array(await (await rpc(node, 'cat', { arg: cid })).arrayBuffer()), bytes)
      const slice = await rpc(node, 'cat', { arg: `/ipfs/${cid}`, offset: '262140', length: '10' })
      assert.deepEqual(new Uint8Array(await slice.arrayBuffer()), bytes.subarray(262_140, 262_150))
    })

    test('explains a missing argument, an invalid CID, an unknown CID, a directory and a missing link', async () => {
      await expectError(await rpc(node, 'cat'), 400, /argument "ipfs-path" is required/)
      await expectError(await rpc(node, 'cat', { arg: 'not-a-cid' }), 400, /invalid CID "not-a-cid"/)
      await expectError(await rpc(node, 'cat', { arg: UNKNOWN_CID }), 404, new RegExp(`block ${UNKNOWN_CID} is not stored on this node`))
      const [directory] = await addFiles(node, [{ name: 'dir/a.txt', bytes: helloWorld }], { 'wrap-with-directory': 'true' }).then((lines) => lines.filter((line) => line.Name === ''))
      await expectError(await rpc(node, 'cat', { arg: directory!.Hash! }), 400, /this dag node is a directory/)
      await expectError(await rpc(node, 'cat', { arg: `${directory!.Hash}/nothing-here` }), 404, /No link "nothing-here"/)
      await expectError(await rpc(node, 'cat', { arg: HELLO_V0, offset: '-1' }), 400, /"offset" must be a non-negative integer/)
    })
  })

  describe('pin/add and pin/ls', () => {
    test('pins a stored DAG and lists it by type, in both of Kubo\'s output forms', async () => {
      const cid = await addBytes(node, deterministicBytes(300_000, 'pin-me'), { pin: 'false', 'cid-version': '1' })
      assert.deepEqual(await (await rpc(node, 'pin/add', { arg: cid })).json(), { Pins: [cid] })
      const listed = (await (await rpc(node, 'pin/ls', { arg: cid })).json()) as { Keys: Record<string, { Type: string }> }
      assert.deepEqual(listed.Keys, { [cid]: { Type: 'recursive' } })
      const streamed = (await (await rpc(node, 'pin/ls', { stream: 'true', type: 'indirect' })).text()).trim().split('\n').map((line) => JSON.parse(line))
      assert.ok(streamed.length >= 2 && streamed.every((pin) => pin.Type === 'indirect' && typeof pin.Cid === 'string'))
      const leaf = streamed.find((pin) => CID.parse(pin.Cid).code === 0x55)!.Cid
      const leafPin = (await (await rpc(node, 'pin/ls', { arg: leaf })).json()) as { Keys: Record<string, { Type: string }> }
      assert.match(leafPin.Keys[leaf]!.Type, /^indirect through /)
    })

    test('a direct pin covers one block', async () => {
      const cid = await addBytes(node, deterministicBytes(10, 'direct'), { pin: 'false' })
      await rpc(node, 'pin/add', { arg: cid, recursive: 'false' })
      const listed = (await (await rpc(node, 'pin/ls', { type: 'direct' })).json()) as { Keys: Record<string, { Type: string }> }
      assert.deepEqual(listed.Keys[cid], { Type: 'direct' })
    })

    test('explains unknown CIDs, unpinned CIDs and bad types', async () => {
      await expectError(await rpc(node, 'pin/add', { arg: UNKNOWN_CID }), 404, /is not stored on this node/)
      await expectError(await rpc(node, 'pin/add'), 400, /argument "ipfs-path" is required/)
      const unpinned = await addBytes(node, deterministicBytes(10, 'never-pinned'), { pin: 'false' })
      await expectError(await rpc(node, 'pin/ls', { arg: unpinned }), 404, /is not pinned/)
      await expectError(await rpc(node, 'pin/ls', { type: 'sideways' }), 400, /invalid type "sideways"/)
    })
  })

  test('version and id answer like Kubo', async () => {
    const version = (await (await rpc(node, 'version')).json()) as { Version: string; System: string }
    assert.match(version.Version, /^\d+\.\d+\.\d+/)
    const id = (await (await rpc(node, 'id')).json()) as { ID: string; PublicKey: string; AgentVersion: string }
    assert.match(id.ID, /^12D3KooW/)
    assert.match(id.AgentVersion, /^scipio-evidence-node\//)
  })

  test('only POST is accepted', async () => {
    await expectError(await fetch(`${node.apiUrl}/api/v0/version`), 405, /only accepts POST/)
    await expectError(await fetch(`${node.apiUrl}/api/v0/cat?arg=${HELLO_V0}`, { method: 'PUT' }), 405, /only accepts POST/)
  })

  test('unknown commands and paths are 404 with a Kubo error', async () => {
    await expectError(await rpc(node, 'block/rm'), 404, /unknown command "\/api\/v0\/block\/rm"/)
    await expectError(await fetch(`${node.apiUrl}/`, { method: 'POST' }), 404, /unknown command/)
  })

  test('browser requests (with an Origin) are refused, preflight included', async () => {
    await expectError(await rpc(node, 'version', {}, { headers: { origin: 'http://localhost:3000' } }), 403, /does not accept browser requests/)
    await expectError(await fetch(`${node.apiUrl}/api/v0/add`, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000' } }), 403, /browser/)
  })

  test('no error message reveals a file system path', () => {
    assert.ok(messages.length > 20)
    for (const message of messages) {
      assert.ok(!message.includes(node.repo), message)
      assert.doesNotMatch(message, /\/(tmp|home|root|var|work)\//)
    }
  })
})

function addFilesRaw(node: TestNode, fileName: string) {
  // FormData would escape the name; Kubo clients URL-encode it, which is what we send.
  const boundary = 'scipio-boundary'
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(fileName)}"\r\nContent-Type: application/octet-stream\r\n\r\nhello\r\n--${boundary}--\r\n`
  return rpc(node, 'add', {}, { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } })
}
