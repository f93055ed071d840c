import { addressSchema } from "@scipio/sdk/schemas";
import { readAllTodos } from "@/lib/reads/todos-all";
import { originFromHeaders } from "@/lib/request-origin";
import { getRuntimeConfig } from "@/lib/server-config";
import { deadlineCalendar, deadlineFileName, todosCalendar } from "@/lib/todos/calendar";

/**
 * Every deadline `?account=0x…` has — the operations to-dos and the Distribute ones (reveal windows, evidence
 * deadlines, stage deadlines of its projects) — as an iCalendar file (RFC 5545), one VEVENT per deadline. With
 * `&item=<to-do id>` (e.g. `review:7`), just that to-do's event (the same UID as in the whole file), read fresh.
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
  const context = { account: account.data, chainId, origin: originFromHeaders(request.headers, url.origin), chainNow: todos.chainNow, wallNow };
  const item = url.searchParams.get("item");
  if (item !== null) {
    const todo = todos.all.find((candidate) => candidate.id === item);
    if (!todo) {
      return new Response(`This account has no to-do "${item.slice(0, 80)}" now: it may be done already, or its window closed.\n`, {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
    }
    return calendarResponse(deadlineCalendar(todo, context), deadlineFileName(todo.id));
  }
  return calendarResponse(todosCalendar(todos.all, context), `scipio-deadlines-${account.data.slice(0, 8).toLowerCase()}.ics`);
}

function calendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
