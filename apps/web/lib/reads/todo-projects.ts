import "server-only";
import { plcrVotingAbi, projectRegistryAbi, taskRegistryAbi } from "@scipio/sdk/abi";
import { Stage } from "@/app/projects/_lib/stages";
import { readAtLatestBlock, type ChainUnavailable } from "./read-at-latest-block";

/** How many of the newest projects the to-do list looks at (`ProjectRegistry.MAX_PAGE`). */
export const RECENT_PROJECTS = 50n;

export type TodoProject = {
  id: bigint;
  proposer: `0x${string}`;
  stage: number;
  stageDeadline: bigint;
  cost: bigint;
  stakedTokens: bigint;
  tasks: { index: number; status: number; claimer: `0x${string}`; deadline: bigint }[];
  polls: { taskMask: number; commitEnd: bigint; revealEnd: bigint } | undefined;
};

export type TodoRead = { status: "ok"; projects: TodoProject[]; chainNow: bigint; deploymentBlock: bigint } | ChainUnavailable;

/**
 * The newest projects with their tasks and poll windows: everything a member's to-dos are computed from that does
 * not depend on the account. Bounded: one page of projects and at most 32 tasks each.
 */
export function readTodoProjects(): Promise<TodoRead> {
  return readAtLatestBlock(["ProjectRegistry", "TaskRegistry"], async ({ client, block: latest, contracts, deployment }): Promise<TodoRead> => {
    const { ProjectRegistry: registry, TaskRegistry: taskRegistry } = contracts;
    const voting = deployment.contracts.PlcrVoting;
    const blockNumber = latest.number;
    const count = await client.readContract({ address: registry, abi: projectRegistryAbi, functionName: "projectCount", blockNumber });
    if (count === 0n) return { status: "ok", projects: [], chainNow: latest.timestamp, deploymentBlock: BigInt(deployment.deploymentBlock) };
    const from = count > RECENT_PROJECTS ? count - RECENT_PROJECTS + 1n : 1n;
    const projects = await client.readContract({ address: registry, abi: projectRegistryAbi, functionName: "getProjects", args: [from, RECENT_PROJECTS], blockNumber });
    const withTasks = await Promise.all(
      projects.map(async (project): Promise<TodoProject> => {
        const hasTasks = project.stage >= Stage.Active && project.stage <= Stage.Failed;
        const [tasks, group] = hasTasks
          ? await Promise.all([
              client.readContract({ address: taskRegistry, abi: taskRegistryAbi, functionName: "getTasks", args: [project.id], blockNumber }),
              voting
                ? client.readContract({ address: voting, abi: plcrVotingAbi, functionName: "getPollGroup", args: [project.id], blockNumber })
                : undefined,
            ])
          : [[], undefined];
        return {
          id: project.id,
          proposer: project.proposer,
          stage: project.stage,
          stageDeadline: project.stageDeadline,
          cost: project.cost,
          stakedTokens: project.stakedTokens,
          tasks: tasks.map((task, index) => ({ index, status: task.status, claimer: task.claimer, deadline: task.deadline })),
          polls: group && group.taskMask !== 0 ? { taskMask: group.taskMask, commitEnd: group.commitEnd, revealEnd: group.revealEnd } : undefined,
        };
      }),
    );
    return { status: "ok", projects: withTasks.reverse(), chainNow: latest.timestamp, deploymentBlock: BigInt(deployment.deploymentBlock) };
  });
}
