// Add and gateway read of a 50 MiB file on a fresh node (not a test: it prints MB/s only).
import { addBytes, deterministicBytes, removeRepo, startTestNode } from '../test/helpers.ts'

const SIZE = 50 * 1_048_576
const ROUNDS = 3
const megabytesPerSecond = (bytes: number, milliseconds: number) => bytes / 1e6 / (milliseconds / 1000)

const node = await startTestNode(undefined, { maxBodyBytes: 64 * 1_048_576 })
try {
  for (let round = 1; round <= ROUNDS; round++) {
    const bytes = deterministicBytes(SIZE, `bench-${round}`)
    let started = performance.now()
    const cid = await addBytes(node, bytes, { 'cid-version': '1' })
    const addMilliseconds = performance.now() - started

    started = performance.now()
    const response = await fetch(`${node.gatewayUrl}/ipfs/${cid}`)
    let received = 0
    for await (const chunk of response.body!) received += chunk.length
    const readMilliseconds = performance.now() - started
    if (received !== SIZE) throw new Error(`gateway returned ${received} bytes, expected ${SIZE}`)

    started = performance.now()
    const car = await fetch(`${node.gatewayUrl}/ipfs/${cid}?format=car`)
    let carBytes = 0
    for await (const chunk of car.body!) carBytes += chunk.length
    const carMilliseconds = performance.now() - started

    console.log(
      `round ${round}: add ${megabytesPerSecond(SIZE, addMilliseconds).toFixed(1)} MB/s, ` +
        `gateway read ${megabytesPerSecond(SIZE, readMilliseconds).toFixed(1)} MB/s, ` +
        `CAR read ${megabytesPerSecond(carBytes, carMilliseconds).toFixed(1)} MB/s (50 MiB, ${cid})`,
    )
  }
} finally {
  await node.close()
  await removeRepo(node.repo)
}
