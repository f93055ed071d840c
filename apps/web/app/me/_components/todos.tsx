"use client";

import { plcrVotingAbi, projectRegistryAbi, taskRegistryAbi } from "@scipio/sdk/abi";
import { useContractAddress, useOwedEther, useWithdrawAll } from "@scipio/sdk/hooks";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { Address } from "viem";
import { useAccount, usePublicClient } from "wagmi";
import { Stage } from "@/app/projects/_lib/stages";
import { useChainClock } from "@/components/distribute/chain-clock";
import { ConnectPrompt } from "@/components/distribute/connect-prompt";
import { Panel, SubmitButton, TransactionStatus } from "@/components/distribute/form-controls";
import { TaskStatus, taskIdOf } from "@/components/distribute/tasks/task-stages";
import { formatChainTime, formatDuration } from "@/components/distribute/time";
import { formatAmount } from "@/lib/format";
import type { TodoProject } from "../_lib/reads";

export type TodosProps = { projects: TodoProject[]; chainNow: bigint; deploymentBlock: bigint };

const NO_COMMITMENT = `0x${"0".repeat(48)}`;

type Payout = { projectId: bigint; taskIndex: number; tokens: bigint; reputation: bigint; ether: bigint };
type Escrow = { projectId: bigint; taskIndex: number; pollId: bigint; tokens: bigint; reputation: bigint; revealed: boolean; revealEnd: bigint; commitEnd: bigint };
type ListToBack = { projectId: bigint; stageDeadline: bigint };

/**
 * The account's side of the newest projects. Its tasks and votes come from events filtered by its address (the
 * indexed claimer, validator and voter topics) from the deployment block, so the node does the searching; the
 * amounts come from the contracts' views for just those tasks, polls and Staked projects.
 */
function useAccountPositions(account: Address | undefined, { projects, deploymentBlock }: TodosProps) {
  const client = usePublicClient();
  const taskRegistry = useContractAddress("TaskRegistry");
  const voting = useContractAddress("PlcrVoting");
  const projectRegistry = useContractAddress("ProjectRegistry");
  return useQuery({
    queryKey: ["scipio", "todos", account, projects.map((project) => `${project.id}:${project.stage}`).join(",")],
    enabled: client !== undefined && account !== undefined && taskRegistry !== undefined && projectRegistry !== undefined,
    queryFn: async () => {
      const byId = new Map(projects.map((project) => [project.id, project]));
      const fromBlock = deploymentBlock;
      const [claimed, validated, committed] = await Promise.all([
        client!.getContractEvents({ address: taskRegistry!, abi: taskRegistryAbi, eventName: "TaskClaimed", args: { claimer: account }, fromBlock }),
        client!.getContractEvents({ address: taskRegistry!, abi: taskRegistryAbi, eventName: "TaskValidated", args: { validator: account }, fromBlock }),
        voting
          ? client!.getContractEvents({ address: voting, abi: plcrVotingAbi, eventName: "VoteCommitted", args: { voter: account }, fromBlock })
          : [],
      ]);

      const settledTasks = new Map<string, { projectId: bigint; taskIndex: number }>();
      for (const log of [...claimed, ...validated]) {
        const projectId = log.args.projectId!;
        const taskIndex = Number(log.args.taskIndex!);
        const stage = byId.get(projectId)?.stage;
        if (stage === Stage.Complete || stage === Stage.Failed) settledTasks.set(`${projectId}:${taskIndex}`, { projectId, taskIndex });
      }
      const payouts: Payout[] = (
        await Promise.all(
          [...settledTasks.values()].map(async ({ projectId, taskIndex }) => {
            const [tokens, reputation, ether] = await client!.readContract({
              address: taskRegistry!,
              abi: taskRegistryAbi,
              functionName: "pendingPayout",
              args: [projectId, BigInt(taskIndex), account!],
            });
            return { projectId, taskIndex, tokens, reputation, ether };
          }),
        )
      ).filter((payout) => payout.tokens > 0n || payout.reputation > 0n || payout.ether > 0n);

      const escrows: Escrow[] = (
        await Promise.all(
          [...new Set(committed.map((log) => log.args.pollId!))].map(async (pollId) => {
            const projectId = pollId >> 8n;
            const polls = byId.get(projectId)?.polls;
            if (!polls || !voting) return undefined;
            const vote = await client!.readContract({ address: voting, abi: plcrVotingAbi, functionName: "getVote", args: [pollId, account!] });
            if (vote.commitment === NO_COMMITMENT) return undefined;
            return {
              projectId,
              taskIndex: Number(pollId & 0xffn),
              pollId,
              tokens: vote.tokens,
              reputation: vote.reputation,
              revealed: vote.revealed,
              commitEnd: polls.commitEnd,
              revealEnd: polls.revealEnd,
            };
          }),
        )
      ).filter((escrow) => escrow !== undefined);

      const listsToBack: ListToBack[] = (
        await Promise.all(
          projects
            .filter((project) => project.stage === Stage.Staked)
            .map(async (project) => {
              const stake = await client!.readContract({ address: projectRegistry!, abi: projectRegistryAbi, functionName: "getStake", args: [project.id, account!] });
              const staked = stake.tokens > 0n || stake.reputation > 0n;
              return staked && stake.backedList === 0n ? { projectId: project.id, stageDeadline: project.stageDeadline } : undefined;
            }),
        )
      ).filter((item) => item !== undefined);

      return { payouts, escrows, listsToBack };
    },
  });
}

export default function Todos(props: TodosProps) {
  const { address } = useAccount();
  const now = useChainClock(props.chainNow);
  const positions = useAccountPositions(address, props);
  const owed = useOwedEther(address);
  const { withdrawAll, state, step, available } = useWithdrawAll();

  if (!address) {
    return (
      <Panel title="My to-dos" testId="todos">
        <ConnectPrompt>Connect your wallet to see what needs you and what you can withdraw.</ConnectPrompt>
      </Panel>
    );
  }

  const claims = props.projects.flatMap((project) =>
    project.stage === Stage.Active
      ? project.tasks
          .filter((task) => task.status === TaskStatus.Claimed && task.claimer.toLowerCase() === address.toLowerCase())
          .map((task) => ({ projectId: project.id, ...task }))
      : [],
  );
  const data = positions.data;
  const reveals = data?.escrows.filter((escrow) => !escrow.revealed && now <= Number(escrow.revealEnd)) ?? [];
  const withdrawableEscrows = data?.escrows.filter((escrow) => now > Number(escrow.revealEnd)) ?? [];
  const payouts = data?.payouts ?? [];
  const owedEther = owed.data ?? 0n;
  const payoutEther = payouts.reduce((sum, payout) => sum + payout.ether, 0n);
  const nothingToWithdraw = payouts.length === 0 && withdrawableEscrows.length === 0 && owedEther === 0n;

  return (
    <div className="space-y-4" data-testid="todos">
      <Panel title="Votes to reveal" testId="todo-reveals">
        {positions.isLoading && <p className="text-sm text-stone-600">Looking up your votes…</p>}
        {data && reveals.length === 0 && <p className="text-sm text-stone-600">No sealed vote waits for you.</p>}
        <ul className="space-y-2 text-sm">
          {reveals.map((escrow) => (
            <li key={escrow.pollId.toString()} data-testid="todo-reveal">
              <Link className="font-medium text-teal-800 underline" href={`/projects/${escrow.projectId}/tasks/${escrow.taskIndex}`}>
                Project #{escrow.projectId.toString()}, task {escrow.taskIndex + 1}
              </Link>{" "}
              —{" "}
              {now <= Number(escrow.commitEnd)
                ? `reveal opens in ${formatDuration(Number(escrow.commitEnd) - now)}`
                : `reveal within ${formatDuration(Number(escrow.revealEnd) - now)}`}{" "}
              <span className="text-stone-500">({formatChainTime(escrow.revealEnd)})</span>
            </li>
          ))}
        </ul>
      </Panel>

      <Panel title="Evidence deadlines" testId="todo-claims">
        {claims.length === 0 && <p className="text-sm text-stone-600">You hold no claimed task awaiting evidence.</p>}
        <ul className="space-y-2 text-sm">
          {claims.map((claim) => (
            <li key={`${claim.projectId}:${claim.index}`} data-testid="todo-claim">
              <Link className="font-medium text-teal-800 underline" href={`/projects/${claim.projectId}/tasks/${claim.index}`}>
                Project #{claim.projectId.toString()}, task {claim.index + 1}
              </Link>{" "}
              —{" "}
              {now <= Number(claim.deadline) ? `evidence due in ${formatDuration(Number(claim.deadline) - now)}` : "deadline missed: it can be slashed"}
            </li>
          ))}
        </ul>
      </Panel>

      <Panel title="Task lists to back" testId="todo-lists">
        {data && data.listsToBack.length === 0 && <p className="text-sm text-stone-600">Every project you stake in has your backing.</p>}
        <ul className="space-y-2 text-sm">
          {data?.listsToBack.map((item) => (
            <li key={item.projectId.toString()} data-testid="todo-list">
              <Link className="font-medium text-teal-800 underline" href={`/projects/${item.projectId}`}>
                Project #{item.projectId.toString()}
              </Link>{" "}
              — back a task list within {formatDuration(Number(item.stageDeadline) - now)}
            </li>
          ))}
        </ul>
      </Panel>

      <Panel title="Withdraw" testId="todo-withdraw">
        {nothingToWithdraw ? (
          <p className="text-sm text-stone-600" data-testid="nothing-to-withdraw">
            Nothing to withdraw right now.
          </p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="withdrawable">
            {payouts.map((payout) => (
              <li key={`${payout.projectId}:${payout.taskIndex}`}>
                Project #{payout.projectId.toString()}, task {payout.taskIndex + 1}: {formatAmount(payout.tokens)} tokens, {formatAmount(payout.reputation)}{" "}
                REP, {formatAmount(payout.ether)} ETH
              </li>
            ))}
            {withdrawableEscrows.map((escrow) => (
              <li key={escrow.pollId.toString()}>
                Vote escrow, project #{escrow.projectId.toString()} task {escrow.taskIndex + 1}: {escrow.tokens.toString()} tokens,{" "}
                {escrow.reputation.toString()} REP
              </li>
            ))}
            {owedEther > 0n && <li>Ether owed to you: {formatAmount(owedEther)} ETH</li>}
          </ul>
        )}
        <p className="text-xs text-stone-500">Stakes in projects are withdrawn on each project&apos;s page.</p>
        <SubmitButton
          type="button"
          state={state}
          disabled={!available || nothingToWithdraw}
          onClick={() =>
            void withdrawAll({
              projectIds: [],
              taskIds: payouts.map((payout) => taskIdOf(payout.projectId, payout.taskIndex)),
              pollIds: withdrawableEscrows.map((escrow) => escrow.pollId),
              owedEther,
              newlyOwedEther: payoutEther,
            })
          }
        >
          {step ?? "Withdraw everything"}
        </SubmitButton>
        <TransactionStatus state={state} />
      </Panel>
    </div>
  );
}
