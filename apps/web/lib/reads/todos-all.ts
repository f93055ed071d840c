import "server-only";
import type { Address } from "viem";
import type { IndexFreshness } from "@/lib/indexer";
import { sortTodos, type Todo } from "@/lib/todos/types";
import { readDistributeTodos } from "./todos-distribute";
import { readOperationsTodos } from "./todos-operations";

export type AllTodos = {
  operations: Todo[] | undefined;
  distribute: Todo[] | undefined;
  /** Every deadline, operations and Distribute, earliest first (what the calendar exports). */
  all: Todo[];
  chainNow: bigint | undefined;
  freshness: IndexFreshness | undefined;
};

/** Both sides of an account's deadlines; a side whose contracts do not answer is left out (undefined), not fatal. */
export async function readAllTodos(account: Address): Promise<AllTodos> {
  const [operations, distribute] = await Promise.all([readOperationsTodos(account), readDistributeTodos(account)]);
  const ops = operations.status === "ok" ? operations : undefined;
  const dist = distribute.status === "ok" ? distribute : undefined;
  return {
    operations: ops?.todos,
    distribute: dist?.todos,
    all: sortTodos([...(ops?.todos ?? []), ...(dist?.todos ?? [])]),
    chainNow: ops?.chainNow ?? dist?.chainNow,
    freshness: ops?.freshness,
  };
}
