import assert from "node:assert/strict";
import { test } from "node:test";
import { contractErrorMessages } from "../src/errors/index.ts";
import { expenseRejectionDocumentSchema } from "../src/schemas/evidence.ts";
import {
  entityHashOf,
  expenseDeclarationOf,
  expenseEvidenceFormSchema,
  invoiceKeyOf,
  invoicedPartyMatch,
} from "../src/schemas/expenses.ts";

const FILE_CID = "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4";
/** `cast keccak $(cast abi-encode "f(string)" B12345678)` */
const ENTITY_B12345678 = "0xc41788849c8863a192354eccc1d38658d2777f92871eb08e4457e28b6cf50726";
/** `cast keccak $(cast abi-encode "f(string,string)" B12345678 F-2026-001)`, the contract tests' INVOICE. */
const INVOICE_KEY = "0xbcdf8974f7c3069b937f63fbcff32070702391d992fa5ed25ea973c2c337c03c";

const form = {
  invoiceNumber: "F-2026-001",
  issuerTaxId: "A08000000",
  invoicedPartyTaxId: "B-1234.5678",
  amount: "1250.50",
  currency: "EUR",
  date: "2026-11-02",
  fileCid: FILE_CID,
};

test("hashes follow the contract's abi.encode of the normalised strings", () => {
  assert.equal(entityHashOf("B12345678"), ENTITY_B12345678);
  assert.equal(entityHashOf(" b-1234.5678 "), ENTITY_B12345678);
  assert.equal(invoiceKeyOf("B12345678", "F-2026-001"), INVOICE_KEY);
  assert.equal(invoiceKeyOf("b 12345678", "f-2026-001 "), INVOICE_KEY);
  assert.notEqual(invoiceKeyOf("B12345678", "F-2026-002"), INVOICE_KEY);
});

test("the declare form hashes the invoiced party: the document never names it", () => {
  const document = expenseEvidenceFormSchema.parse(form);
  assert.equal(document.kind, "scipio.expense-evidence");
  assert.equal(document.invoicedPartyHash, ENTITY_B12345678);
  assert.equal(JSON.stringify(document).includes("1234"), false);
  assert.equal("invoicedPartyTaxId" in document, false);
});

test("the declare form refuses another currency, a bad tax id and an amount above the ledger's maximum", () => {
  const messages = (input: object) =>
    expenseEvidenceFormSchema.safeParse({ ...form, ...input }).error?.issues.map((issue) => issue.message) ?? [];
  assert.deepEqual(messages({ currency: "USD" }), ["Expenses are settled in EUR: declare the invoice's amount in EUR"]);
  assert.deepEqual(messages({ invoicedPartyTaxId: "<script>" }), ["A tax id has letters and digits only, e.g. B12345678"]);
  assert.deepEqual(messages({ amount: "1000000000.000001" }), ["An expense may be at most 1,000,000,000"]);
  assert.deepEqual(messages({ issuerTaxId: "" }), ["Enter the tax id"]);
});

test("a declaration takes the amount in 6-decimal units, the invoice key and the evidence digest", () => {
  const document = expenseEvidenceFormSchema.parse(form);
  const declaration = expenseDeclarationOf(document, FILE_CID);
  assert.equal(declaration.amount, 1_250_500_000n);
  assert.equal(declaration.invoiceKey, invoiceKeyOf("A08000000", "F-2026-001"));
  assert.equal(declaration.evidence.codec, "raw");
  assert.match(declaration.evidence.digest, /^0x[0-9a-f]{64}$/);
  assert.throws(() => expenseDeclarationOf({ ...document, currency: "USD" }, FILE_CID), /declared in EUR/);
});

test("the review page says whether the invoiced party is the declarer's registered entity", () => {
  const document = expenseEvidenceFormSchema.parse(form);
  assert.equal(invoicedPartyMatch(document, ENTITY_B12345678), "matches");
  assert.equal(invoicedPartyMatch(document, ENTITY_B12345678.toUpperCase().replace("0X", "0x") as `0x${string}`), "matches");
  assert.equal(invoicedPartyMatch(document, entityHashOf("Z99999999")), "differs");
  assert.equal(invoicedPartyMatch(document, `0x${"0".repeat(64)}`), "unregistered");
});

test("a rejection reason document names the expense and says why", () => {
  const reason = { kind: "scipio.expense-rejection", version: 1, expenseId: "3", reason: "The invoice is dated in 2019." };
  assert.deepEqual(expenseRejectionDocumentSchema.parse(reason), reason);
  assert.equal(expenseRejectionDocumentSchema.safeParse({ ...reason, reason: " " }).success, false);
});

test("expense errors explain themselves with their figures", () => {
  assert.equal(
    contractErrorMessages.ExpenseTooFewReviewers!([2n, 3n]),
    "An expense needs 3 reviewers other than you, but only 2 validators, operators or administrations are eligible. Wait until more participants are onboarded.",
  );
  assert.equal(
    contractErrorMessages.ExpenseBadAmount!([0n, 10n ** 15n]),
    "The amount must be more than 0 and at most 1000000000 € (not 0 €).",
  );
  assert.equal(
    contractErrorMessages.ExpensePeriodNotOpen!([4n, 3]),
    "Period 4 is in review: expenses are declared while their period runs or in its grace window.",
  );
});
