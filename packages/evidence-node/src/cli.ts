import { parseArgs } from 'node:util'
import { startEvidenceNode } from './index.ts'

const usage =
  'usage: scipio-evidence-node --repo <dir> [--api 127.0.0.1:5001] [--gateway 127.0.0.1:8080] [--max-body-bytes 33554432] (port 0 picks a free port)'

function parseHostPort(text: string, option: string): { host: string; port: number } {
  const match = text.match(/^(?:\[?([^\]]+?)\]?:)?(\d+)$/)
  if (!match) throw new Error(`--${option} must be host:port or port, not "${text}"\n${usage}`)
  return { host: match[1] ?? '127.0.0.1', port: Number(match[2]) }
}

const { values } = parseArgs({
  options: {
    repo: { type: 'string' },
    api: { type: 'string', default: '127.0.0.1:5001' },
    gateway: { type: 'string', default: '127.0.0.1:8080' },
    'max-body-bytes': { type: 'string' },
  },
})
if (!values.repo) {
  console.error(usage)
  process.exit(2)
}
const api = parseHostPort(values.api!, 'api')
const gateway = parseHostPort(values.gateway!, 'gateway')
if (api.host !== gateway.host) {
  console.error(`--api and --gateway must use the same host\n${usage}`)
  process.exit(2)
}
const maxBodyText = values['max-body-bytes']
if (maxBodyText !== undefined && !/^[1-9]\d*$/.test(maxBodyText)) {
  console.error(`--max-body-bytes must be a positive integer, not "${maxBodyText}"\n${usage}`)
  process.exit(2)
}
const node = await startEvidenceNode({
  repo: values.repo,
  host: api.host,
  apiPort: api.port,
  gatewayPort: gateway.port,
  maxBodyBytes: maxBodyText === undefined ? undefined : Number(maxBodyText),
})
// One JSON line, so that scripts and test harnesses can read the ports actually bound.
console.log(JSON.stringify({ api: node.apiUrl, gateway: node.gatewayUrl }))

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void node.close().then(() => process.exit(0)))
}
