/**
 * A small RFC 5545 (iCalendar) writer for deadline exports: VEVENTs with UTC times, a stable UID, SUMMARY,
 * DESCRIPTION, URL and VALARMs. Lines end in CRLF, are folded at 75 octets (never inside a UTF-8 sequence) and TEXT
 * values are escaped (backslash, semicolon, comma, newline).
 */

export type CalendarAlarm = {
  /** How long before the reference point the alarm fires, in seconds. */
  secondsBefore: number;
  /** Relative to the event's end (its deadline) rather than its start. */
  relatedToEnd?: boolean;
  description: string;
};

export type CalendarEvent = {
  /** Globally unique and stable: a re-import of the same deadline updates the event instead of adding one. */
  uid: string;
  /** Unix seconds. */
  start: bigint | number;
  end: bigint | number;
  summary: string;
  description?: string;
  /** Absolute URL. */
  url?: string;
  alarms?: readonly CalendarAlarm[];
};

export type CalendarOptions = {
  /** PRODID, e.g. "-//Scipio//Deadlines//EN". */
  productId: string;
  /** X-WR-CALNAME, the name calendar apps show for an imported file. */
  name?: string;
  /** DTSTAMP of every event: when the file was made (unix seconds). */
  stamp: bigint | number;
};

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** A UTC DATE-TIME (RFC 5545 §3.3.5, form #2): unix seconds 0 → "19700101T000000Z". */
export function formatUtcDateTime(seconds: bigint | number): string {
  const date = new Date(Number(seconds) * 1000);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a timestamp: ${seconds}`);
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** A DURATION (RFC 5545 §3.3.6) before the reference point: 86400 → "-P1D", 3600 → "-PT1H", 5400 → "-PT1H30M". */
export function formatNegativeDuration(seconds: number): string {
  if (!Number.isSafeInteger(seconds) || seconds < 0) throw new RangeError(`not a whole number of seconds: ${seconds}`);
  if (seconds === 0) return "PT0S";
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  const rest = seconds % 60;
  const time = `${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${rest ? `${rest}S` : ""}`;
  return `-P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): each continuation starts with one space, which counts towards
 * its 75. Splits only between characters, so no UTF-8 sequence is broken.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** URIs are not TEXT: they are not escaped, but must not carry line breaks. */
function uri(value: string): string {
  if (/[\r\n]/.test(value)) throw new Error("a URI cannot hold a line break");
  return value;
}

/** The whole VCALENDAR, CRLF-terminated. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines: string[] = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${escapeText(options.productId)}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  const stamp = formatUtcDateTime(options.stamp);
  for (const event of events) {
    if (BigInt(event.end) < BigInt(event.start)) throw new RangeError(`event ${event.uid} ends before it starts`);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${formatUtcDateTime(event.start)}`,
      `DTEND:${formatUtcDateTime(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${uri(event.url)}`);
    lines.push("TRANSP:TRANSPARENT");
    for (const alarm of event.alarms ?? []) {
      lines.push(
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        `DESCRIPTION:${escapeText(alarm.description)}`,
        `TRIGGER${alarm.relatedToEnd ? ";RELATED=END" : ""}:${formatNegativeDuration(alarm.secondsBefore)}`,
        "END:VALARM",
      );
    }
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
