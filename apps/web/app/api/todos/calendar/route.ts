import { addressSchema } from "@scipio/sdk/schemas";
import { readAllTodos } from "@/lib/reads/todos-all";
import { getRuntimeConfig } from "@/lib/server-config";
import { todosCalendar } from "@/lib/todos/calendar";

/**
 * Every deadline `?account=0x…` has — the operations to-dos and the Distribute ones (reveal windows, evidence
 * deadlines, stage deadlines of its projects) — as an iCalendar file (RFC 5545), one VEVENT per deadline.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const account = addressSchema.safeParse(url.searchParams.get("account") ?? "");
  if (!account.success) return new Response("Give ?account=0x… (an address).\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  const [todos, { chainId }] = await Promise.all([readAllTodos(account.data), getRuntimeConfig()]);
  const wallNow = BigInt(Math.floor(Date.now() / 1000));
  if (todos.chainNow === undefined) {
    return new Response("The chain does not answer, so no deadline can be read.\n", { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const body = todosCalendar(todos.all, { account: account.data, chainId, origin: originOf(request, url), chainNow: todos.chainNow, wallNow });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="scipio-deadlines-${account.data.slice(0, 8).toLowerCase()}.ics"`,
      "cache-control": "no-store",
    },
  });
}

/** The origin the user reached the app at (a proxy's forwarded host first): event URLs must open in their browser. */
function originOf(request: Request, url: URL): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host || !/^[A-Za-z0-9.\-\[\]:]+$/.test(host)) return url.origin;
  const protocol = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(/:$/, "");
  return `${protocol === "https" ? "https" : "http"}://${host}`;
}
