import { createIndexerClient, IndexerUnavailableError, type IndexerClient } from "./client.ts";
import { queryIndexedBlock, queryList, type Fields, type ListParams, type ListSpec, type RowOf } from "./lists.ts";
import * as specs from "./specs.ts";

export { createIndexerClient, IndexerUnavailableError, queryIndexedBlock, queryList, specs };
export type { IndexerClient };
export type { IndexedBlock, ListPage, ListParams, ListSpec, RowOf, SortDirection } from "./lists.ts";

export type ProjectRow = RowOf<typeof specs.projectList.fields>;
export type ParticipantRow = RowOf<typeof specs.roleMemberList.fields>;
export type PricePointRow = RowOf<typeof specs.pricePointList.fields>;
export type NodeRow = RowOf<typeof specs.nodeList.fields>;
export type TradeRow = RowOf<typeof specs.tradeList.fields>;
export type ActivityRow = RowOf<typeof specs.activityList.fields>;

/** A typed list query per table: `indexer.projects(client, { filter: { stage: 1 }, orderBy: "cost" })`. */
function list<F extends Fields>(spec: ListSpec<F>) {
  return (client: IndexerClient, params?: ListParams<F>) => queryList(client, spec, params);
}

export const indexer = {
  projects: list(specs.projectList),
  projectStakes: list(specs.projectStakeList),
  taskLists: list(specs.taskListList),
  tasks: list(specs.taskRows),
  validations: list(specs.validationList),
  polls: list(specs.pollList),
  votes: list(specs.voteList),
  trades: list(specs.tradeList),
  pricePoints: list(specs.pricePointList),
  members: list(specs.memberList),
  participants: list(specs.roleMemberList),
  sptPurchases: list(specs.sptPurchaseList),
  sptSales: list(specs.sptSaleRow),
  bandwidthTokens: list(specs.bandwidthTokenList),
  auctions: list(specs.auctionList),
  bids: list(specs.bidList),
  nodes: list(specs.nodeList),
  activity: list(specs.activityList),
  indexedBlock: queryIndexedBlock,
} as const;

export type IndexerList = Exclude<keyof typeof indexer, "indexedBlock">;

/**
 * TanStack Query options for a list: `useQuery(indexerQueryOptions(client, "projects", { limit: 20 }))`.
 * The key holds the indexer's URL and the parameters, so each page and filter is its own cache entry.
 */
export function indexerQueryOptions<L extends IndexerList>(client: IndexerClient, name: L, params?: Parameters<(typeof indexer)[L]>[1]) {
  const run = indexer[name] as (client: IndexerClient, params?: unknown) => ReturnType<(typeof indexer)[L]>;
  return {
    // TanStack Query hashes keys as JSON, which has no big numbers.
    queryKey: ["scipio-indexer", client.url, name, JSON.parse(JSON.stringify(params ?? {}, (_, value) => (typeof value === "bigint" ? value.toString() : value)))] as const,
    queryFn: () => run(client, params),
  };
}
