/**
 * The origin the user reached the app at (a proxy's forwarded host first), for absolute links in exported files
 * such as a calendar event's URL: they must open in the user's browser. `fallback` when the headers name none.
 */
export function originFromHeaders(headers: Headers, fallback: string): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host || !/^[A-Za-z0-9.\-\[\]:]+$/.test(host)) return fallback;
  const protocol = headers.get("x-forwarded-proto") ?? fallback.replace(/:.*$/, "");
  return `${protocol === "https" ? "https" : "http"}://${host}`;
}
