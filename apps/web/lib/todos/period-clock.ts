/**
 * The compensation table's clock (IPeriodClock): period `p` runs over `[genesis + p·length, genesis + (p+1)·length)`,
 * then its grace window, then its review window; it is Closable from the end of the review window on.
 */
export type PeriodClock = { genesis: bigint; periodLength: bigint; graceWindow: bigint; reviewWindow: bigint };

export function periodEnd(clock: PeriodClock, period: bigint): bigint {
  return clock.genesis + (period + 1n) * clock.periodLength;
}

/** The first second a period's reviews, validations and disputes are no longer accepted (it becomes Closable). */
export function reviewEnd(clock: PeriodClock, period: bigint): bigint {
  return periodEnd(clock, period) + clock.graceWindow + clock.reviewWindow;
}

/** The period running at `timestamp`, or -1n before genesis. */
export function periodAt(clock: PeriodClock, timestamp: bigint): bigint {
  return timestamp < clock.genesis ? -1n : (timestamp - clock.genesis) / clock.periodLength;
}
