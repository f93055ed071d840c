import "server-only";
import { bandwidthAuctionAbi, bandwidthTokenAbi, platformTokenAbi, platformTokenSaleAbi } from "@scipio/sdk/abi";
import { indexer, type AuctionRow, type ListPage, type ListParams, type specs } from "@scipio/sdk/indexer";
import type { Address } from "viem";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
import { readAtLatestBlock, type ChainUnavailable } from "./read-at-latest-block";

/** The newest auctions the list and the chart show; older ones are left out (the page says so). */
export const AUCTIONS_SHOWN = 50;
/** `IBandwidthAuction.PRIORITY_WINDOW`, `HOLDING_PERIOD` and `COMMON_POOL_CLAIM_PERIOD`, in seconds. */
export const PRIORITY_WINDOW = 48n * 3600n;
export const HOLDING_PERIOD = 7n * 86_400n;
export const COMMON_POOL_CLAIM_PERIOD = 90n * 86_400n;

export type AuctionPhase = "upcoming" | "priority" | "open" | "settled" | "cancelled";

export type AuctionSummary = {
  id: bigint;
  token: Address;
  tokenSymbol: string;
  operator: Address;
  investmentId: bigint;
  /** Wei per whole IBT. */
  price: bigint;
  offered: bigint;
  sold: bigint;
  raised: bigint;
  startsAt: bigint;
  endsAt: bigint;
  settled: boolean;
  cancelled: boolean;
  proceedsClaimed: boolean;
  commonPoolClaimed: bigint;
  phase: AuctionPhase;
};

/**
 * Where an auction is at `now`: before its start; in the SPT holders' 48 hours; open to anyone; over (ended,
 * sold out or settled: its claims are open, and anyone may settle it first); or cancelled.
 */
export function phaseOf(auction: { startsAt: bigint; endsAt: bigint; offered: bigint; sold: bigint; settled: boolean; cancelled: boolean }, now: bigint): AuctionPhase {
  if (auction.cancelled) return "cancelled";
  if (auction.settled || now > auction.endsAt || auction.sold >= auction.offered) return "settled";
  if (now <= auction.startsAt) return "upcoming";
  if (now <= auction.startsAt + PRIORITY_WINDOW) return "priority";
  return "open";
}

type Client = Parameters<Parameters<typeof readAtLatestBlock>[1]>[0]["client"];

async function readAuctionAt(client: Client, auctionAddress: Address, blockNumber: bigint, now: bigint, id: bigint): Promise<AuctionSummary> {
  const auction = await client.readContract({ address: auctionAddress, abi: bandwidthAuctionAbi, functionName: "getAuction", args: [id], blockNumber });
  const tokenSymbol = await client.readContract({ address: auction.token, abi: bandwidthTokenAbi, functionName: "symbol", blockNumber });
  return {
    id,
    token: auction.token,
    tokenSymbol,
    operator: auction.operator,
    investmentId: auction.investmentId,
    price: auction.price,
    offered: auction.offered,
    sold: auction.sold,
    raised: auction.raised,
    startsAt: BigInt(auction.startsAt),
    endsAt: BigInt(auction.endsAt),
    settled: auction.settled,
    cancelled: auction.cancelled,
    proceedsClaimed: auction.proceedsClaimed,
    commonPoolClaimed: auction.commonPoolClaimed,
    phase: phaseOf({ ...auction, startsAt: BigInt(auction.startsAt), endsAt: BigInt(auction.endsAt) }, now),
  };
}

export type AuctionList = {
  /** Newest first, at most `AUCTIONS_SHOWN`. */
  auctions: AuctionSummary[];
  total: bigint;
  chainNow: bigint;
  /** When the SPT sale was finalized (0 while it is not): no auction starts before 7 days after. */
  saleFinalizedAt: bigint;
};

export type AuctionListRead = ({ status: "ok" } & AuctionList) | ChainUnavailable;

/** Every auction (the newest `AUCTIONS_SHOWN`) as of the latest block. */
export function readAuctions(): Promise<AuctionListRead> {
  return readAtLatestBlock(["BandwidthAuction", "PlatformTokenSale"], async ({ client, block, contracts }) => {
    const blockNumber = block.number;
    const [total, saleFinalizedAt] = await Promise.all([
      client.readContract({ address: contracts.BandwidthAuction, abi: bandwidthAuctionAbi, functionName: "auctionCount", blockNumber }),
      client.readContract({ address: contracts.PlatformTokenSale, abi: platformTokenSaleAbi, functionName: "finalizedAt", blockNumber }),
    ]);
    const ids: bigint[] = [];
    for (let id = total; id >= 1n && ids.length < AUCTIONS_SHOWN; id--) ids.push(id);
    const auctions = await Promise.all(ids.map((id) => readAuctionAt(client, contracts.BandwidthAuction, blockNumber, block.timestamp, id)));
    return { status: "ok", auctions, total, chainNow: block.timestamp, saleFinalizedAt } as const;
  });
}

/*//////////////////////////////////////////////////////////////
                     THE LIST, FROM THE INDEX
//////////////////////////////////////////////////////////////*/

export const AUCTION_PHASES = ["upcoming", "priority", "open", "settled", "cancelled"] as const satisfies readonly AuctionPhase[];
/** The most auctions the price and volume charts draw (the newest by start). */
export const CHART_AUCTIONS = 1_000;

export type AuctionsQuery = {
  phase: AuctionPhase | undefined;
  /** An auction id, an operator's or token's address (or part of it), or a token symbol. */
  search: string;
  after: string | undefined;
  before: string | undefined;
};

export type AuctionsPageRead = (
  | {
      status: "ok";
      /** This page, newest first. */
      auctions: AuctionSummary[];
      /** The auctions the charts draw (not cancelled, the newest `CHART_AUCTIONS` by start). */
      chartAuctions: AuctionSummary[];
      /** Auctions that match the phase and search. */
      total: number;
      /** Every auction, for "the newest 50 of N". */
      allCount: number;
      /** The time the phases are judged at: the indexed block's, or the chain's latest. */
      chainNow: bigint;
      saleFinalizedAt: bigint;
      /** The chain's latest block time, fresh: what the create form checks a start against. */
      formNow: bigint;
      pageInfo: ListPage<AuctionRow>["pageInfo"] | undefined;
    }
  | ChainUnavailable
) & { freshness: IndexFreshness };

type AuctionFilter = NonNullable<ListParams<typeof specs.auctionList.fields>["filter"]>;

/** Ponder's where-object for the auctions in `phase` at `now` (see `phaseOf`). */
function phaseFilter(phase: AuctionPhase | undefined, now: bigint): AuctionFilter {
  const running = { cancelled: false, settled: false, soldOut: false };
  switch (phase) {
    case undefined:
      return {};
    case "cancelled":
      return { cancelled: true };
    case "settled":
      return { cancelled: false, OR: [{ settled: true }, { soldOut: true }, { endsAt_lt: now.toString() }] } as AuctionFilter;
    case "upcoming":
      return { ...running, startsAt_gte: now };
    case "priority":
      return { ...running, startsAt_lt: now, startsAt_gte: now - PRIORITY_WINDOW, endsAt_gte: now };
    case "open":
      return { ...running, startsAt_lt: now - PRIORITY_WINDOW, endsAt_gte: now };
  }
}

function summaryOfRow(row: AuctionRow, now: bigint): AuctionSummary {
  return {
    id: row.id,
    token: row.token,
    tokenSymbol: row.tokenSymbol,
    operator: row.operator,
    investmentId: row.investmentId,
    price: row.price,
    offered: row.offered,
    sold: row.sold,
    raised: row.raised,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    settled: row.settled,
    cancelled: row.cancelled,
    proceedsClaimed: row.proceedsClaimed,
    commonPoolClaimed: row.commonPoolClaimed,
    phase: phaseOf(row, now),
  };
}

function matchesSearch(auction: AuctionSummary, search: string): boolean {
  const term = search.trim().toLowerCase();
  if (!term) return true;
  return (
    auction.id.toString() === term ||
    auction.operator.toLowerCase().includes(term) ||
    auction.token.toLowerCase().includes(term) ||
    auction.tokenSymbol.toLowerCase().includes(term)
  );
}

/** When the SPT sale was finalized, fresh from the chain: the create form's earliest start depends on it. */
function readSaleFinalizedAt(): Promise<{ status: "ok"; finalizedAt: bigint; chainNow: bigint } | ChainUnavailable> {
  return readAtLatestBlock(["PlatformTokenSale"], async ({ client, block, contracts }) => {
    const finalizedAt = await client.readContract({ address: contracts.PlatformTokenSale, abi: platformTokenSaleAbi, functionName: "finalizedAt", blockNumber: block.number });
    return { status: "ok", finalizedAt, chainNow: block.timestamp } as const;
  });
}

/**
 * A page of auctions (newest first) in one phase or all, searched by id, operator, token or symbol, and
 * the charts' auctions, from the index; phases are judged at the indexed block's time. When the index
 * cannot serve, the chain's newest `AUCTIONS_SHOWN`, filtered here.
 */
export async function readAuctionsPage(query: AuctionsQuery): Promise<AuctionsPageRead> {
  const indexed = await readFromIndex(async (client) => {
    const at = await indexer.indexedBlock(client);
    const now = at?.timestamp ?? 0n;
    const [page, chart, all] = await Promise.all([
      indexer.auctions(client, {
        filter: phaseFilter(query.phase, now),
        search: query.search,
        orderBy: "id",
        orderDirection: "desc",
        limit: AUCTIONS_SHOWN,
        after: query.after,
        before: query.before,
      }),
      indexer.auctions(client, { filter: { cancelled: false }, orderBy: "startsAt", orderDirection: "desc", limit: CHART_AUCTIONS }),
      indexer.auctions(client, { limit: 1 }),
    ]);
    return { page, chart, all, now, indexedBlock: at };
  });
  if (!indexed.ok) {
    const chain = await readAuctions();
    if (chain.status !== "ok") return { ...chain, freshness: indexed.freshness };
    const found = chain.auctions.filter((auction) => (query.phase === undefined || auction.phase === query.phase) && matchesSearch(auction, query.search));
    return {
      status: "ok",
      auctions: found,
      chartAuctions: chain.auctions.filter((auction) => !auction.cancelled),
      total: found.length,
      allCount: Number(chain.total),
      chainNow: chain.chainNow,
      saleFinalizedAt: chain.saleFinalizedAt,
      formNow: chain.chainNow,
      pageInfo: undefined,
      freshness: indexed.freshness,
    };
  }
  const sale = await readSaleFinalizedAt();
  if (sale.status !== "ok") return { ...sale, freshness: indexed.freshness };
  const { page, chart, all, now } = indexed.value;
  return {
    status: "ok",
    auctions: page.items.map((row) => summaryOfRow(row, now)),
    chartAuctions: chart.items.map((row) => summaryOfRow(row, now)).reverse(),
    total: page.totalCount,
    allCount: all.totalCount,
    chainNow: now,
    saleFinalizedAt: sale.finalizedAt,
    formNow: sale.chainNow,
    pageInfo: page.pageInfo,
    freshness: indexed.freshness,
  };
}

export type AuctionDetail = {
  auction: AuctionSummary;
  tokenName: string;
  deliveryStart: bigint;
  deliveryEnd: bigint;
  /** IBT units of the Common Pool: 0.9% of what was sold. */
  commonPool: bigint;
  /** The SPT supply at the start, which allocations and Common Pool shares divide by (0 until the start passed). */
  sptSupplyAtStart: bigint;
  chainNow: bigint;
};

export type AuctionRead = ({ status: "ok" } & AuctionDetail) | { status: "not-found" } | ChainUnavailable;

/** One auction and its token as of the latest block. */
export function readAuction(id: bigint): Promise<AuctionRead> {
  return readAtLatestBlock(["BandwidthAuction", "PlatformToken"], async ({ client, block, contracts }) => {
    const blockNumber = block.number;
    const count = await client.readContract({ address: contracts.BandwidthAuction, abi: bandwidthAuctionAbi, functionName: "auctionCount", blockNumber });
    if (id < 1n || id > count) return { status: "not-found" } as const;
    const auction = await readAuctionAt(client, contracts.BandwidthAuction, blockNumber, block.timestamp, id);
    const token = { address: auction.token, abi: bandwidthTokenAbi, blockNumber } as const;
    const [tokenName, deliveryStart, deliveryEnd, commonPool] = await Promise.all([
      client.readContract({ ...token, functionName: "name" }),
      client.readContract({ ...token, functionName: "deliveryStart" }),
      client.readContract({ ...token, functionName: "deliveryEnd" }),
      client.readContract({ address: contracts.BandwidthAuction, abi: bandwidthAuctionAbi, functionName: "commonPool", args: [id], blockNumber }),
    ]);
    const sptSupplyAtStart =
      block.timestamp > auction.startsAt
        ? await client.readContract({ address: contracts.PlatformToken, abi: platformTokenAbi, functionName: "getPastTotalSupply", args: [auction.startsAt], blockNumber })
        : 0n;
    return { status: "ok", auction, tokenName, deliveryStart, deliveryEnd, commonPool, sptSupplyAtStart, chainNow: block.timestamp } as const;
  });
}
