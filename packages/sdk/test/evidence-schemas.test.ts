import assert from "node:assert/strict";
import { test } from "node:test";
import {
  cidSchema,
  expenseEvidenceDocumentSchema,
  projectDescriptionDocumentSchema,
  taskEvidenceDocumentSchema,
} from "../src/schemas/evidence.ts";

const FILE_CID = "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4";

const expense = {
  kind: "scipio.expense-evidence",
  version: 1,
  invoiceNumber: "2026-0042",
  issuerTaxId: "B12345678",
  invoicedPartyHash: "0xc41788849c8863a192354eccc1d38658d2777f92871eb08e4457e28b6cf50726",
  amount: "1250.00",
  currency: "EUR",
  date: "2026-11-02",
  fileCid: FILE_CID,
} as const;

test("an expense evidence document with every field parses", () => {
  assert.deepEqual(expenseEvidenceDocumentSchema.parse(expense), expense);
});

test("expense fields are checked with messages that say what to fix", () => {
  const result = expenseEvidenceDocumentSchema.safeParse({ ...expense, amount: "12,50", currency: "eur", date: "02/11/2026", fileCid: "nope" });
  assert.equal(result.success, false);
  const messages = result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  assert.ok(messages.some((message) => message.startsWith("amount: Write the amount with digits")));
  assert.ok(messages.some((message) => message.startsWith("currency: Use the three-letter currency code")));
  assert.ok(messages.some((message) => message.startsWith("date: Use the invoice date as YYYY-MM-DD")));
  assert.ok(messages.some((message) => message.startsWith("fileCid: Enter the CID of a file on IPFS")));
  assert.equal(expenseEvidenceDocumentSchema.safeParse({ ...expense, amount: "0" }).success, false);
});

test("a task evidence document lists files by CID with an allowed type", () => {
  const document = {
    kind: "scipio.task-evidence",
    version: 1,
    projectId: "7",
    taskIndex: 2,
    summary: "Installed the antenna on the school roof.",
    files: [{ cid: FILE_CID, name: "photo.jpg", mediaType: "image/jpeg", size: 120_000 }],
    links: ["https://example.org/report"],
  };
  assert.equal(taskEvidenceDocumentSchema.safeParse(document).success, true);
  const withHtml = { ...document, files: [{ ...document.files[0], mediaType: "text/html" }] };
  assert.equal(taskEvidenceDocumentSchema.safeParse(withHtml).success, false);
  assert.equal(taskEvidenceDocumentSchema.safeParse({ ...document, links: ["javascript:alert(1)"] }).success, false);
});

test("a project description needs a title and summary; location and links are optional", () => {
  const minimal = { kind: "scipio.project-description", version: 1, title: "Fibre to Can Batlló", summary: "Connect 40 homes." };
  assert.equal(projectDescriptionDocumentSchema.safeParse(minimal).success, true);
  assert.equal(projectDescriptionDocumentSchema.safeParse({ ...minimal, location: "Barcelona", links: ["https://guifi.net"] }).success, true);
  assert.equal(projectDescriptionDocumentSchema.safeParse({ ...minimal, title: "" }).success, false);
});

test("cidSchema accepts CIDs that fit on chain and refuses others", () => {
  assert.equal(cidSchema.safeParse("QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o").success, true);
  assert.equal(cidSchema.safeParse(FILE_CID).success, true);
  // dag-cbor: a valid CID, but not one the contracts can store.
  assert.equal(cidSchema.safeParse("bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy").success, false);
});
