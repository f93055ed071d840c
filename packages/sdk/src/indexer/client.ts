/**
 * The indexer's GraphQL API (apps/indexer, Ponder) behind typed list queries. Plain `fetch`, no client
 * library: the functions run on the server while rendering and, through TanStack Query's options
 * (`indexerQueryOptions`), in the browser.
 */

/** The indexer did not answer, answered an error, or is not configured. Pages fall back to the chain. */
export class IndexerUnavailableError extends Error {
  constructor(
    message: string,
    readonly url: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "IndexerUnavailableError";
  }
}

export type IndexerClient = {
  url: string;
  /** Runs one GraphQL query; throws `IndexerUnavailableError` on any failure. */
  query<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
};

export type IndexerClientOptions = { timeoutMs?: number; fetch?: typeof fetch };

export function createIndexerClient(url: string, { timeoutMs = 3_000, fetch: fetchImpl = fetch }: IndexerClientOptions = {}): IndexerClient {
  const endpoint = `${url.replace(/\/$/, "")}/graphql`;
  return {
    url,
    async query<T>(document: string, variables: Record<string, unknown> = {}) {
      let response: Response;
      try {
        response = await fetchImpl(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: document, variables }),
          signal: AbortSignal.timeout(timeoutMs),
          cache: "no-store",
        });
      } catch (error) {
        throw new IndexerUnavailableError(`the indexer at ${url} did not answer`, url, { cause: error });
      }
      // Ponder answers 503 until its backfill is done.
      if (!response.ok) throw new IndexerUnavailableError(`the indexer at ${url} answered ${response.status}`, url);
      const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length || !body.data) {
        throw new IndexerUnavailableError(`the indexer refused the query: ${body.errors?.map((error) => error.message).join("; ")}`, url);
      }
      return body.data;
    },
  };
}
