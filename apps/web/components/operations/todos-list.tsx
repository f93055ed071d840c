"use client";

import { IndexFreshnessNote } from "@/components/index-freshness";
import { PageLink } from "@/components/page-link";
import { useChainClock } from "@/components/ui/chain-clock";
import { Panel } from "@/components/ui/panel";
import { formatChainTime, formatDuration } from "@/components/ui/time";
import type { IndexFreshness } from "@/lib/indexer";
import { isOverdue, itemCalendarHrefOf, parseTodos, sortTodos, type SerializedTodo } from "@/lib/todos/types";

export type OperationsTodosListProps = {
  todos: SerializedTodo[];
  /** The chain's time the list was read at (unix seconds, decimal). */
  chainNow: string;
  freshness: IndexFreshness | undefined;
  /** The .ics of every deadline of the account (operations and Distribute). */
  calendarHref: string;
};

/** The download that puts every deadline of the account in the user's calendar. */
export function CalendarDownload({ href }: { href: string }) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <a
        href={href}
        download
        data-testid="calendar-download"
        className="inline-flex items-center rounded-md border border-teal-700 px-3 py-1.5 font-medium text-teal-800 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
      >
        Download calendar (.ics)
      </a>
      <span className="text-stone-600">Every deadline you have, here and in Distribute, with reminders a day and an hour before.</span>
    </p>
  );
}

/**
 * The account's operations to-dos, earliest deadline first, each with its deadline in chain time and a countdown;
 * past-deadline items are marked overdue. The dates are the chain's clock, which a local chain may run ahead of.
 */
export function OperationsTodosList({ todos, chainNow, freshness, calendarHref }: OperationsTodosListProps) {
  const now = useChainClock(BigInt(chainNow));
  const items = sortTodos(parseTodos(todos));
  return (
    <Panel title="Operations to-dos" testId="operations-todos">
      {freshness && <IndexFreshnessNote freshness={freshness} fallback="read from the chain directly (the newest expenses and disputes)" />}
      {items.length === 0 ? (
        <p className="text-sm text-stone-600" data-testid="operations-todos-empty">
          Nothing in the network&apos;s operations waits for you: no review drawn for you, no consumption to validate, no debt, credit or dispute.
        </p>
      ) : (
        <ol className="divide-y divide-stone-100 text-sm">
          {items.map((todo) => {
            const overdue = isOverdue(todo, now);
            const left = Number(todo.deadline) - now;
            return (
              <li key={todo.id} data-testid="operations-todo" data-kind={todo.kind} data-deadline={todo.deadline.toString()} data-overdue={overdue} className="space-y-0.5 py-2">
                <div className="flex flex-wrap items-baseline gap-x-2">
                  <PageLink href={todo.href} className="font-medium text-teal-800 underline">
                    {todo.title}
                  </PageLink>
                  {overdue && <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">Overdue</span>}
                </div>
                <p className="text-stone-700">
                  <span data-testid="todo-deadline">{formatChainTime(todo.deadline)}</span> ·{" "}
                  <span className="tabular-nums" data-testid="todo-countdown">
                    {todo.deadlineKind === "opens"
                      ? left > 0
                        ? `opens in ${formatDuration(left)}`
                        : "open now"
                      : overdue
                        ? `${formatDuration(-left)} past the deadline`
                        : `${formatDuration(left)} left`}
                  </span>
                </p>
                <p className="text-stone-600">{todo.detail}</p>
                <p>
                  <a href={itemCalendarHrefOf(calendarHref, todo.id)} download data-testid="todo-calendar" className="text-teal-800 underline">
                    Add to calendar<span className="sr-only">: {todo.title}</span> (.ics)
                  </a>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <CalendarDownload href={calendarHref} />
      <p className="text-xs text-stone-500">
        Dates are the chain&apos;s clock (block time, UTC), which decides every deadline; on a local demo chain it runs ahead of the wall clock.
      </p>
    </Panel>
  );
}
