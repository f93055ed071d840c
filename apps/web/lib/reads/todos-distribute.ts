import "server-only";
import { plcrVotingAbi, projectRegistryAbi } from "@scipio/sdk/abi";
import type { Address } from "viem";
import { getRuntimeConfig, getServerClient } from "@/lib/server-config";
import { distributeTodos } from "@/lib/todos/distribute";
import type { Todo } from "@/lib/todos/types";
import { readTodoProjects } from "./todo-projects";
import type { ChainUnavailable } from "./read-at-latest-block";

const NO_COMMITMENT = `0x${"0".repeat(48)}`;
/** `IProjectRegistry.Stage`: the live stages a stake or a deadline matters in. */
const PROPOSED = 1;
const STAKED = 2;
const VOTING = 5;

export type DistributeTodosRead = { status: "ok"; todos: Todo[]; chainNow: bigint } | ChainUnavailable;

/**
 * The Distribute deadlines of `account` on the server (the calendar export): the newest projects as the to-do list
 * reads them, the account's sealed votes from its `VoteCommitted` events and its stakes in the live projects.
 */
export async function readDistributeTodos(account: Address): Promise<DistributeTodosRead> {
  const read = await readTodoProjects();
  if (read.status !== "ok") return read;
  const { deployment } = await getRuntimeConfig();
  const client = await getServerClient();
  const registry = deployment.contracts.ProjectRegistry!;
  const voting = deployment.contracts.PlcrVoting;
  const live = read.projects.filter((project) => project.stage >= PROPOSED && project.stage <= VOTING);
  const [votes, stakes] = await Promise.all([
    voting
      ? client
          .getContractEvents({ address: voting, abi: plcrVotingAbi, eventName: "VoteCommitted", args: { voter: account }, fromBlock: read.deploymentBlock })
          .then((logs) =>
            Promise.all(
              [...new Set(logs.map((log) => log.args.pollId!))].map(async (pollId) => {
                const vote = await client.readContract({ address: voting, abi: plcrVotingAbi, functionName: "getVote", args: [pollId, account] });
                return vote.commitment === NO_COMMITMENT ? undefined : { pollId, revealed: vote.revealed };
              }),
            ),
          )
      : [],
    Promise.all(
      live.map(async (project) => {
        const stake = await client.readContract({ address: registry, abi: projectRegistryAbi, functionName: "getStake", args: [project.id, account] });
        const staked = stake.tokens > 0n || stake.reputation > 0n;
        return { projectId: project.id, staked, toBack: staked && project.stage === STAKED && stake.backedList === 0n };
      }),
    ),
  ]);
  const todos = distributeTodos(
    account,
    read.projects,
    {
      votes: (votes as ({ pollId: bigint; revealed: boolean } | undefined)[]).filter((vote) => vote !== undefined),
      stakedIn: stakes.filter((stake) => stake.staked).map((stake) => stake.projectId),
      listsToBack: stakes.filter((stake) => stake.toBack).map((stake) => stake.projectId),
    },
    read.chainNow,
  );
  return { status: "ok", todos, chainNow: read.chainNow };
}
