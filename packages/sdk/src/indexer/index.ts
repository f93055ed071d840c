import { createIndexerClient, IndexerUnavailableError, type IndexerClient } from "./client.ts";
import { assessIndex, type ChainAtIndexed, type IndexAssessment } from "./freshness.ts";
import { queryIndexedBlock, queryList, type Fields, type ListParams, type ListSpec, type RowOf } from "./lists.ts";
import type { Address } from "viem";
import * as specs from "./specs.ts";

export { assessIndex, createIndexerClient, IndexerUnavailableError, queryIndexedBlock, queryList, specs };
export type { ChainAtIndexed, IndexAssessment };
export type { IndexerClient };
export type { IndexedBlock, ListPage, ListParams, ListSpec, RowOf, SortDirection } from "./lists.ts";

export type ProjectRow = RowOf<typeof specs.projectList.fields>;
export type ParticipantRow = RowOf<typeof specs.roleMemberList.fields>;
export type PricePointRow = RowOf<typeof specs.pricePointList.fields>;
export type NodeRow = RowOf<typeof specs.nodeList.fields>;
export type TradeRow = RowOf<typeof specs.tradeList.fields>;
export type ActivityRow = RowOf<typeof specs.activityList.fields>;
export type AuctionRow = RowOf<typeof specs.auctionList.fields>;
export type BidRow = RowOf<typeof specs.bidList.fields>;
export type InvestmentRow = RowOf<typeof specs.investmentList.fields>;
export type BandwidthTokenRow = RowOf<typeof specs.bandwidthTokenList.fields>;
export type GovernanceOperationRow = RowOf<typeof specs.governanceOperationList.fields>;
export type CompensationPeriodRow = RowOf<typeof specs.compensationPeriodList.fields>;
export type PositionRow = RowOf<typeof specs.positionList.fields>;
export type ConsumptionRow = RowOf<typeof specs.consumptionList.fields>;
export type ExpenseRow = RowOf<typeof specs.expenseList.fields>;
export type ReviewRow = RowOf<typeof specs.reviewList.fields>;
export type DisputeRow = RowOf<typeof specs.disputeList.fields>;
export type ResolverRow = RowOf<typeof specs.resolverList.fields>;
export type CustomerRow = RowOf<typeof specs.customerList.fields>;
export type CustomerPaymentRow = RowOf<typeof specs.customerPaymentList.fields>;
export type InvoiceRow = RowOf<typeof specs.invoiceList.fields>;

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
  investments: list(specs.investmentList),
  governanceOperations: list(specs.governanceOperationList),
  governanceCalls: list(specs.governanceCallList),
  periods: list(specs.compensationPeriodList),
  positions: list(specs.positionList),
  consumption: list(specs.consumptionList),
  expenses: list(specs.expenseList),
  reviews: list(specs.reviewList),
  disputes: list(specs.disputeList),
  resolvers: list(specs.resolverList),
  customers: list(specs.customerList),
  customerPayments: list(specs.customerPaymentList),
  invoices: list(specs.invoiceList),
  tariffs: list(specs.tariffList),
  nodes: list(specs.nodeList),
  activity: list(specs.activityList),
  indexedBlock: queryIndexedBlock,
} as const;

/**
 * The disputes `party` opened or must answer (a party is either side, so this is an OR the list filters
 * cannot say): `disputesOfParty(client, me, { filter: { status_not: 5 } })` for its open disputes.
 */
export function disputesOfParty(client: IndexerClient, party: Address, params: ListParams<typeof specs.disputeList.fields> = {}) {
  const account = party.toLowerCase();
  const either = { OR: [{ opener: account }, { respondent: account }] };
  return queryList(client, specs.disputeList, { ...params, filter: { ...params.filter, ...either } as ListParams<typeof specs.disputeList.fields>["filter"] });
}

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
