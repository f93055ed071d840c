import { buildCalendar, type CalendarEvent } from "../calendar/ics";
import { formatUtc, type Todo } from "./types";

/** How long an exported deadline occupies in the calendar: the half hour up to it (or from an opening). */
export const EVENT_SECONDS = 30 * 60;
const DAY = 86_400;
const HOUR = 3_600;
/** Below this the chain's clock counts as the wall clock's (block times lag a few seconds on a live chain). */
const CLOCK_TOLERANCE_SECONDS = 5 * 60;

/** What an exported deadline needs: a to-do, or a deadline a page shows (an auction's window, a review seat's). */
export type CalendarDeadline = Pick<Todo, "id" | "title" | "href" | "deadline" | "deadlineKind" | "detail">;

export type TodoCalendarContext = {
  /**
   * Whose deadline it is: part of the UID, so the one-item file and the whole export of the same to-do are one event.
   * Absent for a deadline that is nobody's in particular (an auction's end).
   */
  account?: string;
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
export function todoEvents(todos: readonly CalendarDeadline[], context: TodoCalendarContext): CalendarEvent[] {
  const note = chainClockNote(context);
  const owner = context.account ? `.${context.account.toLowerCase()}` : "";
  return todos.map((todo) => {
    const due = todo.deadlineKind === "due";
    const url = new URL(todo.href, context.origin).toString();
    return {
      uid: `${todo.id}${owner}.${context.chainId}@scipio`,
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

export function todosCalendar(todos: readonly CalendarDeadline[], context: TodoCalendarContext): string {
  return buildCalendar(todoEvents(todos, context), {
    productId: "-//Scipio//Deadlines//EN",
    name: "Scipio deadlines",
    stamp: context.wallNow,
  });
}

/** A one-event calendar file: the same VEVENT (same UID) the whole export has for this deadline, alone. */
export function deadlineCalendar(deadline: CalendarDeadline, context: TodoCalendarContext): string {
  return buildCalendar(todoEvents([deadline], context), {
    productId: "-//Scipio//Deadlines//EN",
    name: `Scipio: ${deadline.title}`,
    stamp: context.wallNow,
  });
}

/**
 * The one-event file as a `data:` URL, for a link a server component renders (`<a download href=…>`): it needs no
 * route, no second read of the chain and no client JavaScript. Base64 keeps the CRLFs and any non-ASCII intact.
 */
export function deadlineCalendarDataUrl(deadline: CalendarDeadline, context: TodoCalendarContext): string {
  return `data:text/calendar;charset=utf-8;base64,${Buffer.from(deadlineCalendar(deadline, context), "utf8").toString("base64")}`;
}

/** A file name for a deadline's .ics: "scipio-review-7.ics". */
export function deadlineFileName(id: string): string {
  return `scipio-${id.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "deadline"}.ics`;
}
