import { type PeriodClock, reviewEnd } from "./period-clock";
import type { Todo } from "./types";

/** `IConsumptionLedger.RecordState.Recorded`: counted, waiting for the operator to validate or dispute it. */
const RECORDED = 1;

export type ConsumptionOnChain = { period: bigint; consumption: bigint; state: number };

/** The operator's consumption records still to validate (or dispute) before their period's review window ends. */
export function consumptionTodos(records: readonly ConsumptionOnChain[], clock: PeriodClock, chainNow: bigint): Todo[] {
  return records
    .filter((record) => record.state === RECORDED && chainNow < reviewEnd(clock, record.period))
    .map((record) => ({
      id: `consumption:${record.period}`,
      kind: "consumption",
      title: `Validate your consumption of period ${record.period}`,
      href: "/consumption",
      deadline: reviewEnd(clock, record.period),
      deadlineKind: "due",
      detail: `The feeder recorded ${record.consumption.toLocaleString("en-US")} GB: validate it, or raise an issue, before the period's review window ends (after that it counts as validated).`,
    }));
}
