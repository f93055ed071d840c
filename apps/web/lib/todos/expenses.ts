import { type PeriodClock, reviewEnd } from "./period-clock";
import type { Todo } from "./types";

/** `IExpenseLedger.ExpenseStatus.Pending` and `Verdict.None`. */
const PENDING = 1;
const NO_VERDICT = 0;
const ZERO = "0x0000000000000000000000000000000000000000";

/** An expense and its three reviewer slots, as `getExpense` and `reviewersOf` return them. */
export type ExpenseOnChain = {
  id: bigint;
  declarer: string;
  period: bigint;
  status: number;
  /** Non-zero while a slot waits for its draw. */
  drawAnchor: bigint;
  reviewers: readonly { reviewer: string; drawnAt: bigint; verdict: number }[];
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Reviews drawn for `account` and still unanswered on pending expenses. The deadline is the earlier of the reviewer's
 * answer window (after it anyone may replace the reviewer) and the end of the period's review window (after it no
 * verdict is taken).
 */
export function reviewTodos(account: string, expenses: readonly ExpenseOnChain[], clock: PeriodClock, answerWindow: bigint, chainNow: bigint): Todo[] {
  const todos: Todo[] = [];
  for (const expense of expenses) {
    if (expense.status !== PENDING || same(expense.declarer, account)) continue;
    const closes = reviewEnd(clock, expense.period);
    if (chainNow >= closes) continue;
    const seat = expense.reviewers.find((slot) => same(slot.reviewer, account) && slot.verdict === NO_VERDICT);
    if (!seat) continue;
    const answerBy = seat.drawnAt + answerWindow;
    const deadline = answerBy < closes ? answerBy : closes;
    todos.push({
      id: `review:${expense.id}`,
      kind: "review",
      title: `Review expense #${expense.id}`,
      href: `/reviews/${expense.id}`,
      deadline,
      deadlineKind: "due",
      detail:
        answerBy < closes
          ? `You were drawn to review it (period ${expense.period}): answer before your window ends, or anyone may replace you.`
          : `You were drawn to review it (period ${expense.period}): answer before the period's review window ends.`,
    });
  }
  return todos;
}

/**
 * The account's own pending expenses whose reviewers are due to be drawn: a vacant slot (declared, or a reviewer
 * replaced), or a drawn reviewer whose answer window passed (anyone may replace it, and the next draw fills it).
 * The draw must happen before the period's review window ends, or the expense lapses undecided.
 */
export function drawTodos(account: string, expenses: readonly ExpenseOnChain[], clock: PeriodClock, answerWindow: bigint, chainNow: bigint): Todo[] {
  const todos: Todo[] = [];
  for (const expense of expenses) {
    if (expense.status !== PENDING || !same(expense.declarer, account)) continue;
    const closes = reviewEnd(clock, expense.period);
    if (chainNow >= closes) continue;
    const vacant = expense.reviewers.filter((slot) => same(slot.reviewer, ZERO)).length;
    const late = expense.reviewers.filter((slot) => !same(slot.reviewer, ZERO) && slot.verdict === NO_VERDICT && chainNow >= slot.drawnAt + answerWindow).length;
    if (vacant === 0 && late === 0) continue;
    todos.push({
      id: `draw:${expense.id}`,
      kind: "draw",
      title: vacant > 0 ? `Draw the reviewers of your expense #${expense.id}` : `Replace a late reviewer of your expense #${expense.id}`,
      href: "/expenses",
      deadline: closes,
      deadlineKind: "due",
      detail:
        vacant > 0
          ? `${vacant} of its reviewer seats ${vacant === 1 ? "is" : "are"} waiting for the draw; undecided when period ${expense.period}'s review window ends, it lapses.`
          : `${late} drawn reviewer${late === 1 ? "" : "s"} missed the answer window; undecided when period ${expense.period}'s review window ends, it lapses.`,
    });
  }
  return todos;
}
