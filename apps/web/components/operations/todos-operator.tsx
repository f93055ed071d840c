import type { Address } from "viem";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { readOperationsTodos } from "@/lib/reads/todos-operations";
import { calendarHrefOf, serializeTodos } from "@/lib/todos/types";
import { OperationsTodosList } from "./todos-list";

/** The operator dashboard's to-dos for `account`, read on the server (index for the lists, chain for each item). */
export async function OperatorTodos({ account }: { account: Address }) {
  const read = await readOperationsTodos(account);
  if (read.status !== "ok") return <ChainUnavailableNotice read={read} contract="operations contracts" />;
  return <OperationsTodosList todos={serializeTodos(read.todos)} chainNow={read.chainNow.toString()} freshness={read.freshness} calendarHref={calendarHrefOf(account)} />;
}
