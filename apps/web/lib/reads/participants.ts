import { participantRegistryAbi } from "@scipio/sdk/abi";
import { PARTICIPANT_ROLES, type ParticipantRole } from "@scipio/sdk/protocol";
import type { Address } from "viem";
import { readAtLatestBlock, type ChainUnavailable } from "./read-at-latest-block";

/** The registry's largest page; a role with more members says how many are not listed. */
export const PARTICIPANTS_PAGE = 100n;

export type RoleMembers = { role: ParticipantRole; accounts: readonly Address[]; total: bigint };

export type ParticipantsRead = { status: "ok"; roles: RoleMembers[] } | ChainUnavailable;

/** The first page of every role's members, read while rendering on the server (one read per role). */
export function readParticipants(): Promise<ParticipantsRead> {
  return readAtLatestBlock(["ParticipantRegistry"], async ({ client, block, contracts }) => {
    const address = contracts.ParticipantRegistry;
    const blockNumber = block.number;
    const roles = await Promise.all(
      PARTICIPANT_ROLES.map(async (role) => {
        const [accounts, total] = await client.readContract({
          address,
          abi: participantRegistryAbi,
          functionName: "getParticipants",
          args: [role.id, 0n, PARTICIPANTS_PAGE],
          blockNumber,
        });
        return { role, accounts, total };
      }),
    );
    return { status: "ok", roles } as const;
  });
}
