import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expenseLedgerAbi } from "@scipio/sdk/abi";
import { CommunityActions } from "@scipio/sdk/community";
import { demoAccounts } from "@scipio/sdk/demo";
import { cidToDigest } from "@scipio/sdk/ipfs";
import { PARTICIPANT_ROLES } from "@scipio/sdk/protocol";
import { expenseEvidenceFormSchema } from "@scipio/sdk/schemas";
import type { ExpenseEvidenceDocument } from "@scipio/sdk/schemas/evidence";
import type { Address } from "viem";
import type { Chain } from "./chain";
import { resolveAccount } from "./injected-wallet";

const governance = demoAccounts[0]!.address;
const role = (key: string) => PARTICIPANT_ROLES.find((candidate) => candidate.key === key)!;

/** The e2e invoices: real PDFs made with pdf-lib (one page of text each). */
export const invoiceFiles = {
  supplier: fileURLToPath(new URL("../files/supplier-invoice.pdf", import.meta.url)),
  other: fileURLToPath(new URL("../files/other-invoice.pdf", import.meta.url)),
};

/** What the declare form is filled with in the journeys: Fibres del Ter's invoice F-2026-0042 to Guifi Osona. */
export const supplierInvoice = {
  invoiceNumber: "F-2026-0042",
  issuerTaxId: "B12345678",
  invoicedPartyTaxId: "G08765432",
  amount: "1250.00",
  currency: "EUR",
  date: "2026-11-30",
} as const;

/** Fields of the invoice to change for one test. */
export type InvoiceOverrides = Partial<Record<keyof typeof supplierInvoice, string>>;

/**
 * The operating side an expense needs, set up straight on the chain: Ada the declaring operator (entity registered
 * as G08765432 by the platform, 100 € of the settlement token for deposits), and four eligible reviewers — Carla
 * (operator), Dídac, Elena and Gemma (validators) — so three are drawn and one is not.
 */
export class ExpenseCommunity {
  readonly actions: CommunityActions;
  readonly declarer = resolveAccount("Ada");
  readonly reviewers = ["Carla", "Dídac", "Elena", "Gemma"].map(resolveAccount);

  constructor(
    private readonly chain: Chain,
    private readonly baseURL: string,
  ) {
    this.actions = new CommunityActions(chain.rpcUrl, chain.deployment);
  }

  async setUp() {
    await this.actions.onboard(governance, this.declarer, role("operator"));
    await this.actions.onboard(governance, this.reviewers[0]!, role("operator"));
    for (const validator of this.reviewers.slice(1)) await this.actions.onboard(governance, validator, role("validator"));
    await this.actions.onboard(governance, governance, role("platform"));
    await this.actions.registerEntity(governance, this.declarer, supplierInvoice.invoicedPartyTaxId);
    await this.actions.faucet(this.declarer, 100_000_000n);
  }

  /** Uploads bytes through the app's upload route, as the browser does; returns the CID. */
  async upload(name: string, type: string, bytes: Uint8Array | string): Promise<string> {
    const form = new FormData();
    form.append("file", new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${this.baseURL}/api/evidence`, { method: "POST", body: form });
    const body = (await response.json()) as { cid?: string; error?: string };
    if (!body.cid) throw new Error(`upload refused: ${body.error}`);
    return body.cid;
  }

  /** The evidence document of an uploaded invoice file, uploaded too; returns it with its CID. */
  async evidenceFor(fileCid: string, fields: InvoiceOverrides = {}): Promise<{ document: ExpenseEvidenceDocument; cid: string }> {
    const document = expenseEvidenceFormSchema.parse({ ...supplierInvoice, ...fields, fileCid });
    return { document, cid: await this.upload("expense-evidence.json", "application/json", JSON.stringify(document)) };
  }

  /** Ada declares the supplier invoice (uploaded with its evidence); the reviewers are drawn. Returns the id and the CIDs. */
  async declaredAndDrawn(fields: InvoiceOverrides = {}) {
    const fileCid = await this.upload("supplier-invoice.pdf", "application/pdf", readFileSync(invoiceFiles.supplier));
    const evidence = await this.evidenceFor(fileCid, fields);
    const expenseId = await this.actions.declareExpense(this.declarer, evidence.document, evidence.cid);
    const drawn = await this.actions.drawReviewers(governance, expenseId);
    return { expenseId, fileCid, evidenceCid: evidence.cid, drawn };
  }

  /** A drawn reviewer rejects with a reason document uploaded through the app. */
  async reject(reviewer: Address, expenseId: bigint, reason: string) {
    const cid = await this.upload(
      "expense-rejection.json",
      "application/json",
      JSON.stringify({ kind: "scipio.expense-rejection", version: 1, expenseId: expenseId.toString(), reason }),
    );
    await this.actions.reviewExpense(reviewer, expenseId, "reject", cidToDigest(cid));
  }

  expense(expenseId: bigint) {
    return this.actions.expense(expenseId);
  }

  reviewersOf(expenseId: bigint) {
    return this.chain.client.readContract({ address: this.chain.address("ExpenseLedger"), abi: expenseLedgerAbi, functionName: "reviewersOf", args: [expenseId] });
  }

  expenseCount() {
    return this.chain.client.readContract({ address: this.chain.address("ExpenseLedger"), abi: expenseLedgerAbi, functionName: "expenseCount" });
  }
}
