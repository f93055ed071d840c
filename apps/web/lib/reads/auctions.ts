import "server-only";
import { bandwidthAuctionAbi, bandwidthTokenAbi, platformTokenAbi, platformTokenSaleAbi } from "@scipio/sdk/abi";
import type { Address } from "viem";
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
