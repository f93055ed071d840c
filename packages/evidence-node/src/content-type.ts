import { fileTypeFromBuffer } from 'file-type'

/** How many leading bytes are enough to recognise a type (file-type's own recommendation is 4100). */
export const SNIFF_BYTES = 4100

/** Types a browser would run or render as a document with access to the origin. */
const ACTIVE_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'application/xml',
  'text/xml',
  'application/javascript',
  'text/javascript',
  'application/x-shockwave-flash',
])

export const PLAIN_TEXT = 'text/plain; charset=utf-8'

/**
 * The Content-Type to serve, judged from the bytes alone (never from a file name). Text is served
 * as plain text, so HTML, SVG and XML documents are shown as source rather than rendered.
 */
export async function sniffContentType(head: Uint8Array): Promise<string> {
  const detected = await fileTypeFromBuffer(head)
  if (detected) return ACTIVE_TYPES.has(detected.mime) ? PLAIN_TEXT : detected.mime
  if (!looksLikeText(head)) return 'application/octet-stream'
  return /^\s*[[{]/.test(new TextDecoder().decode(head.subarray(0, 64))) ? 'application/json' : PLAIN_TEXT
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false
  try {
    // Streaming mode, because the head may end inside a multi-byte character.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true })
    return true
  } catch {
    return false
  }
}
