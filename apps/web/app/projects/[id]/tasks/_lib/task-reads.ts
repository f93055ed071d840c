import "server-only";
import { plcrVotingAbi, projectRegistryAbi, taskRegistryAbi } from "@scipio/sdk/abi";
import { taskIdOf } from "@/components/distribute/tasks/task-stages";
import type { ContractFunctionReturnType } from "viem";
import { readAtLatestBlock, type ChainUnavailable } from "@/lib/reads/read-at-latest-block";
import { getRuntimeConfig, getServerClient } from "@/lib/server-config";
import { readTaskDescription } from "@/app/projects/_lib/reads";

export type TaskView = ContractFunctionReturnType<typeof taskRegistryAbi, "view", "getTask">;
export type ProjectTasksView = ContractFunctionReturnType<typeof taskRegistryAbi, "view", "getProjectTasks">;
export type TaskParameters = ContractFunctionReturnType<typeof taskRegistryAbi, "view", "parameters">;
export type PollGroupView = ContractFunctionReturnType<typeof plcrVotingAbi, "view", "getPollGroup">;
export type PollView = ContractFunctionReturnType<typeof plcrVotingAbi, "view", "getPoll">;
export type VotingParameters = ContractFunctionReturnType<typeof plcrVotingAbi, "view", "parameters">;
export type SlotHolder = { validator: `0x${string}`; approve: boolean; slot: number; stake: bigint };

export type TaskWithTitle = TaskView & { index: number; title: string | undefined };

export type ProjectTasksRead =
  | {
      status: "ok";
      projectTasks: ProjectTasksView;
      tasks: TaskWithTitle[];
      taskParameters: TaskParameters;
      pollGroup: PollGroupView | undefined;
      votingParameters: VotingParameters | undefined;
      chainNow: bigint;
    }
  | ChainUnavailable;

async function taskContext() {
  const { deployment } = await getRuntimeConfig();
  return {
    taskRegistry: deployment.contracts.TaskRegistry,
    voting: deployment.contracts.PlcrVoting,
    projectRegistry: deployment.contracts.ProjectRegistry,
    deploymentBlock: BigInt(deployment.deploymentBlock),
    client: await getServerClient(),
  };
}

/** Titles of the accepted list's tasks (task registry index = list index), read from their description documents. */
async function acceptedTaskTitles(projectId: bigint, listId: bigint, blockNumber: bigint): Promise<(string | undefined)[]> {
  const { projectRegistry, client } = await taskContext();
  if (!projectRegistry || listId === 0n) return [];
  const list = await client.readContract({ address: projectRegistry, abi: projectRegistryAbi, functionName: "getTaskList", args: [projectId, listId], blockNumber });
  return Promise.all(list.tasks.map(async (task) => (await readTaskDescription(task.digest, task.codec)).document?.title));
}

/** A project's tasks as the task registry holds them (empty until Active), with titles and poll timing. */
export function readProjectTasks(projectId: bigint, acceptedList: bigint): Promise<ProjectTasksRead> {
  return readAtLatestBlock(["TaskRegistry"], async ({ client, block: latest, contracts, deployment }): Promise<ProjectTasksRead> => {
    const voting = deployment.contracts.PlcrVoting;
    const read = { address: contracts.TaskRegistry, abi: taskRegistryAbi, blockNumber: latest.number } as const;
    const [projectTasks, taskViews, taskParameters, titles] = await Promise.all([
      client.readContract({ ...read, functionName: "getProjectTasks", args: [projectId] }),
      client.readContract({ ...read, functionName: "getTasks", args: [projectId] }),
      client.readContract({ ...read, functionName: "parameters" }),
      acceptedTaskTitles(projectId, acceptedList, latest.number),
    ]);
    let pollGroup: PollGroupView | undefined;
    let votingParameters: VotingParameters | undefined;
    if (voting) {
      const votingRead = { address: voting, abi: plcrVotingAbi, blockNumber: latest.number } as const;
      [pollGroup, votingParameters] = await Promise.all([
        client.readContract({ ...votingRead, functionName: "getPollGroup", args: [projectId] }),
        client.readContract({ ...votingRead, functionName: "parameters" }),
      ]);
      if (pollGroup.taskMask === 0) pollGroup = undefined;
    }
    return {
      status: "ok",
      projectTasks,
      tasks: taskViews.map((task, index) => ({ ...task, index, title: titles[index] })),
      taskParameters,
      pollGroup,
      votingParameters,
      chainNow: latest.timestamp,
    };
  });
}

/** One task's poll, when the task was disputed. */
export async function readPoll(projectId: bigint, taskIndex: number, pollGroup: PollGroupView | undefined): Promise<PollView | undefined> {
  const { voting, client } = await taskContext();
  if (!voting || !pollGroup || (pollGroup.taskMask & (1 << taskIndex)) === 0) return undefined;
  return client.readContract({ address: voting, abi: plcrVotingAbi, functionName: "getPoll", args: [taskIdOf(projectId, taskIndex)] });
}

/**
 * Who holds which validation slot of a task, from its `TaskValidated` events: filtered by the indexed project
 * and task, from the deployment block (the node does the filtering; at most 10 events match).
 */
export async function readSlotHolders(projectId: bigint, taskIndex: number): Promise<SlotHolder[]> {
  const { taskRegistry, client, deploymentBlock } = await taskContext();
  if (!taskRegistry) return [];
  const logs = await client.getContractEvents({
    address: taskRegistry,
    abi: taskRegistryAbi,
    eventName: "TaskValidated",
    args: { projectId, taskIndex: BigInt(taskIndex) },
    fromBlock: deploymentBlock,
  });
  return logs.map((log) => ({
    validator: log.args.validator!,
    approve: log.args.approve!,
    slot: Number(log.args.slot!),
    stake: log.args.stake!,
  }));
}

/** The minimum stake for the next free slot of each side (zero when full or not validating). */
export async function readMinimumStakes(projectId: bigint, taskIndex: number) {
  const { taskRegistry, client } = await taskContext();
  if (!taskRegistry) return { approve: 0n, reject: 0n };
  const read = { address: taskRegistry, abi: taskRegistryAbi, functionName: "minValidationStake" } as const;
  const [approve, reject] = await Promise.all([
    client.readContract({ ...read, args: [projectId, BigInt(taskIndex), true] }),
    client.readContract({ ...read, args: [projectId, BigInt(taskIndex), false] }),
  ]);
  return { approve, reject };
}
