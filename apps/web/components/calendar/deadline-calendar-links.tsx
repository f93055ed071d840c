import { headers } from "next/headers";
import { originFromHeaders } from "@/lib/request-origin";
import { getRuntimeConfig } from "@/lib/server-config";
import { deadlineCalendarDataUrl, deadlineFileName, type CalendarDeadline } from "@/lib/todos/calendar";

/** The wall clock when the file is made (its DTSTAMP, and the chain-clock note's reference), in unix seconds. */
function wallClockSeconds(): bigint {
  return BigInt(Math.floor(Date.now() / 1000));
}

type Props = {
  /** The deadlines still ahead (the caller leaves out those past on the chain's clock). */
  deadlines: readonly (CalendarDeadline & { label: string })[];
  /** The chain's time the page was read at: the file notes how far it stands from the wall clock. */
  chainNow: bigint;
  testId?: string;
};

/**
 * "Add to calendar" links for deadlines a page shows (an auction's windows, a review's answer-by): each a one-event
 * .ics built here on the server as a `data:` URL, so the link works before (and without) the wallet stack and adds no
 * client JavaScript. The event is the one the to-do export writes for the same deadline (same UID scheme).
 */
export async function DeadlineCalendarLinks({ deadlines, chainNow, testId = "deadline-calendar" }: Props) {
  if (deadlines.length === 0) return null;
  const [{ chainId }, requestHeaders] = await Promise.all([getRuntimeConfig(), headers()]);
  const origin = originFromHeaders(requestHeaders, "http://localhost:3000");
  const context = { chainId, origin, chainNow, wallNow: wallClockSeconds() };
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid={testId} aria-label="Add to your calendar">
      {deadlines.map(({ label, ...deadline }) => (
        <li key={deadline.id}>
          <a
            href={deadlineCalendarDataUrl(deadline, context)}
            download={deadlineFileName(deadline.id)}
            data-testid="deadline-calendar-link"
            data-deadline={deadline.deadline.toString()}
            className="text-teal-800 underline"
          >
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}
