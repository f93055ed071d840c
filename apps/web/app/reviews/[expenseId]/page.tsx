import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExpenseChainActionsIsland } from "@/components/operations/expenses-chain-actions-island";
import { ExpenseEvidence } from "@/components/operations/expenses-evidence";
import { chainActionsProps, ExpenseStatusBadge, ReviewerSeats } from "@/components/operations/expenses-status";
import { ExpenseVerdictIsland } from "@/components/operations/expenses-verdict-island";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { Panel } from "@/components/ui/panel";
import { formatEuro, readExpenseForReview, type Seat } from "@/lib/reads/expenses";
import { DeadlineCalendarLinks } from "@/components/calendar/deadline-calendar-links";
import type { CalendarDeadline } from "@/lib/todos/calendar";

type Params = Promise<{ expenseId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { expenseId } = await params;
  return { title: `Expense #${expenseId} · Evidence` };
}

const REVIEWING = ["Running", "Grace", "Review"];

/** The evidence page: what a drawn reviewer needs to judge an expense, fresh from the chain, never its declarer. */
export default async function EvidencePage({ params }: { params: Params }) {
  const { expenseId } = await params;
  if (!/^\d{1,20}$/.test(expenseId)) notFound();
  const read = await readExpenseForReview(BigInt(expenseId));
  if (read.status === "not-found") notFound();
  if (read.status !== "ok") return <ChainUnavailableNotice read={read} contract="expense ledger" />;
  const { expense, chainNow } = read;
  return (
    <article className="space-y-6" data-testid="evidence-page" data-expense-id={expenseId}>
      <header className="space-y-2">
        <PageLink href="/reviews" className="text-sm text-teal-800 underline">
          ← Reviews
        </PageLink>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold tracking-tight">Expense #{expenseId}</h1>
          <ExpenseStatusBadge status={expense.status} />
        </div>
        <p className="text-stone-700">
          Declared for period {expense.period.toString()} ({expense.periodPhase.toLowerCase()}) · <span data-testid="declared-amount">{formatEuro(expense.amount)}</span> ·{" "}
          {expense.validations} validated, {expense.rejections} rejected
        </p>
      </header>
      <ExpenseEvidence
        expenseId={expenseId}
        evidenceCid={expense.evidenceCid}
        registeredEntityHash={read.registeredEntityHash}
        invoiceKey={read.invoiceKey}
        amount={expense.amount.toString()}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <ExpenseVerdictIsland
          expenseId={expenseId}
          status={expense.status}
          reviewing={REVIEWING.includes(expense.periodPhase)}
          seats={expense.seats.map((seat) => ({ slot: seat.slot, reviewer: seat.reviewer, verdict: seat.verdict }))}
        />
        <Panel title="Reviewers" testId="seats">
          <ReviewerSeats seats={expense.seats} chainNow={chainNow} />
          {REVIEWING.includes(expense.periodPhase) && <DeadlineCalendarLinks deadlines={reviewDeadlines(expense.id, expense.seats, chainNow)} chainNow={chainNow} testId="review-calendar" />}
          <ExpenseChainActionsIsland {...chainActionsProps(expense, chainNow)} />
        </Panel>
      </div>
    </article>
  );
}

/**
 * The answer-by of the seats still waiting for a verdict, one calendar deadline per distinct time (the three seats
 * drawn together share one; a replaced reviewer's runs later). The page names no reviewer, so neither does the event.
 */
function reviewDeadlines(expenseId: bigint, seats: readonly Seat[], chainNow: bigint): (CalendarDeadline & { label: string })[] {
  const pending = seats.filter((seat) => seat.drawn && seat.verdict === "none" && seat.answerBy > chainNow);
  const times = [...new Set(pending.map((seat) => seat.answerBy))].sort((a, b) => (a < b ? -1 : 1));
  return times.map((answerBy) => {
    const slots = pending.filter((seat) => seat.answerBy === answerBy).map((seat) => seat.slot + 1);
    const who = slots.length === 1 ? `reviewer ${slots[0]}` : `reviewers ${slots.slice(0, -1).join(", ")} and ${slots.at(-1)}`;
    return {
      id: `review:${expenseId}.seats-${slots.join("-")}`,
      label: `Add the review deadline of ${who} to your calendar (.ics)`,
      title: `Review expense #${expenseId}`,
      detail: `The drawn ${who} answer${slots.length === 1 ? "s" : ""} by then (validate, or reject with a reason); past it, anyone may replace a late reviewer.`,
      href: `/reviews/${expenseId}`,
      deadline: answerBy,
      deadlineKind: "due",
    };
  });
}
