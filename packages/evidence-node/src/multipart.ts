import type { IncomingMessage } from 'node:http'
import busboy from 'busboy'
import type { ImportCandidate } from 'ipfs-unixfs-importer'
import { NodeError, badRequest, bodyTooLarge } from './errors.ts'

export interface CountedCandidate {
  candidate: ImportCandidate
  /** Bytes read so far from this part: final once the importer has consumed its content. */
  bytesRead(): number
}

/**
 * The parts of a Kubo `add` body (files and `application/x-directory` entries) as importer
 * candidates, in order. Busboy only emits the next part once the current one has been read, so
 * the importer pulls the body through at its own pace. A body longer than `maxBodyBytes` fails
 * the import with a 413 as soon as its bytes pass the limit, whatever its Content-Length said.
 */
export async function* multipartCandidates(request: IncomingMessage, maxBodyBytes: number): AsyncGenerator<CountedCandidate> {
  const contentType = request.headers['content-type'] ?? ''
  if (!/^multipart\/form-data\s*;.*boundary=/i.test(contentType)) {
    throw badRequest('add needs a multipart/form-data body (with a boundary) holding the file to add')
  }
  const parser = busboy({ headers: request.headers, preservePath: true, defParamCharset: 'utf8' })
  const queue = new AsyncQueue<CountedCandidate>()
  let currentStream: NodeJS.ReadableStream & { destroy(error?: Error): void } | undefined
  const fail = (error: Error) => {
    queue.fail(error)
    // A part half-read by the importer would otherwise wait forever for its end.
    currentStream?.destroy(error)
  }
  parser.on('file', (_field, stream, info) => {
    // Failures reach the importer through the queue or its own read of the stream; this listener
    // only keeps a destroyed, unread part from crashing the process.
    stream.on('error', () => {})
    currentStream = stream
    let path: string | undefined
    try {
      path = entryPath(info.filename)
    } catch (error) {
      stream.resume()
      fail(error as Error)
      return
    }
    if (info.mimeType === 'application/x-directory') {
      stream.resume()
      queue.push({ candidate: { path: path ?? '' }, bytesRead: () => 0 })
      return
    }
    let bytes = 0
    async function* content() {
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          bytes += chunk.length
          yield chunk
        }
      } catch (error) {
        throw error instanceof NodeError ? error : badRequest('the multipart body is malformed: it ends inside a file')
      }
    }
    queue.push({ candidate: { path, content: content() }, bytesRead: () => bytes })
  })
  parser.on('field', () => {})
  parser.on('error', () => fail(badRequest('the multipart body is malformed')))
  parser.on('close', () => queue.end())
  request.on('aborted', () => fail(badRequest('the request body ended early')))
  let received = 0
  const countBody = (chunk: Buffer) => {
    received += chunk.length
    if (received <= maxBodyBytes) return
    request.off('data', countBody)
    request.unpipe(parser)
    fail(bodyTooLarge(maxBodyBytes))
  }
  request.on('data', countBody)
  request.pipe(parser)
  yield* queue
}

/**
 * Kubo clients URL-encode each part's path. It must stay relative and inside the added tree:
 * no absolute paths, no "." or ".." segments, no backslashes, no control characters.
 * An empty name is an unnamed file (Kubo then names it by its CID).
 */
export function entryPath(encodedName: string | undefined): string | undefined {
  if (encodedName === undefined || encodedName === '') return undefined
  let name: string
  try {
    name = decodeURIComponent(encodedName)
  } catch {
    throw badRequest(`file name "${encodedName}" is not valid URL encoding`)
  }
  const segments = name.split('/')
  const unsafe =
    name.startsWith('/') ||
    name.includes('\\') ||
    /[\u0000-\u001f\u007f]/.test(name) ||
    segments.some((segment) => segment === '..' || segment === '.')
  if (unsafe) {
    throw badRequest(`file name ${JSON.stringify(name)} is not allowed: names must be relative paths without "." or ".." segments`)
  }
  return segments.filter((segment) => segment !== '').join('/')
}

/** A minimal push-to-pull bridge from event callbacks to `for await`. */
class AsyncQueue<T> implements AsyncIterable<T> {
  readonly #items: T[] = []
  #failure: Error | undefined
  #ended = false
  #wake: (() => void) | undefined

  push(item: T): void {
    this.#items.push(item)
    this.#wake?.()
  }

  end(): void {
    this.#ended = true
    this.#wake?.()
  }

  fail(error: Error): void {
    this.#failure ??= error
    this.#wake?.()
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    while (true) {
      if (this.#failure) throw this.#failure
      const item = this.#items.shift()
      if (item !== undefined) {
        yield item
        continue
      }
      if (this.#ended) return
      await new Promise<void>((resolve) => (this.#wake = resolve))
      this.#wake = undefined
    }
  }
}
