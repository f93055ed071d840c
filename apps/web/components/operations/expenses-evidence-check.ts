import { fetchEvidence, contentMatchesType, EvidenceVerificationError } from "@scipio/sdk/ipfs";
import { EXPENSE_MAX_AMOUNT, invoicedPartyMatch, invoiceKeyOf, SETTLEMENT_DECIMALS, type InvoicedPartyMatch } from "@scipio/sdk/schemas";
import { expenseEvidenceDocumentSchema, type ExpenseEvidenceDocument } from "@scipio/sdk/schemas/evidence";
import { parseUnits, type Hex } from "viem";

/**
 * The evidence page's checks. They run in the reviewer's browser, in a worker (`expenses-evidence.worker.ts`), so
 * zod, the schemas and the CAR verifier are neither in the route's first load nor on the page's main thread.
 */

/** The evidence document is small JSON. */
const DOCUMENT_MAX_BYTES = 64 * 1024;
const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;

export type Verified<T> =
  | { status: "loading" }
  | { status: "verified"; value: T }
  | { status: "mismatch"; message: string }
  | { status: "unavailable"; message: string }
  | { status: "invalid"; message: string };

/** The verified document's fields and how they compare with what the chain holds. */
export type CheckedDocument = {
  invoiceNumber: string;
  issuerTaxId: string;
  amount: string;
  currency: string;
  date: string;
  fileCid: string;
  party: InvoicedPartyMatch;
  amountMatches: boolean;
  keyMatches: boolean;
};

export type InvoiceFile = { bytes: Uint8Array; kind: "pdf" | "image"; type: string };

/** What the page asks the worker, and what the worker answers (each result as soon as it is known). */
export type EvidenceCheckRequest = { evidenceCid: string; onChain: OnChainDeclaration; gateway: string };
export type EvidenceCheckMessage = { kind: "document"; result: Verified<CheckedDocument> } | { kind: "file"; result: Verified<InvoiceFile> };

export type OnChainDeclaration = {
  /** The declarer's registered entity hash (zero when none); the declarer itself never reaches the page. */
  registeredEntityHash: Hex;
  /** The invoice key and amount the declaration carried on chain. */
  invoiceKey: Hex | undefined;
  amount: bigint;
};

function failureOf(error: unknown): Extract<Verified<never>, { status: "mismatch" | "unavailable" }> {
  if (error instanceof EvidenceVerificationError && error.reason !== "unavailable") return { status: "mismatch", message: error.message };
  return { status: "unavailable", message: "The gateway did not return it. Try again later." };
}

/**
 * Fetches the evidence document and then the invoice file as trustless CARs, each checked block by block against
 * its CID; reports each as soon as it is known. A mismatch withholds the data.
 */
export async function checkEvidence(
  evidenceCid: string,
  onChain: OnChainDeclaration,
  { gateway, signal, onDocument, onFile }: { gateway: string; signal: AbortSignal; onDocument(result: Verified<CheckedDocument>): void; onFile(result: Verified<InvoiceFile>): void },
): Promise<void> {
  let document: CheckedDocument;
  try {
    const bytes = await fetchEvidence(evidenceCid, { gateway, signal, maxBytes: DOCUMENT_MAX_BYTES });
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      json = undefined;
    }
    const checked = expenseEvidenceDocumentSchema.safeParse(json);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      onDocument({ status: "invalid", message: issue ? `${issue.path.join(".") || "document"}: ${issue.message}` : "not JSON" });
      onFile({ status: "invalid", message: "No invoice file: the evidence document is not valid." });
      return;
    }
    document = compareWithChain(checked.data, onChain);
    onDocument({ status: "verified", value: document });
  } catch (error) {
    if (signal.aborted) return;
    onDocument(failureOf(error));
    onFile({ status: "unavailable", message: "No invoice file without its evidence document." });
    return;
  }
  try {
    const bytes = await fetchEvidence(document.fileCid, { gateway, signal });
    const image = IMAGE_TYPES.find((type) => contentMatchesType(bytes, type));
    if (!image && !contentMatchesType(bytes, "application/pdf")) {
      onFile({ status: "invalid", message: "The verified file is neither a PDF nor an image, so it is not shown." });
      return;
    }
    onFile({ status: "verified", value: { bytes, kind: image ? "image" : "pdf", type: image ?? "application/pdf" } });
  } catch (error) {
    if (!signal.aborted) onFile(failureOf(error));
  }
}

function compareWithChain(
  document: ExpenseEvidenceDocument,
  { registeredEntityHash, invoiceKey, amount }: OnChainDeclaration,
): CheckedDocument {
  let documentAmount: bigint | undefined;
  try {
    documentAmount = parseUnits(document.amount, SETTLEMENT_DECIMALS);
  } catch {
    documentAmount = undefined;
  }
  return {
    invoiceNumber: document.invoiceNumber,
    issuerTaxId: document.issuerTaxId,
    amount: document.amount,
    currency: document.currency,
    date: document.date,
    fileCid: document.fileCid,
    party: invoicedPartyMatch(document, registeredEntityHash),
    amountMatches: documentAmount !== undefined && documentAmount === amount && documentAmount <= EXPENSE_MAX_AMOUNT,
    keyMatches: invoiceKey !== undefined && invoiceKeyOf(document.issuerTaxId, document.invoiceNumber).toLowerCase() === invoiceKey.toLowerCase(),
  };
}
