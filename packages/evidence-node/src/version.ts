import { createRequire } from 'node:module'

export const NODE_VERSION: string = createRequire(import.meta.url)('../package.json').version
