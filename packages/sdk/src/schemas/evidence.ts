import { z } from "zod";
import { cidToDigest } from "../ipfs/cid.ts";
import { EVIDENCE_ALLOWED_TYPES } from "../ipfs/limits.ts";

/** A CID that can go on chain: sha2-256, raw or dag-pb (what UnixFS `add` gives). */
export const cidSchema = z
  .string()
  .trim()
  .min(1, "Enter a CID")
  .refine((value) => {
    try {
      cidToDigest(value);
      return true;
    } catch {
      return false;
    }
  }, "Enter the CID of a file on IPFS, e.g. bafkrei… or Qm…");

const httpLinkSchema = z
  .url({ protocol: /^https?$/, error: "Links must start with http:// or https://" })
  .max(2_000, "Links may be at most 2,000 characters");

/** A file attached to a document: its CID plus what a reviewer needs to open it. */
export const evidenceFileSchema = z.object({
  cid: cidSchema,
  name: z.string().trim().min(1, "Give the file a name").max(200, "File names may be at most 200 characters"),
  mediaType: z.enum(EVIDENCE_ALLOWED_TYPES, "Only PDF, PNG, JPEG, WebP, JSON and plain text files are accepted"),
  size: z.number().int().positive(),
});

/** Evidence that a claimed Distribute task was done; its CID is what the claimer submits. */
export const taskEvidenceDocumentSchema = z.object({
  kind: z.literal("scipio.task-evidence"),
  version: z.literal(1),
  projectId: z.string().regex(/^\d+$/, "The project id is a whole number"),
  taskIndex: z.number().int().min(0).max(31, "A task list has at most 32 tasks"),
  summary: z.string().trim().min(1, "Describe what was done").max(5_000, "Keep the summary under 5,000 characters"),
  files: z.array(evidenceFileSchema).max(20, "Attach at most 20 files"),
  links: z.array(httpLinkSchema).max(20, "Add at most 20 links").optional(),
});

/** A decimal amount as written on the invoice, kept as text so no precision is lost. */
const invoiceAmountSchema = z
  .string()
  .trim()
  .regex(/^\d{1,15}(\.\d{1,6})?$/, "Write the amount with digits and at most 6 decimals, e.g. 1250.00")
  .refine((value) => Number(value) > 0, "The amount must be greater than zero");

/** A tax id as printed (NIF, CIF, VAT number): letters, digits and the usual separators. */
export const taxIdSchema = z
  .string()
  .trim()
  .min(1, "Enter the tax id")
  .max(32, "A tax id has at most 32 characters")
  .regex(/^(?:[A-Za-z0-9][A-Za-z0-9 .\-/]*)?$/, "A tax id has letters and digits only, e.g. B12345678");

/** A 32-byte hash as 0x + 64 hex digits. */
const hashSchema = z.string().regex(/^0x[0-9a-fA-F]{64}$/, "Expected a 32-byte hash: 0x followed by 64 hex digits");

/**
 * The invoice behind an expense declaration; its CID goes on chain with the declaration. It never names the
 * declarer: the invoiced party appears only as its entity hash (keccak of its normalised tax id, see
 * `entityHashOf`), which the review page compares with the declarer's registered entity hash and shows as
 * "matches" or "does not match". `issuerTaxId` + `invoiceNumber` make the invoice's on-chain key.
 */
export const expenseEvidenceDocumentSchema = z.object({
  kind: z.literal("scipio.expense-evidence"),
  version: z.literal(1),
  invoiceNumber: z.string().trim().min(1, "Enter the invoice number").max(100, "Invoice numbers may be at most 100 characters"),
  issuerTaxId: taxIdSchema,
  invoicedPartyHash: hashSchema,
  amount: invoiceAmountSchema,
  currency: z.string().regex(/^[A-Z]{3}$/, "Use the three-letter currency code, e.g. EUR"),
  date: z.iso.date("Use the invoice date as YYYY-MM-DD"),
  fileCid: cidSchema,
});

/** Why a reviewer rejects an expense; its CID goes on chain with the rejection. */
export const expenseRejectionDocumentSchema = z.object({
  kind: z.literal("scipio.expense-rejection"),
  version: z.literal(1),
  expenseId: z.string().regex(/^\d+$/, "The expense id is a whole number"),
  reason: z.string().trim().min(1, "Say why the expense is rejected").max(5_000, "Keep the reason under 5,000 characters"),
});

/** What a proposer publishes about a Distribute project; its CID goes on chain with the proposal. */
export const projectDescriptionDocumentSchema = z.object({
  kind: z.literal("scipio.project-description"),
  version: z.literal(1),
  title: z.string().trim().min(3, "Give the project a title of at least 3 characters").max(120, "Keep the title under 120 characters"),
  summary: z.string().trim().min(1, "Summarise the project").max(10_000, "Keep the summary under 10,000 characters"),
  location: z.string().trim().max(200, "Keep the location under 200 characters").optional(),
  links: z.array(httpLinkSchema).max(20, "Add at most 20 links").optional(),
});

export type EvidenceFile = z.infer<typeof evidenceFileSchema>;
export type TaskEvidenceDocument = z.infer<typeof taskEvidenceDocumentSchema>;
export type ExpenseEvidenceDocument = z.infer<typeof expenseEvidenceDocumentSchema>;
export type ExpenseRejectionDocument = z.infer<typeof expenseRejectionDocumentSchema>;
export type ProjectDescriptionDocument = z.infer<typeof projectDescriptionDocumentSchema>;
