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
  "BandwidthToken:MinterAdded": null,
  "BandwidthToken:MinterRemoved": null,
  "BandwidthToken:OwnershipTransferred": null,
  "BandwidthToken:OwnershipTransferStarted": null,

  "BandwidthAuction:AuctionCreated": async ({ event, context }) => {
    const a = event.args;
    await context.db.insert(auction).values({
      id: a.auctionId,
      operator: a.operator,
      token: a.token,
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
      createdBlock: event.block.number,
    });
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
    }));
  },
  "BandwidthAuction:AuctionSettled": async ({ event, context }) => {
    const { auctionId, sold, raised, commonPool } = event.args;
    await context.db.update(auction, { id: auctionId }).set({ settled: true, sold, raised, commonPool });
  },
  "BandwidthAuction:AuctionCancelled": async ({ event, context }) => {
    await context.db.update(auction, { id: event.args.auctionId }).set({ cancelled: true });
  },
  "BandwidthAuction:InvestmentRecorded": async ({ event, context }) => {
    const { investmentId, operator, total, platform } = event.args;
    await context.db
      .insert(investment)
      .values({ id: investmentId, operator, total, platform, recordedBlock: event.block.number, timestamp: event.block.timestamp });
  },
  "BandwidthAuction:CommonPoolSwept": async ({ event, context }) => {
    await context.db.update(auction, { id: event.args.auctionId }).set({ commonPoolSwept: event.args.amount });
  },
  "BandwidthAuction:CommonPoolClaimed": null,
  "BandwidthAuction:ProceedsClaimed": null,
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
