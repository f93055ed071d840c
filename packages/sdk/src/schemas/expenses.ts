import { encodeAbiParameters, keccak256, parseUnits, type Hex } from "viem";
import { z } from "zod";
import { cidToDigest, type OnChainCid } from "../ipfs/cid.ts";
import { expenseEvidenceDocumentSchema, taxIdSchema, type ExpenseEvidenceDocument } from "./evidence.ts";

/*//////////////////////////////////////////////////////////////
                      EXPENSE DECLARATIONS
//////////////////////////////////////////////////////////////*/

/** The settlement token's currency and decimals: expenses are declared in its units. */
export const SETTLEMENT_CURRENCY = "EUR";
export const SETTLEMENT_DECIMALS = 6;
/** `ExpenseLedger.MAX_AMOUNT`: one billion in settlement units. */
export const EXPENSE_MAX_AMOUNT = 10n ** 15n;

/** A tax id without case, spaces, dots, dashes or slashes, so "b-1234.5678" and "B12345678" are one entity. */
export function normalizeTaxId(taxId: string): string {
  return taxId.toUpperCase().replace(/[\s.\-/]/g, "");
}

/** An invoice number without case or whitespace, so the same invoice cannot be declared twice by retyping it. */
export function normalizeInvoiceNumber(invoiceNumber: string): string {
  return invoiceNumber.toUpperCase().replace(/\s/g, "");
}

/** A legal entity's hash as the Platform role registers it on chain: keccak256(abi.encode(normalised tax id)). */
export function entityHashOf(taxId: string): Hex {
  return keccak256(encodeAbiParameters([{ type: "string" }], [normalizeTaxId(taxId)]));
}

/**
 * The on-chain key of an invoice, `keccak256(abi.encode(issuer tax id, invoice number))`, both normalised: the
 * expense ledger lets it back one live or validated expense only.
 */
export function invoiceKeyOf(issuerTaxId: string, invoiceNumber: string): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: "string" }, { type: "string" }],
      [normalizeTaxId(issuerTaxId), normalizeInvoiceNumber(invoiceNumber)],
    ),
  );
}

/** What the review page says about the invoiced party, without naming it. */
export type InvoicedPartyMatch = "matches" | "differs" | "unregistered";

const ZERO_HASH = `0x${"0".repeat(64)}`;

/** Whether the evidence's invoiced party is the declarer's registered entity (`entityHashOf` read from chain). */
export function invoicedPartyMatch(document: ExpenseEvidenceDocument, registeredEntityHash: Hex): InvoicedPartyMatch {
  if (registeredEntityHash.toLowerCase() === ZERO_HASH) return "unregistered";
  return document.invoicedPartyHash.toLowerCase() === registeredEntityHash.toLowerCase() ? "matches" : "differs";
}

/**
 * The declare form: what a declarer types. The invoiced party's tax id is hashed here, so it never reaches the
 * published document; the result is the evidence document to upload.
 */
export const expenseEvidenceFormSchema = z
  .object({
    invoiceNumber: z.string(),
    issuerTaxId: z.string(),
    invoicedPartyTaxId: taxIdSchema,
    amount: z.string(),
    currency: z.string(),
    date: z.string(),
    fileCid: z.string(),
  })
  .transform(({ invoicedPartyTaxId, ...fields }) => ({
    kind: "scipio.expense-evidence" as const,
    version: 1 as const,
    ...fields,
    invoicedPartyHash: entityHashOf(invoicedPartyTaxId) as string,
  }))
  .pipe(expenseEvidenceDocumentSchema)
  .refine((document) => document.currency === SETTLEMENT_CURRENCY, {
    message: `Expenses are settled in ${SETTLEMENT_CURRENCY}: declare the invoice's amount in ${SETTLEMENT_CURRENCY}`,
    path: ["currency"],
  })
  .refine((document) => parseUnits(document.amount, SETTLEMENT_DECIMALS) <= EXPENSE_MAX_AMOUNT, {
    message: "An expense may be at most 1,000,000,000",
    path: ["amount"],
  });

/** What `ExpenseLedger.declare` takes, from an uploaded evidence document and its CID. */
export interface ExpenseDeclaration {
  /** In settlement units (6 decimals). */
  amount: bigint;
  invoiceKey: Hex;
  evidence: OnChainCid;
}

export function expenseDeclarationOf(document: ExpenseEvidenceDocument, evidenceCid: string): ExpenseDeclaration {
  const parsed = expenseEvidenceDocumentSchema.parse(document);
  if (parsed.currency !== SETTLEMENT_CURRENCY) {
    throw new Error(`Expenses are declared in ${SETTLEMENT_CURRENCY}, not ${parsed.currency}`);
  }
  const amount = parseUnits(parsed.amount, SETTLEMENT_DECIMALS);
  if (amount > EXPENSE_MAX_AMOUNT) throw new Error("An expense may be at most 1,000,000,000");
  return {
    amount,
    invoiceKey: invoiceKeyOf(parsed.issuerTaxId, parsed.invoiceNumber),
    evidence: cidToDigest(evidenceCid),
  };
}
