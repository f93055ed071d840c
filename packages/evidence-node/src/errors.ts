/**
 * Errors whose messages are safe to show to any client: they never carry a file system path or a
 * stack. Anything else that escapes a handler is logged and answered with a generic message.
 */
export class NodeError extends Error {
  constructor(
    message: string,
    /** HTTP status of the response that reports this error. */
    readonly status: number,
  ) {
    super(message)
    this.name = 'NodeError'
  }
}

export const badRequest = (message: string) => new NodeError(message, 400)
export const notFound = (message: string) => new NodeError(message, 404)
export const bodyTooLarge = (limit: number) =>
  new NodeError(`request body too large: this node accepts at most ${limit} bytes per request`, 413)

/** Kubo's command error codes (go-ipfs-cmds): 0 normal, 1 client, 3 not found. */
export function kuboErrorCode(error: NodeError): number {
  if (error.status === 404) return 3
  if (error.status >= 400 && error.status < 500) return 1
  return 0
}

export function asNodeError(error: unknown, whileDoing: string): NodeError {
  if (error instanceof NodeError) return error
  console.error(`evidence-node: unexpected error while ${whileDoing}:`, error)
  return new NodeError(`internal error while ${whileDoing}`, 500)
}
