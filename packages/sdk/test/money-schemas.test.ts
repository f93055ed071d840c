import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { billingPaymentSchema, customerFormSchema, settleAmountSchema, tariffFormSchema } from "../src/schemas/index.ts";

const euro = (whole: number) => BigInt(whole) * 1_000_000n;
const ibt = (whole: number) => BigInt(whole) * 10n ** 18n;
const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("settleAmountSchema", () => {
  const schema = settleAmountSchema({ remaining: euro(330), balance: euro(5_000) });
  it("takes up to the remaining debt, in euros with at most 6 decimals", () => {
    assert.equal(schema.parse("330"), euro(330));
    assert.equal(schema.parse("0.000001"), 1n);
  });
  it("refuses more than the debt, more than the balance, zero and malformed amounts", () => {
    assert.equal(message(schema.safeParse("330.01")), "That is more than your debt: you owe 330 EUR in this period");
    assert.match(message(settleAmountSchema({ remaining: euro(330), balance: euro(10) }).safeParse("20"))!, /^You hold 10 EUR/);
    assert.equal(message(schema.safeParse("0")), "The amount must be greater than zero");
    assert.match(message(schema.safeParse("1.1234567"))!, /at most 6 decimals/);
  });
});

describe("billingPaymentSchema", () => {
  const bounds = { balance: ibt(100), paidThisPeriod: 0n, tariff: ibt(30), operatorInDebt: false };
  it("takes what is left of the period's tariff", () => {
    assert.equal(billingPaymentSchema(bounds).parse("30"), ibt(30));
    assert.equal(billingPaymentSchema({ ...bounds, paidThisPeriod: ibt(10) }).parse("20"), ibt(20));
  });
  it("refuses an operator in debt, a tariff already paid, more than the tariff left and more than the balance", () => {
    assert.match(message(billingPaymentSchema({ ...bounds, operatorInDebt: true }).safeParse("30"))!, /unsettled debt/);
    assert.match(message(billingPaymentSchema({ ...bounds, paidThisPeriod: ibt(30) }).safeParse("30"))!, /already paid/);
    assert.match(message(billingPaymentSchema(bounds).safeParse("31"))!, /leaves 30 IBT to pay/);
    assert.equal(message(billingPaymentSchema({ ...bounds, balance: 0n }).safeParse("30")), "You hold none of your operator's IBT: get some before paying");
  });
});

describe("billing forms", () => {
  const operator = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
  it("refuses the operator as its own customer and a missing kind", () => {
    assert.equal(message(customerFormSchema({ operator }).safeParse({ account: operator.toLowerCase(), kind: "fibre" })), "You cannot be your own customer");
    assert.equal(customerFormSchema({ operator }).safeParse({ account: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", kind: "copper" }).success, false);
  });
  it("takes a zero tariff for one kind", () => {
    const parsed = tariffFormSchema.parse({ token: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", fibre: "30", wifi: "0" });
    assert.deepEqual([parsed.fibre, parsed.wifi], [ibt(30), 0n]);
  });
});
