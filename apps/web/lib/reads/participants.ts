import { participantRegistryAbi } from "@scipio/sdk/abi";
import { PARTICIPANT_ROLES, type ParticipantRole } from "@scipio/sdk/protocol";
import { indexer } from "@scipio/sdk/indexer";
import { getAddress, type Address } from "viem";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
import { getRuntimeConfig } from "@/lib/server-config";
import { readAtLatestBlock, type ChainUnavailable } from "./read-at-latest-block";

/** The registry's largest page; a role with more members says how many are not listed. */
export const PARTICIPANTS_PAGE = 100n;

export type RoleMembers = { role: ParticipantRole; accounts: readonly Address[]; total: bigint };

export type ParticipantsRead = ({ status: "ok"; roles: RoleMembers[] } | ChainUnavailable) & { freshness?: IndexFreshness };

/**
 * The first page of every role's members (in the order they joined) from the index, or from the
 * registry's paged getter (one read per role) when the index cannot serve.
 */
export async function readParticipants(): Promise<ParticipantsRead> {
  const { deployment } = await getRuntimeConfig();
  if (!deployment.contracts.ParticipantRegistry) return { status: "not-deployed" };
  const indexed = await readFromIndex(async (client) => {
    const pages = await Promise.all(
      PARTICIPANT_ROLES.map((role) =>
        indexer.participants(client, {
          filter: { contract: "ParticipantRegistry", role: role.id, active: true },
          orderBy: "grantedBlock",
          orderDirection: "asc",
          limit: Number(PARTICIPANTS_PAGE),
        }),
      ),
    );
    // Every page answers from one database: the lowest indexed block is what the whole list reflects.
    const indexedBlock = pages.map((page) => page.indexedBlock).sort((a, b) => Number((a?.number ?? 0n) - (b?.number ?? 0n)))[0];
    const roles = PARTICIPANT_ROLES.map((role, index) => ({
      role,
      accounts: pages[index]!.items.map((row) => getAddress(row.account)),
      total: BigInt(pages[index]!.totalCount),
    }));
    return { roles, indexedBlock };
  });
  if (indexed.ok) return { status: "ok", roles: indexed.value.roles, freshness: indexed.freshness };
  return { ...(await readParticipantsFromChain()), freshness: indexed.freshness };
}

/** The first page of every role's members at the chain's head: for forms whose transactions depend on the roles. */
export function readParticipantsFromChain(): Promise<ParticipantsRead> {
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
