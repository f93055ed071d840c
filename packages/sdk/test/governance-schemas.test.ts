import assert from "node:assert/strict";
import { test } from "node:test";
import { parseEther } from "viem";
import { MAX_FIRST_REPUTATION, MIN_FIRST_REPUTATION, firstReputationSchema } from "../src/schemas/index.ts";

const firstProblem = (input: string) => {
  const result = firstReputationSchema.safeParse(input);
  assert.equal(result.success, false, `"${input}" should be refused`);
  return result.error!.issues[0]!.message;
};

test("a first reputation within the registry's bounds parses to base units", () => {
  assert.equal(firstReputationSchema.parse(" 250 "), parseEther("250"));
  assert.equal(firstReputationSchema.parse("12.5"), parseEther("12.5"));
  assert.equal(firstReputationSchema.parse("1"), MIN_FIRST_REPUTATION);
  assert.equal(firstReputationSchema.parse("10000"), MAX_FIRST_REPUTATION);
});

test("an empty, negative or malformed first reputation says what to enter", () => {
  assert.equal(firstProblem("  "), "Enter the first reputation, between 1 and 10,000 REP");
  assert.equal(firstProblem("-5"), "The first reputation cannot be negative: enter an amount between 1 and 10,000 REP");
  assert.equal(firstProblem("1,000"), "Write the amount in REP as digits with at most 18 decimals, e.g. 100 or 12.5");
});

test("a first reputation outside the registry's bounds is refused with the bound it crosses", () => {
  assert.equal(firstProblem("0"), "The first reputation must be at least 1 REP");
  assert.equal(firstProblem("0.999999999999999999"), "The first reputation must be at least 1 REP");
  assert.equal(firstProblem("10000.000000000000000001"), "The first reputation can be at most 10,000 REP");
});
