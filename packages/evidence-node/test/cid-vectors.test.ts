import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { sha256 } from 'multiformats/hashes/sha2'
import { addBytes, debianIpfsCidV0, deterministicBytes, referenceCidV1, removeRepo, startTestNode, type TestNode } from './helpers.ts'

const MiB = 1_048_576
const helloWorld = new TextEncoder().encode('hello world\n')

/**
 * Known answers. The v0 values agree with Debian's `ipfs-cid` (Kubo's default `ipfs add`), the
 * v1 values with @ipld/unixfs configured as `ipfs add --cid-version=1`; both are re-checked below
 * when those references are available, and these constants keep the test meaningful when not.
 */
const vectors = [
  { name: 'empty file', bytes: () => new Uint8Array(), v0: 'QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH', v1: 'bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku' },
  { name: '"hello world\\n"', bytes: () => helloWorld, v0: 'QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o', v1: 'bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4' },
  { name: 'exactly one chunk (262144 B)', bytes: () => deterministicBytes(262_144), v0: 'QmSE4cArLEEgpRY98vSPoxUoGVCovTuWHrEoVjMQPvyrTQ', v1: 'bafkreicu2m3wkplojuy7l6ty3nwhvzlrsglutqfqgc3jmiskz7buoglzo4' },
  { name: 'one chunk plus one byte (262145 B)', bytes: () => deterministicBytes(262_145), v0: 'QmNcgdtaD25LNU9xhwzXub6Zqbo5pZSgZ2TWtwtN3oCueS', v1: 'bafybeibqfzbeevnd377srtdwb7lial5cyck66vdxbvb7cbnlvrvjaphesy' },
  { name: '5 MiB + 1 B', bytes: () => deterministicBytes(5 * MiB + 1), v0: 'QmYq9vDa7CBR3mdXU4L1MMng4dRsXvdZzZfNSfsiq3AF3d', v1: 'bafybeigerdea6dgnus6h4xinthdrhypxthenhustmifygrsyhhaj4skim4' },
  // 180 chunks: more than the 174 links one node may hold, so the tree has two levels.
  { name: '45 MiB (two-level tree)', bytes: () => deterministicBytes(45 * MiB), v0: 'QmYUWz2Diax6ViLTt3Bi9Rcf1G9TE1dZF8b4J5PcBgqLS5', v1: 'bafybeihivrq5hleimyahwstkqe2k7rdnox2xkgew5besoyu44ntdnwmiiy' },
]

describe('CIDs identical to Kubo', () => {
  let node: TestNode
  // The 45 MiB vector is larger than the default body limit.
  before(async () => (node = await startTestNode(undefined, { maxBodyBytes: 64 * MiB })))
  after(async () => {
    await node.close()
    await removeRepo(node.repo)
  })

  for (const vector of vectors) {
    test(`${vector.name}: default add gives Kubo's CIDv0, cid-version=1 its raw-leaf CIDv1`, async (t) => {
      const bytes = vector.bytes()
      assert.equal(await addBytes(node, bytes), vector.v0)
      assert.equal(await addBytes(node, bytes, { 'cid-version': '1' }), vector.v1)

      assert.equal(await referenceCidV1(bytes), vector.v1, '@ipld/unixfs disagrees with the known CIDv1')
      const file = join(node.repo, 'vector.bin')
      await writeFile(file, bytes)
      const debianCid = await debianIpfsCidV0(file)
      if (debianCid === undefined) t.diagnostic('ipfs_cid not installed (apt-get install ipfs-cid): Debian cross-check skipped')
      else assert.equal(debianCid, vector.v0, "Debian's ipfs-cid disagrees with the known CIDv0")
    })
  }

  test('a single-chunk CIDv1 is the raw sha2-256 of the bytes', async () => {
    const expected = CID.createV1(raw.code, await sha256.digest(helloWorld)).toString()
    assert.equal(await addBytes(node, helloWorld, { 'cid-version': '1' }), expected)
  })

  test('cid-version=1 with raw-leaves=false keeps dag-pb leaves, like Kubo', async () => {
    const cid = CID.parse(await addBytes(node, helloWorld, { 'cid-version': '1', 'raw-leaves': 'false' }))
    assert.equal(cid.version, 1)
    assert.equal(cid.toV0().toString(), 'QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o')
  })
})
