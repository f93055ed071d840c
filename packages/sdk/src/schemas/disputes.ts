import { z } from "zod";
import { evidenceFileSchema } from "./evidence.ts";

/*//////////////////////////////////////////////////////////////
                  CONSUMPTION AND THE DISPUTE COURT
//////////////////////////////////////////////////////////////*/

/**
 * The GB a feeder records for one operator and period: a whole number from 0 to the ledger's
 * `MAX_CONSUMPTION` (read from the contract and passed in).
 */
export function consumptionGigabytesSchema({ max }: { max: bigint }) {
  return z
    .string()
    .trim()
    .min(1, "Enter the consumption in GB")
    .regex(/^\d{1,20}$/, "Enter whole gigabytes, digits only, e.g. 2500")
    .transform((value) => BigInt(value))
    .refine((gigabytes) => gigabytes <= max, `A record takes at most ${max.toString()} GB`);
}

/** What a party writes when it brings, matches or escalates a stage: its statement, kept in the evidence document. */
export const disputeStatementSchema = z
  .string()
  .trim()
  .min(1, "Say what you claim and why: the resolver reads this first")
  .max(5_000, "Keep the statement under 5,000 characters");

/**
 * A party's evidence for one stage of a dispute (`scipio.dispute-evidence` v1); its CID goes on chain with
 * `openDispute`, `openClaim`, `respond` or `escalate`. `about` says what it concerns, for whoever reads it alone.
 */
export const disputeEvidenceDocumentSchema = z.object({
  kind: z.literal("scipio.dispute-evidence"),
  version: z.literal(1),
  text: disputeStatementSchema,
  about: z.string().trim().max(200, "Keep the subject line under 200 characters").optional(),
  files: z.array(evidenceFileSchema).max(20, "Attach at most 20 files").optional(),
});

/** The reason a resolver gives for its ruling (`scipio.dispute-ruling` v1); its CID goes on chain with `decide`. */
export const disputeRulingDocumentSchema = z.object({
  kind: z.literal("scipio.dispute-ruling"),
  version: z.literal(1),
  disputeId: z.string().regex(/^\d+$/, "The dispute id is a whole number"),
  stage: z.enum(["Conciliation", "Mediation", "Arbitration"]),
  ruling: z.enum(["forOpener", "forRespondent", "tie"]),
  reason: z.string().trim().min(1, "Give the reason for the ruling").max(5_000, "Keep the reason under 5,000 characters"),
});

export type DisputeEvidenceDocument = z.infer<typeof disputeEvidenceDocumentSchema>;
export type DisputeRulingDocument = z.infer<typeof disputeRulingDocumentSchema>;
