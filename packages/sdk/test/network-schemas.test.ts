import assert from "node:assert/strict";
import { test } from "node:test";
import { parseEther } from "viem";
import { sptPurchaseSchema } from "../src/schemas/index.ts";

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
