import { checkIssuedInvoice, invoiceDocumentSchema, type InvoiceDocument } from "@scipio/sdk/invoice";
import { EvidenceVerificationError, fetchEvidence } from "@scipio/sdk/ipfs";
import { createPublicClient, http, type Address } from "viem";

/**
 * What the browser found about an issued invoice: whether the gateway's bytes are the CID's (the trustless CAR
 * check), whether they are a valid invoice document, and whether the document rebuilt from the billing events
 * has the same CID (the issuer's CID is only its word until someone rebuilds it).
 */
export type InvoiceCheckResult = {
  issuedCid: string;
  rebuiltCid: string;
  /** The document rebuilt from the events: what the page and the PDF show. */
  document: InvoiceDocument;
  matches: boolean;
  stored: { status: "verified" } | { status: "invalid-document"; message: string } | { status: "unavailable"; message: string } | { status: "mismatch"; message: string };
};

export async function checkInvoiceInBrowser(options: {
  rpcUrl: string;
  gatewayUrl: string;
  billing: Address;
  operator: Address;
  period: bigint;
  fromBlock: bigint;
  cid: string;
  signal?: AbortSignal;
}): Promise<InvoiceCheckResult | undefined> {
  const client = createPublicClient({ transport: http(options.rpcUrl) });
  const rebuilt = await checkIssuedInvoice(client, options);
  if (!rebuilt) return undefined;
  let stored: InvoiceCheckResult["stored"];
  try {
    const bytes = await fetchEvidence(options.cid, { gateway: options.gatewayUrl, signal: options.signal, maxBytes: 4 * 1024 * 1024 });
    const parsed = invoiceDocumentSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    stored = parsed.success ? { status: "verified" } : { status: "invalid-document", message: parsed.error.issues[0]?.message ?? "not an invoice document" };
  } catch (error) {
    // Any failed check of the gateway's answer (an altered block, a block of another file, a cut CAR) means the bytes
    // are not the CID's; only an unanswered request leaves the question open (as on the evidence page).
    if (error instanceof EvidenceVerificationError && error.reason !== "unavailable") stored = { status: "mismatch", message: error.message };
    else if (error instanceof SyntaxError) stored = { status: "invalid-document", message: "The stored file is not JSON." };
    else stored = { status: "unavailable", message: error instanceof Error ? error.message : String(error) };
  }
  return { ...rebuilt, stored };
}
