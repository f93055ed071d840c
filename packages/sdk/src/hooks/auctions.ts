import { useCallback } from "react";
import type { Address } from "viem";
import {
  bandwidthAuctionAbi,
  bandwidthTokenAbi,
  bandwidthTokenFactoryAbi,
  useReadBandwidthAuctionCost,
  useReadBandwidthAuctionHoldingOf,
  useReadBandwidthAuctionPositionOf,
} from "../abi/generated-hooks.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

/**
 * `account`'s priority allocation in an auction (IBT units, zero until the start has passed) and its position:
 * what it bought and whether it claimed its IBT and its Common Pool share.
 */
export function useAuctionPosition(auctionId: bigint, account: Address | undefined) {
  const address = useContractAddress("BandwidthAuction");
  const read = useReadBandwidthAuctionPositionOf({
    address,
    args: [auctionId, account ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && account !== undefined },
  });
  if (read.data === undefined) return undefined;
  const [allocation, position] = read.data;
  return { allocation, ...position };
}

/** `account`'s SPT holding for an auction: the lower of its balances 7 days before the start and at it. */
export function useAuctionHolding(auctionId: bigint, account: Address | undefined) {
  const address = useContractAddress("BandwidthAuction");
  return useReadBandwidthAuctionHoldingOf({
    address,
    args: [auctionId, account ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && account !== undefined },
  }).data;
}

/** What `bidder`'s next bid of `amount` IBT units costs in wei, as the contract charges it (undefined without an amount). */
export function useBidCost(auctionId: bigint, bidder: Address | undefined, amount: bigint | undefined) {
  const address = useContractAddress("BandwidthAuction");
  return useReadBandwidthAuctionCost({
    address,
    args: [auctionId, bidder ?? ZERO_ADDRESS, amount ?? 0n],
    query: { enabled: address !== undefined && bidder !== undefined && amount !== undefined && amount > 0n },
  }).data;
}

/** The operator creates a bandwidth token (IBT) for a delivery period; the factory makes it its owner. */
export function useCreateBandwidthToken() {
  const address = useContractAddress("BandwidthTokenFactory");
  const transaction = useTransaction();
  const { send } = transaction;
  const create = useCallback(
    (token: { name: string; symbol: string; deliveryStart: bigint; deliveryEnd: bigint }) =>
      send({
        label: `Create ${token.symbol}`,
        abi: bandwidthTokenFactoryAbi,
        address: requireDeployed(address, "BandwidthTokenFactory"),
        functionName: "createToken",
        args: [token.name, token.symbol, token.deliveryStart, token.deliveryEnd],
      }),
    [address, send],
  );
  return { ...transaction, create, available: address !== undefined };
}

/** The token's owner lets the auction contract mint it, as `createAuction` requires. */
export function useMakeAuctionMinter() {
  const auction = useContractAddress("BandwidthAuction");
  const transaction = useTransaction();
  const { send } = transaction;
  const addMinter = useCallback(
    (token: Address) =>
      send({
        label: "Let the auctions mint this token",
        abi: bandwidthTokenAbi,
        address: token,
        functionName: "addMinter",
        args: [requireDeployed(auction, "BandwidthAuction")],
      }),
    [auction, send],
  );
  return { ...transaction, addMinter, available: auction !== undefined };
}

/** The Platform role records an onboarded operator's investment (its total, in wei), once. */
export function useRecordInvestment() {
  const address = useContractAddress("BandwidthAuction");
  const transaction = useTransaction();
  const { send } = transaction;
  const record = useCallback(
    (operator: Address, total: bigint) =>
      send({
        label: "Record an investment",
        abi: bandwidthAuctionAbi,
        address: requireDeployed(address, "BandwidthAuction"),
        functionName: "recordInvestment",
        args: [operator, total],
      }),
    [address, send],
  );
  return { ...transaction, record, available: address !== undefined };
}

export type AuctionOffer = {
  investmentId: bigint;
  token: Address;
  /** IBT units (18 decimals). */
  offered: bigint;
  /** Wei per whole IBT. */
  price: bigint;
  startsAt: bigint;
  endsAt: bigint;
};

/** The operator opens an auction of its IBT for one of its investments. */
export function useCreateAuction() {
  const address = useContractAddress("BandwidthAuction");
  const transaction = useTransaction();
  const { send } = transaction;
  const create = useCallback(
    (offer: AuctionOffer) =>
      send({
        label: "Open an auction",
        abi: bandwidthAuctionAbi,
        address: requireDeployed(address, "BandwidthAuction"),
        functionName: "createAuction",
        args: [offer.investmentId, offer.token, offer.offered, offer.price, offer.startsAt, offer.endsAt],
      }),
    [address, send],
  );
  return { ...transaction, create, available: address !== undefined };
}

/** Buys `amount` IBT units paying `cost` wei: the contract's `cost(auctionId, bidder, amount)`, read just before. */
export function useBid(auctionId: bigint) {
  const address = useContractAddress("BandwidthAuction");
  const transaction = useTransaction();
  const { send } = transaction;
  const bid = useCallback(
    (amount: bigint, cost: bigint) =>
      send({
        label: `Bid in auction #${auctionId}`,
        abi: bandwidthAuctionAbi,
        address: requireDeployed(address, "BandwidthAuction"),
        functionName: "bid",
        args: [auctionId, amount],
        value: cost,
      }),
    [address, auctionId, send],
  );
  return { ...transaction, bid, available: address !== undefined };
}

type AuctionAction = "claimTokens" | "claimProceeds" | "claimCommonPool" | "cancelAuction" | "settle" | "sweepCommonPool";
const AUCTION_ACTION_LABELS: Record<AuctionAction, string> = {
  claimTokens: "Claim your IBT",
  claimProceeds: "Claim the proceeds",
  claimCommonPool: "Claim your Common Pool share",
  cancelAuction: "Cancel the auction",
  settle: "Settle the auction",
  sweepCommonPool: "Sweep the Common Pool to the treasury",
};

/** One of an auction's one-argument actions (claims, cancel, settle, sweep), each with its own transaction state. */
export function useAuctionAction(auctionId: bigint, action: AuctionAction) {
  const address = useContractAddress("BandwidthAuction");
  const transaction = useTransaction();
  const { send } = transaction;
  const run = useCallback(
    () =>
      send({
        label: `${AUCTION_ACTION_LABELS[action]} (auction #${auctionId})`,
        abi: bandwidthAuctionAbi,
        address: requireDeployed(address, "BandwidthAuction"),
        functionName: action,
        args: [auctionId],
      }),
    [action, address, auctionId, send],
  );
  return { ...transaction, run, available: address !== undefined };
}
