import { activity } from "ponder:schema";
import type { Context, Event } from "ponder:registry";
import type { LogEventName } from "./handlers/types";
import type { AbiEvent, Address } from "viem";

/** JSON-safe event arguments: big numbers as decimal strings, tuples as objects. */
export function jsonArgs(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(jsonArgs);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, jsonArgs(item)]));
  return value;
}

const PROJECT_ARGUMENT = "projectId";
/** A voting poll's id is `projectId << 8 | taskIndex`. */
const POLL_ARGUMENT = "pollId";

/** Who acted, for the feeds: the event's first indexed address, else the transaction's sender. */
function actingAccount(abiEvent: AbiEvent | undefined, args: Record<string, unknown>, from: Address): Address {
  const indexedAddress = abiEvent?.inputs.find((input) => input.indexed && input.type === "address");
  const value = indexedAddress?.name ? args[indexedAddress.name] : undefined;
  return typeof value === "string" ? (value as Address) : from;
}

export async function recordActivity(contract: string, name: string, abiEvent: AbiEvent | undefined, event: Event<LogEventName>, context: Context) {
  const { log, block, transaction } = event as Event<LogEventName> & { log: { address: Address; logIndex: number } };
  const args = ("args" in event ? (event.args as Record<string, unknown>) : undefined) ?? {};
  const project = args[PROJECT_ARGUMENT] ?? (typeof args[POLL_ARGUMENT] === "bigint" ? (args[POLL_ARGUMENT] as bigint) >> 8n : undefined);
  await context.db.insert(activity).values({
    id: event.id,
    contract,
    address: log.address,
    name,
    account: actingAccount(abiEvent, args, transaction.from),
    projectId: typeof project === "bigint" ? project : null,
    args: jsonArgs(args) as object,
    blockNumber: block.number,
    timestamp: block.timestamp,
    transactionHash: transaction.hash,
    logIndex: log.logIndex,
  });
}
