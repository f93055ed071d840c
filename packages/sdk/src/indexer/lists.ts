import type { Address, Hex } from "viem";
import type { IndexerClient } from "./client.ts";

/*//////////////////////////////////////////////////////////////
                        ROWS AND THEIR FIELDS
//////////////////////////////////////////////////////////////*/

/** How a field comes over GraphQL (big numbers as strings) and what the row holds. */
export type FieldKind = "bigint" | "bigint?" | "int" | "int?" | "text" | "text?" | "hex" | "hex?" | "bool" | "bool?" | "json";
type FieldValue<K extends FieldKind> = K extends "bigint"
  ? bigint
  : K extends "bigint?"
    ? bigint | null
    : K extends "int"
      ? number
      : K extends "int?"
        ? number | null
        : K extends "text"
          ? string
          : K extends "text?"
            ? string | null
            : K extends "hex"
              ? Hex
              : K extends "hex?"
                ? Hex | null
                : K extends "bool"
                  ? boolean
                  : K extends "bool?"
                    ? boolean | null
                    : unknown;
export type Fields = Record<string, FieldKind>;
export type RowOf<F extends Fields> = { -readonly [name in keyof F]: FieldValue<F[name]> };

function parseRow<F extends Fields>(fields: F, raw: Record<string, unknown>): RowOf<F> {
  const row: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(fields)) {
    const value = raw[name];
    row[name] = value === null || value === undefined ? null : kind.startsWith("bigint") ? BigInt(value as string) : value;
  }
  return row as RowOf<F>;
}

/*//////////////////////////////////////////////////////////////
                        LIST QUERY PARAMETERS
//////////////////////////////////////////////////////////////*/

export type SortDirection = "asc" | "desc";

/**
 * One page of a list: `filter` is Ponder's where-object (e.g. `{ stage: 1, cost_gte: "10" }`), `search`
 * matches the list's text fields (case-insensitive where the column is text, by prefix or part of an
 * address otherwise), `after`/`before` are the cursors of the page returned before.
 */
export type ListParams<F extends Fields> = {
  filter?: Partial<Record<`${keyof F & string}${"" | "_not" | "_in" | "_gt" | "_gte" | "_lt" | "_lte" | "_contains"}`, unknown>>;
  search?: string;
  orderBy?: keyof F & string;
  orderDirection?: SortDirection;
  limit?: number;
  after?: string;
  before?: string;
};

/**
 * What the indexer had indexed when it answered: every page that shows indexed data shows this. `hash` is
 * the indexed block's hash (from the indexer's `indexedHead` row), undefined when the answer did not carry
 * it for this very block: the number and timestamp alone cannot tell two forks apart (see `assessIndex`).
 */
export type IndexedBlock = { number: bigint; timestamp: bigint; hash: Hex | undefined };

export type ListPage<Row> = {
  items: Row[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  indexedBlock: IndexedBlock | undefined;
};

/** Ponder caps a page at 1,000 rows. */
export const MAX_PAGE = 1_000;

/** A list: its GraphQL collection, its fields, its default order and the fields a search looks in. */
export type ListSpec<F extends Fields> = {
  /** The table's name in the indexer's schema (`project`): GraphQL's `projects` and `projectFilter`. */
  entity: string;
  fields: F;
  defaultOrder: { by: keyof F & string; direction: SortDirection };
  search: { text?: (keyof F & string)[]; hex?: (keyof F & string)[]; exact?: (keyof F & string)[] };
};

function searchFilter<F extends Fields>(spec: ListSpec<F>, term: string): Record<string, unknown>[] {
  const value = term.trim();
  if (!value) return [];
  const conditions: Record<string, unknown>[] = [];
  for (const field of spec.search.text ?? []) conditions.push({ [`${field}_contains_nocase`]: value });
  // Addresses and digests are stored lowercase.
  if (/^(0x)?[0-9a-fA-F]+$/.test(value)) for (const field of spec.search.hex ?? []) conditions.push({ [`${field}_contains`]: value.toLowerCase() });
  if (/^\d{1,30}$/.test(value)) {
    for (const field of spec.search.exact ?? []) {
      const kind = spec.fields[field];
      conditions.push({ [field]: kind?.startsWith("int") ? Number(value) : value });
    }
  }
  // Nothing can match: an always-false condition keeps the page honest (empty) rather than unfiltered.
  return [{ OR: conditions.length > 0 ? conditions : [{ [`${spec.defaultOrder.by}_in`]: [] }] }];
}

/** GraphQL's BigInt scalar takes decimal strings. */
const graphqlValue = (value: unknown) => (typeof value === "bigint" ? value.toString() : value);

export function whereOf<F extends Fields>(spec: ListSpec<F>, params: Pick<ListParams<F>, "filter" | "search">): Record<string, unknown> {
  const filter = Object.fromEntries(
    Object.entries(params.filter ?? {})
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, Array.isArray(value) ? value.map(graphqlValue) : graphqlValue(value)]),
  );
  const search = params.search ? searchFilter(spec, params.search) : [];
  return search.length > 0 ? { AND: [filter, ...search] } : filter;
}

/** Ponder's status (number and timestamp) and the indexer's own head row (with the hash), in every answer. */
const META = "_meta { status } indexedHeads(limit: 1) { items { number hash } }";

type MetaStatus = Record<string, { id: number; block: { number: number; timestamp: number } | null }> | null;
type IndexedHeads = { items: { number: string; hash: Hex }[] } | null | undefined;
type Meta = { _meta: { status: MetaStatus }; indexedHeads?: IndexedHeads };

/**
 * The indexed block from Ponder's status, with the hash of the indexer's head row when that row is for the
 * same block (the two are read apart: a block indexed between them leaves the hash unknown for this answer).
 */
export function indexedBlockOf(status: MetaStatus, heads?: IndexedHeads): IndexedBlock | undefined {
  const block = status ? Object.values(status)[0]?.block : undefined;
  if (!block) return undefined;
  const number = BigInt(block.number);
  const head = heads?.items[0];
  return { number, timestamp: BigInt(block.timestamp), hash: head && BigInt(head.number) === number ? head.hash : undefined };
}

/** One page of `spec`'s list, with the indexed block in the same answer. */
export async function queryList<F extends Fields>(client: IndexerClient, spec: ListSpec<F>, params: ListParams<F> = {}): Promise<ListPage<RowOf<F>>> {
  const limit = Math.min(Math.max(1, params.limit ?? 20), MAX_PAGE);
  const document = `query List($where: ${spec.entity}Filter, $orderBy: String, $orderDirection: String, $limit: Int, $after: String, $before: String) {
    page: ${spec.entity}s(where: $where, orderBy: $orderBy, orderDirection: $orderDirection, limit: $limit, after: $after, before: $before) {
      items { ${Object.keys(spec.fields).join(" ")} }
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    ${META}
  }`;
  const data = await client.query<{ page: { items: Record<string, unknown>[]; totalCount: number; pageInfo: ListPage<unknown>["pageInfo"] } } & Meta>(
    document,
    {
      where: whereOf(spec, params),
      orderBy: params.orderBy ?? spec.defaultOrder.by,
      orderDirection: params.orderDirection ?? spec.defaultOrder.direction,
      limit,
      after: params.after,
      before: params.before,
    },
  );
  return {
    items: data.page.items.map((raw) => parseRow(spec.fields, raw)),
    totalCount: data.page.totalCount,
    pageInfo: data.page.pageInfo,
    indexedBlock: indexedBlockOf(data._meta.status, data.indexedHeads),
  };
}

/** Only the indexed block (the staleness banner and health checks). */
export async function queryIndexedBlock(client: IndexerClient): Promise<IndexedBlock | undefined> {
  const data = await client.query<Meta>(`{ ${META} }`);
  return indexedBlockOf(data._meta.status, data.indexedHeads);
}

export type { Address };
