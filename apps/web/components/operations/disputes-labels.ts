import type { DisputeStage, DisputeStatusName } from "@scipio/sdk/protocol";

/** Plain words for the court's states, shared by the list, the dispute page and its actions. */
export const DISPUTE_STATUS_LABELS: Record<DisputeStatusName, string> = {
  None: "Not found",
  AwaitingResponse: "Awaiting the other side's deposit",
  AwaitingResolver: "Awaiting its resolver",
  AwaitingDecision: "Awaiting the resolver's decision",
  Decided: "Decided, open to appeal",
  Resolved: "Resolved",
};

export const DISPUTE_STAGE_LABELS: Record<DisputeStage, string> = {
  Conciliation: "Conciliation",
  Mediation: "Mediation",
  Arbitration: "Arbitration",
};

export type RulingName = "forOpener" | "forRespondent" | "tie";

/** A ruling in the words of the dispute's subject: who won. */
export function rulingLabel(ruling: RulingName, subject: "consumption" | "expense" | "claim"): string {
  if (ruling === "tie") return subject === "consumption" ? "Tie (the feeder's record stands)" : subject === "expense" ? "Tie (the rejection stands, deposit returned)" : "Tie";
  if (ruling === "forOpener") return subject === "consumption" ? "For the operator (A)" : subject === "expense" ? "For the declarer (A)" : "For the claimant (A)";
  return subject === "consumption" ? "For the feeder (B)" : subject === "expense" ? "For the platform (B)" : "For the respondent (B)";
}

export const SUBJECT_LABELS = { consumption: "Consumption record", expense: "Rejected expense", claim: "Free-form claim" } as const;

/** Settlement-token units (6 decimals) as euros, e.g. "20.00 dEUR". */
export function formatEuro(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / 1_000_000n;
  const cents = (abs % 1_000_000n) / 10_000n;
  return `${negative ? "−" : ""}${whole.toLocaleString("en-GB")}.${cents.toString().padStart(2, "0")} dEUR`;
}
