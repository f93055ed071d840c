import assert from "node:assert/strict";
import { test } from "node:test";
import { parseEther } from "viem";
import { auctionOfferSchema, bidSchema, raiseOf, sptPurchaseSchema } from "../src/schemas/index.ts";

const RATE = 10_000n;

test("an SPT purchase up to what is left parses to wei", () => {
  const schema = sptPurchaseSchema({ rate: RATE, remaining: parseEther("20000") });
  assert.equal(schema.parse("2"), parseEther("2"));
  assert.equal(schema.parse("0.5"), parseEther("0.5"));
});

test("an SPT purchase beyond what is left says how much may be spent", () => {
  const result = sptPurchaseSchema({ rate: RATE, remaining: parseEther("20000") }).safeParse("2.0001");
  assert.equal(result.success, false);
  assert.equal(result.error!.issues[0]!.message, "Only 20000 SPT are left: spend at most 2 ETH");
});

test("a sold-out sale refuses every purchase", () => {
  const result = sptPurchaseSchema({ rate: RATE, remaining: 0n }).safeParse("1");
  assert.equal(result.success, false);
  assert.equal(result.error!.issues[0]!.message, "The sale has no SPT left");
});

const NOW = 1_800_000_000n;
const DAY = 86_400n;
const offerBounds = { available: parseEther("5"), now: NOW, earliestStart: NOW + 7n * DAY, deliveryEnd: NOW + 400n * DAY };

test("an auction offer within the raise cap parses to units, wei and times", () => {
  const offer = auctionOfferSchema(offerBounds).parse({ offered: "5000", price: "0.001", startsInDays: "7", lastsDays: "7" });
  assert.deepEqual(offer, { offered: parseEther("5000"), price: parseEther("0.001"), startsAt: NOW + 7n * DAY, endsAt: NOW + 14n * DAY });
});

test("an auction offer above half the investment left says both figures on its own path", () => {
  const result = auctionOfferSchema(offerBounds).safeParse({ offered: "10000", price: "0.001", startsInDays: "7", lastsDays: "7" });
  assert.equal(result.success, false);
  const issue = result.error!.issues.find((candidate) => candidate.path[0] === "raise");
  assert.equal(issue?.message, "This offer raises 10 ETH, but the investment may raise only 5 ETH more (half its total, less its other auctions): offer fewer IBT or a lower price");
});

test("an auction may not start before 7 days after the sale, nor end after the delivery period", () => {
  const early = auctionOfferSchema(offerBounds).safeParse({ offered: "1", price: "0.001", startsInDays: "6", lastsDays: "7" });
  assert.equal(early.success, false);
  const late = auctionOfferSchema({ ...offerBounds, deliveryEnd: NOW + 10n * DAY }).safeParse({ offered: "1", price: "0.001", startsInDays: "7", lastsDays: "7" });
  assert.equal(late.success, false);
  assert.equal(late.error!.issues[0]!.path[0], "lastsDays");
});

test("the raise is rounded up, as the contract counts it", () => {
  assert.equal(raiseOf(1n, 1n), 1n);
  assert.equal(raiseOf(parseEther("3"), parseEther("0.5")), parseEther("1.5"));
});

test("a bid beyond what is left or, in the priority window, beyond the allocation left says the figure", () => {
  const window = bidSchema({ remaining: parseEther("7000"), allocationLeft: parseEther("1000") });
  assert.equal(window.parse("1000"), parseEther("1000"));
  assert.equal(window.safeParse("1500").error!.issues[0]!.message, "In the priority window you may buy 1000 IBT more (your SPT allocation): bid at most that");
  const after = bidSchema({ remaining: parseEther("4000"), allocationLeft: undefined });
  assert.equal(after.parse("4000"), parseEther("4000"));
  assert.equal(after.safeParse("4001").error!.issues[0]!.message, "Only 4000 IBT are left: bid at most that");
});
