import { roleMember } from "ponder:schema";
import type { Context, Event } from "ponder:registry";
import { abiEventNames, deployedContracts, factoryContracts } from "../contracts";
import type { HandlerMap, LogEventName } from "./types";

type RoleArgs = { event: Event<"ParticipantRegistry:RoleGranted">; context: Context<"ParticipantRegistry:RoleGranted"> };

/** The AccessControl events every role-gated contract emits, into one table keyed by contract. */
function roleHandler(contract: string, active: boolean) {
  return async (args: unknown) => {
    const { event, context } = args as RoleArgs;
    const { role, account, sender } = event.args;
    const change = { active, updatedBlock: event.block.number };
    await context.db
      .insert(roleMember)
      .values({
        contract,
        role,
        account,
        grantedBy: sender,
        grantedBlock: event.block.number,
        grantedAt: event.block.timestamp,
        ...change,
      })
      .onConflictDoUpdate(active ? { ...change, grantedBy: sender, grantedBlock: event.block.number, grantedAt: event.block.timestamp } : change);
  };
}

const ROLE_EVENTS = ["RoleGranted", "RoleRevoked", "RoleAdminChanged"] as const;
type RoleEventName = Extract<LogEventName, `${string}:${(typeof ROLE_EVENTS)[number]}`>;

/** Whichever indexed contracts emit AccessControl's events (found in their ABIs, so a new one needs nothing here). */
export const roleHandlers = Object.fromEntries(
  Object.entries({ ...deployedContracts, ...factoryContracts }).flatMap(([contract, abi]) =>
    abiEventNames(abi)
      .filter((event) => (ROLE_EVENTS as readonly string[]).includes(event))
      .map((event) => [`${contract}:${event}`, event === "RoleAdminChanged" ? null : roleHandler(contract, event === "RoleGranted")]),
  ),
) as Pick<HandlerMap, RoleEventName>;
