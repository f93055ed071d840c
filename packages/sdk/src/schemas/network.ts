import { formatEther } from "viem";
import { z } from "zod";
import { addressSchema, tokenAmountSchema } from "./common.ts";

/*//////////////////////////////////////////////////////////////
                          SPT SALE
//////////////////////////////////////////////////////////////*/

/**
 * Ether to spend in the SPT sale: what the sale has left caps it, since the contract sells a purchase
 * whole or not at all. `rate` is SPT-wei per wei; `remaining` the SPT (wei) left.
 */
export function sptPurchaseSchema({ rate, remaining }: { rate: bigint; remaining: bigint }) {
  const maxEther = rate > 0n ? remaining / rate : 0n;
  return tokenAmountSchema.refine(
    (wei) => wei * rate <= remaining,
    maxEther > 0n
      ? `Only ${formatEther(remaining)} SPT are left: spend at most ${formatEther(maxEther)} ETH`
      : "The sale has no SPT left",
  );
}

/*//////////////////////////////////////////////////////////////
                       BANDWIDTH AUCTIONS
//////////////////////////////////////////////////////////////*/

const DAY_SECONDS = 86_400n;
/** `IBandwidthAuction.PRIORITY_WINDOW` plus the contract's hour beyond it: the shortest auction. */
const MIN_AUCTION_DAYS = 3;
const MAX_AUCTION_DAYS = 90;

/** Wei an offer raises, as the contract counts it: `offered · price / 1e18`, rounded up. */
export function raiseOf(offered: bigint, price: bigint): bigint {
  const product = offered * price;
  return product / 10n ** 18n + (product % 10n ** 18n === 0n ? 0n : 1n);
}

const wholeDaysSchema = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `Enter ${what} in whole days`)
    .transform(Number)
    .refine((days) => days >= min && days <= max, `${what[0]!.toUpperCase()}${what.slice(1)}: between ${min} and ${max} days`);

/** A bandwidth token's name, symbol and delivery period as the factory takes them (1–64 and 1–16 bytes). */
export function bandwidthTokenFormSchema({ now }: { now: bigint }) {
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  return z
    .object({
      name: z.string().trim().min(1, "Name the token, e.g. Guifi Osona bandwidth 2027").refine((name) => bytes(name) <= 64, "Keep the name within 64 bytes"),
      symbol: z.string().trim().min(1, "Give a symbol, e.g. IBT-OSO27").refine((symbol) => bytes(symbol) <= 16, "Keep the symbol within 16 bytes"),
      startsInDays: wholeDaysSchema(0, 365, "the delivery start"),
      lastsDays: wholeDaysSchema(1, 5 * 365, "the delivery period"),
    })
    .transform(({ name, symbol, startsInDays, lastsDays }) => {
      const deliveryStart = now + BigInt(startsInDays) * DAY_SECONDS;
      return { name, symbol, deliveryStart, deliveryEnd: deliveryStart + BigInt(lastsDays) * DAY_SECONDS };
    });
}

export type AuctionOfferBounds = {
  /** Wei the investment's auctions may still raise: half its total minus what is committed. */
  available: bigint;
  /** The chain's time now. */
  now: bigint;
  /** The earliest start: 7 days after the SPT sale was finalized, and not in the past. */
  earliestStart: bigint;
  /** The token's last delivery second: the auction must end before it. */
  deliveryEnd: bigint;
};

/**
 * An auction offer as the operator types it: IBT offered, ETH per IBT, start (days from now) and length in days.
 * The raise cap is checked here, so an offer above half of the investment left is refused before sending.
 */
export function auctionOfferSchema({ available, now, earliestStart, deliveryEnd }: AuctionOfferBounds) {
  const earliestDays = earliestStart > now ? Number((earliestStart - now + DAY_SECONDS - 1n) / DAY_SECONDS) : 0;
  return z
    .object({
      offered: tokenAmountSchema.refine((units) => units >= 10n ** 18n, "Offer at least 1 IBT"),
      price: tokenAmountSchema.refine((wei) => wei <= 1_000n * 10n ** 18n, "The price is at most 1,000 ETH per IBT"),
      startsInDays: wholeDaysSchema(earliestDays, 365, "the start"),
      lastsDays: wholeDaysSchema(MIN_AUCTION_DAYS, MAX_AUCTION_DAYS, "the length"),
    })
    .transform(({ offered, price, startsInDays, lastsDays }) => {
      // A start "today" is a minute ahead, so the block that includes the transaction is not past it.
      const startsAt = startsInDays === 0 ? now + 60n : now + BigInt(startsInDays) * DAY_SECONDS;
      return { offered, price, startsAt, endsAt: startsAt + BigInt(lastsDays) * DAY_SECONDS };
    })
    .superRefine((offer, context) => {
      const raise = raiseOf(offer.offered, offer.price);
      if (raise > available) {
        context.addIssue({
          code: "custom",
          // Its own path, so a form can say it live while the other fields' problems wait for a send.
          path: ["raise"],
          message:
            available > 0n
              ? `This offer raises ${formatEther(raise)} ETH, but the investment may raise only ${formatEther(available)} ETH more (half its total, less its other auctions): offer fewer IBT or a lower price`
              : "This investment has no raise left: its auctions already commit half of its total",
        });
      }
      if (offer.endsAt >= deliveryEnd) {
        context.addIssue({ code: "custom", path: ["lastsDays"], message: "The auction must end before the token's delivery period does: shorten it or start sooner" });
      }
    });
}
export type AuctionOfferInput = z.input<ReturnType<typeof auctionOfferSchema>>;

export type BidBounds = {
  /** IBT units the auction has left. */
  remaining: bigint;
  /** In the priority window: the bidder's allocation minus what it bought (IBT units); undefined after the window. */
  allocationLeft: bigint | undefined;
};

/** A bid of IBT typed by a person: within what the auction has left and, in the priority window, within the allocation left. */
export function bidSchema({ remaining, allocationLeft }: BidBounds) {
  return tokenAmountSchema
    .refine((units) => units <= remaining, remaining > 0n ? `Only ${formatEther(remaining)} IBT are left: bid at most that` : "The auction is sold out")
    .refine(
      (units) => allocationLeft === undefined || units <= allocationLeft,
      allocationLeft !== undefined && allocationLeft > 0n
        ? `In the priority window you may buy ${formatEther(allocationLeft)} IBT more (your SPT allocation): bid at most that`
        : "You have no allocation left in the priority window: wait until it ends, when anyone may bid",
    );
}

/** An investment as the Platform role records it: the operator and the infrastructure's total cost in ETH. */
export const investmentFormSchema = z.object({ operator: addressSchema, total: tokenAmountSchema });
