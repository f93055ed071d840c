import "server-only";
import { capitalTokenAbi, projectRegistryAbi, reputationRegistryAbi } from "@scipio/sdk/abi";
import { digestToCid } from "@scipio/sdk/ipfs";
import { projectDescriptionDocumentSchema, type ProjectDescriptionDocument } from "@scipio/sdk/schemas/evidence";
import { taskDescriptionDocumentSchema, type TaskDescriptionDocument } from "@scipio/sdk/schemas";
import type { ContractFunctionReturnType, Hex } from "viem";
import { indexer, type ProjectRow } from "@scipio/sdk/indexer";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
import { readDocument } from "@/lib/reads/ipfs-documents";
import { readAtLatestBlock, type ChainUnavailable } from "@/lib/reads/read-at-latest-block";
import { getRuntimeConfig } from "@/lib/server-config";

export type ProjectView = ContractFunctionReturnType<typeof projectRegistryAbi, "view", "getProject">;
export type TaskListView = ContractFunctionReturnType<typeof projectRegistryAbi, "view", "getTaskList">;
export type RegistryParameters = ContractFunctionReturnType<typeof projectRegistryAbi, "view", "parameters">;

/** The contracts' page limit (`ProjectRegistry.MAX_PAGE`). */
const PAGE_LIMIT = 50n;
/** Ids one by-stage scan reads (≤ `ProjectRegistry.MAX_SCAN`). */
const STAGE_SCAN = 1000n;

export function onChainCid(digest: Hex, codec: number): string {
  return digestToCid(digest, codec === 1 ? "dag-pb" : "raw");
}

export async function readProjectDescription(project: Pick<ProjectView, "descriptionDigest" | "descriptionCodec">): Promise<{
  cid: string;
  document: ProjectDescriptionDocument | undefined;
}> {
  const { gatewayUrl } = await getRuntimeConfig();
  const cid = onChainCid(project.descriptionDigest, project.descriptionCodec);
  return { cid, document: await readDocument(cid, projectDescriptionDocumentSchema, gatewayUrl) };
}

export async function readTaskDescription(digest: Hex, codec: number): Promise<{ cid: string; document: TaskDescriptionDocument | undefined }> {
  const { gatewayUrl } = await getRuntimeConfig();
  const cid = onChainCid(digest, codec);
  return { cid, document: await readDocument(cid, taskDescriptionDocumentSchema, gatewayUrl) };
}

/*//////////////////////////////////////////////////////////////
                             LISTS
//////////////////////////////////////////////////////////////*/

export type ProjectsPage = (
  | {
      status: "ok";
      projects: (ProjectView & { title: string | undefined })[];
      nextFrom: bigint | undefined;
      total: bigint;
      chainNow: bigint;
      /** A search was asked for but the chain was read, which cannot search: the list is not searched. */
      searchIgnored?: boolean;
    }
  | ChainUnavailable
) & { freshness?: IndexFreshness };

/** `search`: a word of the title (when the indexer has titles), a proposer's address or part of it, or an id. */
type ProjectsQuery = { stage?: number; from: bigint; pageSize: number; search?: string };

function projectViewOf(row: ProjectRow): ProjectView {
  return {
    id: row.id,
    proposer: row.proposer,
    stage: row.stage,
    cost: row.cost,
    stakingDeadline: row.stakingDeadline,
    stageDeadline: row.stageDeadline,
    requiredTokens: row.requiredTokens,
    requiredReputation: row.requiredReputation,
    stakedTokens: row.stakedTokens,
    stakedReputation: row.stakedReputation,
    collateralKind: row.collateralKind,
    collateral: row.collateral,
    descriptionDigest: row.descriptionDigest,
    descriptionCodec: row.descriptionCodec,
    taskListCount: BigInt(row.taskListCount),
    leadingList: row.leadingListId,
  };
}

/**
 * One page of projects from id `from` on, all stages or one: from the indexer (one query, the page's
 * rows and one more to know the next page's first id), or from the chain when the indexer is down.
 */
export async function readProjectsPage(query: ProjectsQuery): Promise<ProjectsPage> {
  const { stage, from, pageSize, search } = query;
  const indexed = await readFromIndex((client) =>
    indexer.projects(client, {
      filter: { id_gte: from, ...(stage !== undefined && { stage }) },
      search,
      orderBy: "id",
      orderDirection: "asc",
      limit: pageSize + 1,
    }),
  );
  if (!indexed.ok) {
    const chain = await readProjectsPageFromChain(query);
    return { ...chain, ...(chain.status === "ok" && search && { searchIgnored: true }), freshness: indexed.freshness };
  }
  const { items, indexedBlock } = indexed.value;
  const rows = items.slice(0, pageSize).map(projectViewOf);
  // The indexed title when the indexer fetched it; else the gateway's document (content-addressed, cached).
  const projects = await Promise.all(
    rows.map(async (project, index) => ({ ...project, title: items[index]!.title ?? (await readProjectDescription(project)).document?.title })),
  );
  return {
    status: "ok",
    projects,
    nextFrom: items[pageSize]?.id,
    // Projects from `from` on (in the stage); the page shows no overall count.
    total: BigInt(indexed.value.totalCount),
    // Deadlines are compared with the indexed block's time: the page then agrees with the rows it shows.
    chainNow: indexedBlock?.timestamp ?? BigInt(Math.floor(Date.now() / 1000)),
    freshness: indexed.freshness,
  };
}

/**
 * The chain's answer to the same page. The by-stage getter scans up to
 * `STAGE_SCAN` ids per call; scanning continues until the page is full or the ids run out.
 */
function readProjectsPageFromChain({ stage, from, pageSize }: ProjectsQuery): Promise<ProjectsPage> {
  return readAtLatestBlock(["ProjectRegistry"], async ({ client, block: latest, contracts }): Promise<ProjectsPage> => {
    const read = { address: contracts.ProjectRegistry, abi: projectRegistryAbi, blockNumber: latest.number } as const;
    const total = await client.readContract({ ...read, functionName: "projectCount" });
    let projects: readonly ProjectView[];
    let nextFrom: bigint | undefined;
    const limit = BigInt(pageSize);
    if (stage === undefined) {
      projects = await client.readContract({ ...read, functionName: "getProjects", args: [from, limit < PAGE_LIMIT ? limit : PAGE_LIMIT] });
      const last = projects.at(-1)?.id;
      nextFrom = last !== undefined && last < total ? last + 1n : undefined;
    } else {
      const ids: bigint[] = [];
      let cursor = from;
      while (ids.length <= pageSize && cursor !== 0n && cursor <= total) {
        const [found, next] = await client.readContract({ ...read, functionName: "getProjectIdsByStage", args: [stage, cursor, STAGE_SCAN] });
        ids.push(...found);
        cursor = next;
      }
      nextFrom = ids.length > pageSize ? ids[pageSize] : undefined;
      projects = await Promise.all(
        ids.slice(0, pageSize).map((id) => client.readContract({ ...read, functionName: "getProject", args: [id] })),
      );
    }
    const withTitles = await Promise.all(
      projects.map(async (project) => ({ ...project, title: (await readProjectDescription(project)).document?.title })),
    );
    return { status: "ok", projects: withTitles, nextFrom, total, chainNow: latest.timestamp };
  });
}

/*//////////////////////////////////////////////////////////////
                          ONE PROJECT
//////////////////////////////////////////////////////////////*/

export type ProjectRead =
  | {
      status: "ok";
      project: ProjectView;
      lists: TaskListView[];
      parameters: RegistryParameters;
      chainNow: bigint;
      blockNumber: bigint;
    }
  | { status: "not-found" }
  | ChainUnavailable;

export function readProject(projectId: bigint): Promise<ProjectRead> {
  return readAtLatestBlock(["ProjectRegistry"], async ({ client, block: latest, contracts }): Promise<ProjectRead> => {
    const read = { address: contracts.ProjectRegistry, abi: projectRegistryAbi, blockNumber: latest.number } as const;
    const count = await client.readContract({ ...read, functionName: "projectCount" });
    if (projectId < 1n || projectId > count) return { status: "not-found" };
    const [project, parameters] = await Promise.all([
      client.readContract({ ...read, functionName: "getProject", args: [projectId] }),
      client.readContract({ ...read, functionName: "parameters" }),
    ]);
    const lists: TaskListView[] = [];
    for (let start = 1n; start <= project.taskListCount; start += PAGE_LIMIT) {
      lists.push(...(await client.readContract({ ...read, functionName: "getTaskLists", args: [projectId, start, PAGE_LIMIT] })));
    }
    return { status: "ok", project, lists, parameters, chainNow: latest.timestamp, blockNumber: latest.number };
  });
}

/*//////////////////////////////////////////////////////////////
                      PROPOSAL REQUIREMENTS
//////////////////////////////////////////////////////////////*/

export type ProposalContext =
  | {
      status: "ok";
      parameters: RegistryParameters;
      availablePool: bigint;
      supply: bigint;
      totalReputation: bigint;
      chainNow: bigint;
    }
  | ChainUnavailable;

/** What the propose form needs first; the form then follows the chain live. */
export function readProposalContext(): Promise<ProposalContext> {
  const required = ["ProjectRegistry", "CapitalToken", "ReputationRegistry"] as const;
  return readAtLatestBlock(required, async ({ client, block: latest, contracts }): Promise<ProposalContext> => {
    const { ProjectRegistry: registry, CapitalToken: token, ReputationRegistry: reputation } = contracts;
    const blockNumber = latest.number;
    const [parameters, availablePool, supply, totalReputation] = await Promise.all([
      client.readContract({ address: registry, abi: projectRegistryAbi, functionName: "parameters", blockNumber }),
      client.readContract({ address: token, abi: capitalTokenAbi, functionName: "availablePool", blockNumber }),
      client.readContract({ address: token, abi: capitalTokenAbi, functionName: "totalSupply", blockNumber }),
      client.readContract({ address: reputation, abi: reputationRegistryAbi, functionName: "totalSupply", blockNumber }),
    ]);
    return { status: "ok", parameters, availablePool, supply, totalReputation, chainNow: latest.timestamp };
  });
}
