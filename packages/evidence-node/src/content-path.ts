import { base32 } from 'multiformats/bases/base32'
import { base36 } from 'multiformats/bases/base36'
import { base58btc } from 'multiformats/bases/base58'
import { CID } from 'multiformats/cid'
import { badRequest } from './errors.ts'

export interface ContentPath {
  cid: CID
  /** Decoded path segments below the CID, never "." or "..". */
  segments: string[]
}

const cidDecoder = base32.decoder.or(base58btc.decoder).or(base36.decoder)

/** Parses `/ipfs/<cid>/a/b` or `<cid>/a/b` (segments may be percent-encoded). */
export function parseContentPath(text: string): ContentPath {
  const [cidText = '', ...rest] = text.replace(/^\/ipfs\//, '').split('/')
  let cid: CID
  try {
    cid = CID.parse(cidText, cidDecoder)
  } catch (error) {
    throw badRequest(`invalid CID ${JSON.stringify(cidText)}: ${(error as Error).message}`)
  }
  const segments = rest.filter((segment) => segment !== '').map(decodeSegment)
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    throw badRequest('path segments "." and ".." are not allowed under a CID')
  }
  return { cid, segments }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw badRequest(`path segment ${JSON.stringify(segment)} is not valid percent-encoding`)
  }
}
