/**
 * One thing the account must do before a deadline, as every to-do list and the calendar export show it. Pure data:
 * the collectors in this folder build it from what the chain (or the index, checked against the chain) says.
 */
export type TodoKind =
  // Operations (issue 15)
  | "review"
  | "consumption"
  | "settle"
  | "claim"
  | "dispute-respond"
  | "dispute-decide"
  | "dispute-appeal"
  | "draw"
  | "invoice"
  // Distribute
  | "reveal"
  | "evidence"
  | "back-list"
  | "stage";

export type Todo = {
  /** Stable across exports: the calendar's UID is made from it, so a re-import updates the event. */
  id: string;
  kind: TodoKind;
  title: string;
  /** The page where it is done (a path of this app). */
  href: string;
  /** Chain time, unix seconds. */
  deadline: bigint;
  /**
   * "due": the action must happen before `deadline` (past it, the item is overdue). "opens": the action becomes
   * possible at `deadline` (a credit's claim) and is never overdue.
   */
  deadlineKind: "due" | "opens";
  /** One line on what the deadline means (shown under the title and in the calendar event). */
  detail: string;
};

/** Earliest deadline first; same deadline by title, so the order is stable. */
export function sortTodos(todos: readonly Todo[]): Todo[] {
  return [...todos].sort((a, b) => (a.deadline === b.deadline ? a.title.localeCompare(b.title) : a.deadline < b.deadline ? -1 : 1));
}

/** Past its deadline and still to do (an opening is never overdue). */
export function isOverdue(todo: Pick<Todo, "deadline" | "deadlineKind">, chainNow: bigint | number): boolean {
  return todo.deadlineKind === "due" && BigInt(chainNow) >= todo.deadline;
}

/** The to-dos as JSON carries them (big numbers as decimal strings). */
export type SerializedTodo = Omit<Todo, "deadline"> & { deadline: string };

export function serializeTodos(todos: readonly Todo[]): SerializedTodo[] {
  return todos.map((todo) => ({ ...todo, deadline: todo.deadline.toString() }));
}

export function parseTodos(todos: readonly SerializedTodo[]): Todo[] {
  return todos.map((todo) => ({ ...todo, deadline: BigInt(todo.deadline) }));
}

/** A chain timestamp as "2026-12-10 14:00 UTC" (for text that has no page to format it). */
export function formatUtc(timestamp: bigint): string {
  return `${new Date(Number(timestamp) * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Where the calendar file of every deadline of `account` is served (app/api/todos/calendar). */
export function calendarHrefOf(account: string): string {
  return `/api/todos/calendar?account=${account}`;
}

/** Where the one-event calendar file of one to-do is served: the account's file (`calendarHrefOf`) with `item` = its id. */
export function itemCalendarHrefOf(calendarHref: string, id: string): string {
  return `${calendarHref}&item=${encodeURIComponent(id)}`;
}
