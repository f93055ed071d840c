import { addressSchema } from "@scipio/sdk/schemas";
import { readAllTodos } from "@/lib/reads/todos-all";
import { serializeFreshness } from "@/lib/todos/freshness-json";
import { serializeTodos } from "@/lib/todos/types";

/**
 * The operations to-dos of `?account=0x…` as JSON, for the client lists (`/me`, the overview) that know the account
 * only once the wallet connects. Read from the index (freshness included) and checked on the chain.
 */
export async function GET(request: Request): Promise<Response> {
  const account = addressSchema.safeParse(new URL(request.url).searchParams.get("account") ?? "");
  if (!account.success) return Response.json({ error: "Give ?account=0x… (an address)." }, { status: 400 });
  const todos = await readAllTodos(account.data);
  return Response.json(
    {
      operations: todos.operations ? serializeTodos(todos.operations) : null,
      chainNow: todos.chainNow?.toString() ?? null,
      freshness: todos.freshness ? serializeFreshness(todos.freshness) : null,
    },
    { headers: { "cache-control": "no-store" } },
  );
}
