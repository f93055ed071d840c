import { ponder, type Context, type Event } from "ponder:registry";
import { indexedHead } from "ponder:schema";
import type { AbiEvent } from "viem";
import { recordActivity } from "./activity";
import { deployedContracts, factoryContracts } from "./contracts";
import { handlers } from "./handlers";
import type { LogEventName } from "./handlers/types";

const abis: Record<string, readonly { type: string; name?: string }[]> = { ...deployedContracts, ...factoryContracts };

// One registration per event of every indexed contract: the activity row, then the event's own tables.
for (const [key, handler] of Object.entries(handlers)) {
  const [contract, name] = key.split(":") as [string, string];
  const abiEvent = abis[contract]?.find((item) => item.type === "event" && item.name === name) as AbiEvent | undefined;
  ponder.on(key as never, async (args: { event: Event<LogEventName>; context: Context }) => {
    await recordActivity(contract, name, abiEvent, args.event, args.context);
    if (handler) await (handler as (args: unknown) => Promise<void>)(args);
  });
}

// The indexed head with its hash, one row per chain: what "indexed up to block N" is checked against.
ponder.on("IndexedHead:block", async ({ event, context }) => {
  const head = { number: event.block.number, hash: event.block.hash, timestamp: event.block.timestamp };
  await context.db
    .insert(indexedHead)
    .values({ chainId: context.chain.id, ...head })
    .onConflictDoUpdate(head);
});
