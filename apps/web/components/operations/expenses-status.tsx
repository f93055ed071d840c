import type { ExpenseStatusName } from "@scipio/sdk/protocol";
import { formatChainTime } from "@/components/ui/time";
import type { Seat } from "@/lib/reads/expenses";
import type { ExpenseChainActionsProps } from "./expenses-chain-actions";

const tone: Record<ExpenseStatusName, string> = {
  None: "bg-stone-100 text-stone-800",
  Pending: "bg-sky-100 text-sky-900",
  Validated: "bg-emerald-100 text-emerald-900",
  Rejected: "bg-red-100 text-red-900",
  Disputed: "bg-amber-100 text-amber-950",
  Lapsed: "bg-stone-200 text-stone-800",
  Forfeited: "bg-red-100 text-red-900",
  Dismissed: "bg-stone-200 text-stone-800",
};

/** An expense's status as a badge. */
export function ExpenseStatusBadge({ status }: { status: ExpenseStatusName }) {
  return (
    <span data-testid="expense-status" className={`rounded-full px-2 py-0.5 text-xs font-semibold ${tone[status]}`}>
      {status}
    </span>
  );
}

const verdictText = { validate: "validated", reject: "rejected", none: "" } as const;

/**
 * The three reviewer seats without naming anyone: drawn or vacant, answered (and how) or pending with the answer
 * window's end in chain time.
 */
export function ReviewerSeats({ seats, chainNow }: { seats: readonly Seat[]; chainNow: bigint }) {
  return (
    <ol className="space-y-1 text-sm" data-testid="reviewer-seats" aria-label="Reviewer seats">
      {seats.map((seat) => (
        <li key={seat.slot} data-testid="reviewer-seat" data-state={!seat.drawn ? "vacant" : seat.verdict === "none" ? "pending" : seat.verdict}>
          <span className="font-medium">Reviewer {seat.slot + 1}:</span>{" "}
          {!seat.drawn
            ? "not drawn yet"
            : seat.verdict !== "none"
              ? `answered — ${verdictText[seat.verdict]}`
              : seat.answerBy > chainNow
                ? `pending, may answer until ${formatChainTime(seat.answerBy)}`
                : `missed the window (${formatChainTime(seat.answerBy)}): anyone may replace this reviewer`}
        </li>
      ))}
    </ol>
  );
}

/** The period choices the declare form offers: "Period 12 (running)", with when it stops taking declarations. */
export function periodOption(period: bigint, phase: string, endsAt: bigint) {
  return {
    period: period.toString(),
    label: `Period ${period} (${phase === "Grace" ? "grace window" : "running"})`,
    endsAt: `Takes declarations until ${formatChainTime(endsAt)}`,
  };
}

/** The island's props from a server-read expense (bigints as strings, seats without their reviewers). */
export function chainActionsProps(expense: {
  id: bigint;
  status: string;
  drawAnchor: bigint;
  periodPhase: string;
  depositReleased: boolean;
  seats: readonly { slot: number; drawn: boolean; verdict: string; answerBy: bigint }[];
}, chainNow: bigint): ExpenseChainActionsProps {
  return {
    expenseId: expense.id.toString(),
    status: expense.status,
    drawAnchor: expense.drawAnchor.toString(),
    periodPhase: expense.periodPhase,
    depositReleased: expense.depositReleased,
    seats: expense.seats.map((seat) => ({ slot: seat.slot, drawn: seat.drawn, answered: seat.verdict !== "none", answerBy: seat.answerBy.toString() })),
    chainNow: chainNow.toString(),
  };
}
