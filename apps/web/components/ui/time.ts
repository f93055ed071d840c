/** "2 d 4 h", "3 h 12 min", "45 s": how long until (or since) a deadline. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes > 0) return `${minutes} min ${seconds % 60} s`;
  return `${seconds} s`;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"] as const;
const twoDigits = (value: number) => String(value).padStart(2, "0");

/**
 * A chain timestamp as a date in UTC, identical on the server and in the browser: "Fri, 3 Sept 2027, 00:07 UTC"
 * (what `Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday, day, month: "short", year, hour, minute })`
 * prints). Built by hand rather than with `Intl`: the first `Intl.DateTimeFormat` a page creates loads the
 * locale's and the time zone's data, a long task of its own (≈190 ms on a 4× slowed CPU) in every client
 * component that imports this module; and the server's ICU and the browser's could differ.
 */
export function formatChainTime(timestamp: bigint | number): string {
  const date = new Date(Number(timestamp) * 1000);
  const weekday = WEEKDAYS[date.getUTCDay()]!;
  const month = MONTHS[date.getUTCMonth()]!;
  return `${weekday}, ${date.getUTCDate()} ${month} ${date.getUTCFullYear()}, ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC`;
}
