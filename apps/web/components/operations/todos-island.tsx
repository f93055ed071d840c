"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { Panel } from "@/components/ui/panel";
import { parseFreshness } from "@/lib/todos/freshness-json";
import { calendarHrefOf, type SerializedTodo } from "@/lib/todos/types";
import { CalendarDownload, OperationsTodosList } from "./todos-list";

type TodosResponse = { operations: SerializedTodo[] | null; chainNow: string | null; freshness: Record<string, unknown> | null };

/** The operations to-dos of the connected account (read by the server from the index and the chain). */
export function OperationsTodos({ account }: { account: Address }) {
  const query = useQuery({
    queryKey: ["scipio", "operations-todos", account],
    queryFn: async (): Promise<TodosResponse> => {
      const response = await fetch(`/api/todos?account=${account}`, { cache: "no-store" });
      if (!response.ok) throw new Error(`the to-dos did not load (${response.status})`);
      return (await response.json()) as TodosResponse;
    },
    refetchInterval: 30_000,
  });
  const data = query.data;
  if (!data || !data.operations || !data.chainNow) {
    return (
      <Panel title="Operations to-dos" testId="operations-todos">
        <p className="text-sm text-stone-600">
          {query.isError || (data && !data.operations) ? "The network's operations contracts do not answer right now." : "Looking up your operations to-dos…"}
        </p>
        <CalendarDownload href={calendarHrefOf(account)} />
      </Panel>
    );
  }
  return (
    <OperationsTodosList
      todos={data.operations}
      chainNow={data.chainNow}
      freshness={data.freshness ? parseFreshness(data.freshness) : undefined}
      calendarHref={calendarHrefOf(account)}
    />
  );
}
