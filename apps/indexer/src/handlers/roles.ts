import { roleMember } from "ponder:schema";
import type { Context, Event } from "ponder:registry";
import type { HandlerMap } from "./types";

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

const ROLE_CONTRACTS = ["CapitalToken", "ReputationRegistry", "ProjectRegistry", "PlcrVoting", "ParticipantRegistry"] as const;

export const roleHandlers = Object.fromEntries(
  ROLE_CONTRACTS.flatMap((contract) => [
    [`${contract}:RoleGranted`, roleHandler(contract, true)],
    [`${contract}:RoleRevoked`, roleHandler(contract, false)],
    [`${contract}:RoleAdminChanged`, null],
  ]),
) as Pick<HandlerMap, `${(typeof ROLE_CONTRACTS)[number]}:${"RoleGranted" | "RoleRevoked" | "RoleAdminChanged"}`>;
