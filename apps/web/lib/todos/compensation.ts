import type { Todo } from "./types";

/** `ICompensationTable.PositionKind`. */
const DEBT = 1;
const CREDIT = 2;
const LATE_CREDIT = 3;

/** The account's side of a closed period: its recorded position (kind None when unrecorded) and its net. */
export type PositionOnChain = {
  period: bigint;
  kind: number;
  amount: bigint;
  paid: bigint;
  /** `netPositionOf`: what the position is or will be when recorded (positive: owed to the account). */
  net: bigint;
  /** `claimableOf` now. */
  claimable: bigint;
  recordingEndsAt: bigint;
};

/**
 * Settlement-token units (6 decimals) as euros, exact: cents always, further decimals only when the amount has them
 * (a consumption share rarely falls on a cent, and a settlement beyond the debt is refused): 1234500000n →
 * "€1,234.50", 354085714n → "€354.085714".
 */
export function formatEuro(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = (abs / 1_000_000n).toLocaleString("en-US");
  const fraction = (abs % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "").padEnd(2, "0");
  return `${negative ? "−" : ""}€${whole}.${fraction}`;
}

/**
 * Debts to settle and credits to claim in closed periods. A debt is due by the end of the recording window (until it
 * is paid the account can neither declare nor claim); a credit is recorded by then to count in the total credit,
 * and its claim opens when the window ends.
 */
export function compensationTodos(positions: readonly PositionOnChain[], chainNow: bigint): Todo[] {
  const todos: Todo[] = [];
  for (const position of positions) {
    const { period, recordingEndsAt: ends } = position;
    const todo = (kind: "settle" | "claim", title: string, deadlineKind: Todo["deadlineKind"], detail: string) =>
      todos.push({ id: `${kind}:${period}`, kind, title, href: `/compensation?period=${period}`, deadline: ends, deadlineKind, detail });
    const debt = position.kind === DEBT ? position.amount - position.paid : position.kind === 0 && position.net < 0n ? -position.net : 0n;
    if (debt > 0n) {
      todo(
        "settle",
        `Settle your debt of period ${period}: ${formatEuro(debt)}`,
        "due",
        position.paid > 0n
          ? `${formatEuro(position.paid)} of ${formatEuro(position.amount)} paid. Until it is settled you can neither declare expenses nor claim credits.`
          : "Settle it within the recording window. Until it is settled you can neither declare expenses nor claim credits.",
      );
      continue;
    }
    if (position.kind === 0 && position.net > 0n && chainNow < ends) {
      todo(
        "claim",
        `Record your credit of period ${period}: ${formatEuro(position.net)}`,
        "due",
        "Recorded within the recording window it counts in the period's total credit; recorded later it is paid only from late payments.",
      );
      continue;
    }
    const credit = position.kind === CREDIT || position.kind === LATE_CREDIT || (position.kind === 0 && position.net > 0n);
    if (!credit) continue;
    if (chainNow < ends) {
      todo("claim", `Claim your credit of period ${period}: ${formatEuro(position.amount)}`, "opens", "Claims open when the recording window ends, pro rata to what the debtors paid in.");
    } else if (position.claimable > 0n) {
      todo("claim", `Claim ${formatEuro(position.claimable)} of your credit of period ${period}`, "opens", "Claimable now: what the debtors have paid in so far, pro rata.");
    }
  }
  return todos;
}
