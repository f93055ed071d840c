import { auction, bandwidthToken, bid, investment, networkNode, sptPurchase, sptSale } from "ponder:schema";
import type { Context, Event } from "ponder:registry";
import { zeroAddress } from "viem";
import type { HandlerMap } from "./types";

async function saleTotals(context: Context<"PlatformTokenSale:TokensPurchased">, sale: `0x${string}`) {
  await context.db
    .insert(sptSale)
    .values({ id: sale, purchases: 0, etherRaised: 0n, tokensSold: 0n, finalized: false, proceedsWithdrawn: 0n })
    .onConflictDoNothing();
}

type AuctionArgs = { event: Event<"BandwidthAuction:AuctionCreated">; context: Context<"BandwidthAuction:AuctionCreated"> };

/** The investment's `committed` after an auction reserved, released or settled part of it, read at the event's block. */
async function refreshCommitted(args: unknown, investmentId: bigint) {
  const { event, context } = args as AuctionArgs;
  const { abi } = context.contracts.BandwidthAuction;
  const { committed } = await context.client.readContract({ address: event.log.address, abi, functionName: "getInvestment", args: [investmentId] });
  await context.db.update(investment, { id: investmentId }).set({ committed: BigInt(committed) });
}

type MinterArgs = { event: Event<"BandwidthToken:MinterAdded">; context: Context<"BandwidthToken:MinterAdded"> };

/** A token's `auctionMints` follows its minter events for the auction contract's address. */
async function auctionMinter(args: unknown, mints: boolean) {
  const { event, context } = args as MinterArgs;
  if (event.args.minter.toLowerCase() !== context.contracts.BandwidthAuction.address.toLowerCase()) return;
  await context.db.update(bandwidthToken, { address: event.log.address }).set({ auctionMints: mints });
}

type NodeArgs = { event: Event<"NodeRegistry:NodeRegistered">; context: Context<"NodeRegistry:NodeRegistered"> };

async function writeNode(args: unknown) {
  const { event, context } = args as NodeArgs;
  const { nodeId, owner, node } = event.args;
  const fields = {
    owner,
    kind: node.kind,
    status: node.status,
    latitude: node.latitude,
    longitude: node.longitude,
    metadataDigest: node.metadataDigest,
    metadataCodec: node.metadataCodec,
    removed: false,
    updatedBlock: event.block.number,
  };
  await context.db
    .insert(networkNode)
    .values({ id: nodeId, registeredBlock: event.block.number, ...fields })
    .onConflictDoUpdate(fields);
}

export const networkHandlers = {
  /*//////////////////////////////////////////////////////////////
                          PLATFORM TOKEN
  //////////////////////////////////////////////////////////////*/
  "PlatformToken:Approval": null,
  "PlatformToken:Transfer": null,
  "PlatformToken:DelegateChanged": null,
  "PlatformToken:DelegateVotesChanged": null,
  "PlatformToken:EIP712DomainChanged": null,

  "PlatformTokenSale:TokensPurchased": async ({ event, context }) => {
    const { buyer, etherPaid, tokens } = event.args;
    await context.db.insert(sptPurchase).values({
      id: event.id,
      buyer,
      etherPaid,
      tokens,
      blockNumber: event.block.number,
      timestamp: event.block.timestamp,
    });
    await saleTotals(context, event.log.address);
    await context.db.update(sptSale, { id: event.log.address }).set((row) => ({
      purchases: row.purchases + 1,
      etherRaised: row.etherRaised + etherPaid,
      tokensSold: row.tokensSold + tokens,
    }));
  },
  "PlatformTokenSale:SaleFinalized": async ({ event, context }) => {
    await saleTotals(context as unknown as Context<"PlatformTokenSale:TokensPurchased">, event.log.address);
    await context.db.update(sptSale, { id: event.log.address }).set({ finalized: true, tokensBurned: event.args.tokensBurned });
  },
  "PlatformTokenSale:ProceedsWithdrawn": async ({ event, context }) => {
    await saleTotals(context as unknown as Context<"PlatformTokenSale:TokensPurchased">, event.log.address);
    await context.db
      .update(sptSale, { id: event.log.address })
      .set((row) => ({ proceedsWithdrawn: row.proceedsWithdrawn + event.args.amount }));
  },

  /*//////////////////////////////////////////////////////////////
                      BANDWIDTH TOKENS AND AUCTIONS
  //////////////////////////////////////////////////////////////*/
  "BandwidthTokenFactory:BandwidthTokenCreated": async ({ event, context }) => {
    const { operator, token, name, symbol, deliveryStart, deliveryEnd } = event.args;
    await context.db.insert(bandwidthToken).values({
      address: token,
      operator,
      name,
      symbol,
      deliveryStart,
      deliveryEnd,
      totalSupply: 0n,
      auctionMints: false,
      createdBlock: event.block.number,
    });
  },
  "BandwidthToken:Transfer": async ({ event, context }) => {
    const { from, to, value } = event.args;
    const change = (from === zeroAddress ? value : 0n) - (to === zeroAddress ? value : 0n);
    if (change === 0n) return;
    await context.db.update(bandwidthToken, { address: event.log.address }).set((row) => ({ totalSupply: row.totalSupply + change }));
  },
  "BandwidthToken:Approval": null,
  "BandwidthToken:MinterAdded": (args) => auctionMinter(args, true),
  "BandwidthToken:MinterRemoved": (args) => auctionMinter(args, false),
  "BandwidthToken:OwnershipTransferred": null,
  "BandwidthToken:OwnershipTransferStarted": null,

  "BandwidthAuction:AuctionCreated": async ({ event, context }) => {
    const a = event.args;
    const token = await context.db.find(bandwidthToken, { address: a.token });
    await context.db.insert(auction).values({
      id: a.auctionId,
      operator: a.operator,
      token: a.token,
      tokenSymbol: token?.symbol ?? "",
      investmentId: a.investmentId,
      offered: a.offered,
      price: a.price,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      sold: 0n,
      raised: 0n,
      bidCount: 0,
      settled: false,
      cancelled: false,
      soldOut: false,
      proceedsClaimed: false,
      commonPoolClaimed: 0n,
      createdBlock: event.block.number,
    });
    await refreshCommitted({ event, context }, a.investmentId);
  },
  "BandwidthAuction:BidPlaced": async ({ event, context }) => {
    const { auctionId, bidder, amount, paid, priority } = event.args;
    await context.db.insert(bid).values({
      id: event.id,
      auctionId,
      bidder,
      amount,
      paid,
      priority,
      blockNumber: event.block.number,
      timestamp: event.block.timestamp,
    });
    await context.db.update(auction, { id: auctionId }).set((row) => ({
      sold: row.sold + amount,
      raised: row.raised + paid,
      bidCount: row.bidCount + 1,
      soldOut: row.sold + amount >= row.offered,
    }));
  },
  "BandwidthAuction:AuctionSettled": async ({ event, context }) => {
    const { auctionId, sold, raised, commonPool } = event.args;
    const row = await context.db.update(auction, { id: auctionId }).set({ settled: true, sold, raised, commonPool });
    await refreshCommitted({ event, context }, row.investmentId);
  },
  "BandwidthAuction:AuctionCancelled": async ({ event, context }) => {
    const row = await context.db.update(auction, { id: event.args.auctionId }).set({ cancelled: true });
    await refreshCommitted({ event, context }, row.investmentId);
  },
  "BandwidthAuction:InvestmentRecorded": async ({ event, context }) => {
    const { investmentId, operator, total, platform } = event.args;
    await context.db
      .insert(investment)
      .values({ id: investmentId, operator, total, committed: 0n, platform, recordedBlock: event.block.number, timestamp: event.block.timestamp });
  },
  "BandwidthAuction:CommonPoolSwept": async ({ event, context }) => {
    const { auctionId, amount } = event.args;
    await context.db.update(auction, { id: auctionId }).set((row) => ({ commonPoolSwept: amount, commonPoolClaimed: row.commonPoolClaimed + amount }));
  },
  "BandwidthAuction:CommonPoolClaimed": async ({ event, context }) => {
    const { auctionId, amount } = event.args;
    await context.db.update(auction, { id: auctionId }).set((row) => ({ commonPoolClaimed: row.commonPoolClaimed + amount }));
  },
  "BandwidthAuction:ProceedsClaimed": async ({ event, context }) => {
    await context.db.update(auction, { id: event.args.auctionId }).set({ proceedsClaimed: true });
  },
  "BandwidthAuction:TokensClaimed": null,

  /*//////////////////////////////////////////////////////////////
                           NODE REGISTRY
  //////////////////////////////////////////////////////////////*/
  "NodeRegistry:NodeRegistered": writeNode,
  "NodeRegistry:NodeUpdated": writeNode,
  "NodeRegistry:NodeRemoved": async ({ event, context }) => {
    await context.db.update(networkNode, { id: event.args.nodeId }).set({ removed: true, updatedBlock: event.block.number });
  },
} satisfies Partial<HandlerMap>;
