import { buildCalendar, type CalendarEvent } from "../calendar/ics";
import { formatUtc, type Todo } from "./types";

/** How long an exported deadline occupies in the calendar: the half hour up to it (or from an opening). */
export const EVENT_SECONDS = 30 * 60;
const DAY = 86_400;
const HOUR = 3_600;
/** Below this the chain's clock counts as the wall clock's (block times lag a few seconds on a live chain). */
const CLOCK_TOLERANCE_SECONDS = 5 * 60;

export type TodoCalendarContext = {
  account: string;
  chainId: number;
  /** The app's origin, e.g. "https://scipio.example": event URLs are absolute. */
  origin: string;
  /** The chain's latest block time and the wall clock when the file was made (unix seconds). */
  chainNow: bigint;
  wallNow: bigint;
};

function duration(seconds: bigint): string {
  const days = seconds / BigInt(DAY);
  const hours = (seconds % BigInt(DAY)) / BigInt(HOUR);
  const minutes = (seconds % BigInt(HOUR)) / 60n;
  if (days > 0n) return `${days} d ${hours} h`;
  if (hours > 0n) return `${hours} h ${minutes} min`;
  return `${minutes} min`;
}

/** What the file says about its times: chain time, and how far the chain's clock stood from the wall clock. */
export function chainClockNote({ chainNow, wallNow }: Pick<TodoCalendarContext, "chainNow" | "wallNow">): string {
  const offset = chainNow - wallNow;
  const base = `Times are the chain's clock (block timestamps, UTC): a deadline passes when the chain's clock reaches it.`;
  if (offset <= BigInt(CLOCK_TOLERANCE_SECONDS) && offset >= -BigInt(CLOCK_TOLERANCE_SECONDS)) {
    return `${base} When this file was made the chain's clock matched the wall clock.`;
  }
  const ahead = offset > 0n;
  return `${base} When this file was made the chain's clock read ${formatUtc(chainNow)}, ${duration(ahead ? offset : -offset)} ${ahead ? "ahead of" : "behind"} the wall clock (a local demo chain whose time was moved), so each deadline comes that much ${ahead ? "sooner" : "later"} in real time than the date shown.`;
}

/** One VEVENT per to-do: it ends at a deadline (or starts at an opening), with alarms a day and an hour before. */
export function todoEvents(todos: readonly Todo[], context: TodoCalendarContext): CalendarEvent[] {
  const note = chainClockNote(context);
  const account = context.account.toLowerCase();
  return todos.map((todo) => {
    const due = todo.deadlineKind === "due";
    const url = new URL(todo.href, context.origin).toString();
    return {
      uid: `${todo.id}.${account}.${context.chainId}@scipio`,
      start: due ? todo.deadline - BigInt(EVENT_SECONDS) : todo.deadline,
      end: due ? todo.deadline : todo.deadline + BigInt(EVENT_SECONDS),
      summary: due ? `Deadline: ${todo.title}` : `Opens: ${todo.title}`,
      description: `${todo.detail}\n${due ? "Deadline" : "Opens"}: ${formatUtc(todo.deadline)} (chain time).\n${note}\n${url}`,
      url,
      alarms: [
        { secondsBefore: DAY, relatedToEnd: due, description: `In a day: ${todo.title}` },
        { secondsBefore: HOUR, relatedToEnd: due, description: `In an hour: ${todo.title}` },
      ],
    };
  });
}

export function todosCalendar(todos: readonly Todo[], context: TodoCalendarContext): string {
  return buildCalendar(todoEvents(todos, context), {
    productId: "-//Scipio//Deadlines//EN",
    name: "Scipio deadlines",
    stamp: context.wallNow,
  });
}
