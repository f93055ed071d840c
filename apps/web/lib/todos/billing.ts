import { type PeriodClock, periodEnd, reviewEnd } from "./period-clock";
import type { Todo } from "./types";

export type BillingPeriodOnChain = { period: bigint; invoiced: boolean };

/**
 * Invoices the operator has not issued for periods that have ended. Billing sets no deadline for it; the to-do is due
 * by the period's close (the end of its review window), when the compensation page sets the period's CPR
 * contributions beside its validated expenses.
 */
export function invoiceTodos(periods: readonly BillingPeriodOnChain[], clock: PeriodClock, chainNow: bigint): Todo[] {
  return periods
    .filter((billing) => !billing.invoiced && chainNow >= periodEnd(clock, billing.period))
    .map((billing) => ({
      id: `invoice:${billing.period}`,
      kind: "invoice",
      title: `Issue your invoice for period ${billing.period}`,
      href: "/billing",
      deadline: reviewEnd(clock, billing.period),
      deadlineKind: "due",
      detail: "The period has ended: issue its invoice (CPR contributions and the per-customer document) before the period closes.",
    }));
}
