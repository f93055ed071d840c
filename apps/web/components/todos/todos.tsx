"use client";

import { plcrVotingAbi, projectRegistryAbi, taskRegistryAbi } from "@scipio/sdk/abi";
import { useContractAddress, useOwedEther, useWithdrawAll } from "@scipio/sdk/hooks";
import { useQuery } from "@tanstack/react-query";
import { PageLink } from "@/components/page-link";
import type { Address } from "viem";
import { useAccount, usePublicClient } from "wagmi";
import { Stage } from "@/app/projects/_lib/stages";
import { useChainClock } from "@/components/ui/chain-clock";
import { StageBadge } from "@/components/distribute/stage-badge";
import { SubmitButton, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { TaskStatus, taskIdOf } from "@/components/distribute/tasks/task-stages";
import { formatChainTime, formatDuration } from "@/components/ui/time";
import { formatAmount } from "@/lib/format";
import type { TodoProject } from "@/lib/reads/todo-projects";
import { OperationsTodos } from "@/components/operations/todos-island";
import { TodosConnectPanel } from "./todos-island";

export type TodosProps = {
  projects: TodoProject[];
  chainNow: bigint;
  deploymentBlock: bigint;
  /** False where the page already asks a disconnected visitor to connect (the overview). */
  promptToConnect?: boolean;
};

const NO_COMMITMENT = `0x${"0".repeat(48)}`;

type Payout = { projectId: bigint; taskIndex: number; tokens: bigint; reputation: bigint; ether: bigint };
type Escrow = { projectId: bigint; taskIndex: number; pollId: bigint; tokens: bigint; reputation: bigint; revealed: boolean; revealEnd: bigint; commitEnd: bigint };
type ListToBack = { projectId: bigint; stageDeadline: bigint };
/** The account's stake in a project, and what `withdrawStake` would return now (`withdrawable`). */
type StakePosition = {
  projectId: bigint;
  stage: number;
  tokens: bigint;
  reputation: bigint;
  /** `withdrawStake` would succeed now: stake back (Complete or Expired) or the proposer's collateral. */
  withdrawable: boolean;
  /** Ether the stake earns on a Complete project (made owed in the token on withdrawal). */
  etherReward: bigint;
  reputationReward: bigint;
};

/** Shares of `ProjectRegistry.withdrawStake` (DistributeMath's STAKER_REWARD_BPS, REPUTATION_REWARD_BPS). */
const STAKER_REWARD_BPS = 100n;
const REPUTATION_REWARD_BPS = 1_000n;
const BPS = 10_000n;
/** The most projects whose stakes the list looks at (the newest ones the account staked in or proposed). */
const MAX_STAKE_PROJECTS = 50;

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
      const [claimed, validated, committed, tokenStakes, reputationStakes, proposed] = await Promise.all([
        client!.getContractEvents({ address: taskRegistry!, abi: taskRegistryAbi, eventName: "TaskClaimed", args: { claimer: account }, fromBlock }),
        client!.getContractEvents({ address: taskRegistry!, abi: taskRegistryAbi, eventName: "TaskValidated", args: { validator: account }, fromBlock }),
        voting
          ? client!.getContractEvents({ address: voting, abi: plcrVotingAbi, eventName: "VoteCommitted", args: { voter: account }, fromBlock })
          : [],
        client!.getContractEvents({ address: projectRegistry!, abi: projectRegistryAbi, eventName: "TokensStaked", args: { staker: account }, fromBlock }),
        client!.getContractEvents({ address: projectRegistry!, abi: projectRegistryAbi, eventName: "ReputationStaked", args: { staker: account }, fromBlock }),
        client!.getContractEvents({ address: projectRegistry!, abi: projectRegistryAbi, eventName: "ProjectProposed", args: { proposer: account }, fromBlock }),
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

      const stakeProjectIds = [...new Set([...tokenStakes, ...reputationStakes, ...proposed].map((log) => log.args.projectId!))]
        .sort((a, b) => (a > b ? -1 : 1))
        .slice(0, MAX_STAKE_PROJECTS);
      const stakes: StakePosition[] = (
        await Promise.all(
          stakeProjectIds.map(async (projectId): Promise<StakePosition | undefined> => {
            const known = byId.get(projectId);
            const [stake, project, withdrawable] = await Promise.all([
              client!.readContract({ address: projectRegistry!, abi: projectRegistryAbi, functionName: "getStake", args: [projectId, account!] }),
              known ?? client!.readContract({ address: projectRegistry!, abi: projectRegistryAbi, functionName: "getProject", args: [projectId] }),
              // The registry decides what is returnable (collateral rules included): ask it rather than repeat them.
              client!
                .simulateContract({ address: projectRegistry!, abi: projectRegistryAbi, functionName: "withdrawStake", args: [projectId], account })
                .then(
                  () => true,
                  () => false,
                ),
            ]);
            if (stake.tokens === 0n && stake.reputation === 0n && !withdrawable) return undefined;
            const complete = project.stage === Stage.Complete;
            return {
              projectId,
              stage: project.stage,
              tokens: stake.tokens,
              reputation: stake.reputation,
              withdrawable,
              etherReward: complete && project.stakedTokens > 0n ? (stake.tokens * ((project.cost * STAKER_REWARD_BPS) / BPS)) / project.stakedTokens : 0n,
              reputationReward: complete ? (stake.reputation * REPUTATION_REWARD_BPS) / BPS : 0n,
            };
          }),
        )
      ).filter((stake) => stake !== undefined);

      return { payouts, escrows, listsToBack, stakes };
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
    return props.promptToConnect === false ? null : <TodosConnectPanel />;
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
  const stakes = data?.stakes ?? [];
  const withdrawableStakes = stakes.filter((stake) => stake.withdrawable);
  const owedEther = owed.data ?? 0n;
  // Task payouts send their ether themselves; only stake rewards become owed in the token.
  const newlyOwedEther = withdrawableStakes.reduce((sum, stake) => sum + stake.etherReward, 0n);
  const nothingToWithdraw = payouts.length === 0 && withdrawableEscrows.length === 0 && withdrawableStakes.length === 0 && owedEther === 0n;

  return (
    <div className="space-y-4" data-testid="todos">
      <OperationsTodos account={address} />
      <Panel title="My stakes" testId="my-stakes">
        {positions.isLoading && <p className="text-sm text-stone-600">Looking up your stakes…</p>}
        {data && stakes.length === 0 && <p className="text-sm text-stone-600">You have no stake in a project.</p>}
        {stakes.length > 0 && (
          <table className="w-full text-left text-sm">
            <thead className="text-stone-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Project
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Stage
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  Tokens
                </th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">
                  Reputation
                </th>
                <th scope="col" className="py-1 font-medium">
                  Now
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {stakes.map((stake) => (
                <tr key={stake.projectId.toString()} data-testid="my-stake">
                  <td className="py-1.5 pr-3">
                    <PageLink className="font-medium text-teal-800 underline" href={`/projects/${stake.projectId}`}>
                      #{stake.projectId.toString()}
                    </PageLink>
                  </td>
                  <td className="py-1.5 pr-3">
                    <StageBadge stage={stake.stage} />
                  </td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{formatAmount(stake.tokens, 2)}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{formatAmount(stake.reputation, 2)} REP</td>
                  <td className="py-1.5 text-stone-700">{stakeStatus(stake)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>

      <Panel title="Votes to reveal" testId="todo-reveals">
        {positions.isLoading && <p className="text-sm text-stone-600">Looking up your votes…</p>}
        {data && reveals.length === 0 && <p className="text-sm text-stone-600">No sealed vote waits for you.</p>}
        <ul className="space-y-2 text-sm">
          {reveals.map((escrow) => (
            <li key={escrow.pollId.toString()} data-testid="todo-reveal">
              <PageLink className="font-medium text-teal-800 underline" href={`/projects/${escrow.projectId}/tasks/${escrow.taskIndex}`}>
                Project #{escrow.projectId.toString()}, task {escrow.taskIndex + 1}
              </PageLink>{" "}
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
              <PageLink className="font-medium text-teal-800 underline" href={`/projects/${claim.projectId}/tasks/${claim.index}`}>
                Project #{claim.projectId.toString()}, task {claim.index + 1}
              </PageLink>{" "}
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
              <PageLink className="font-medium text-teal-800 underline" href={`/projects/${item.projectId}`}>
                Project #{item.projectId.toString()}
              </PageLink>{" "}
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
            {withdrawableStakes.map((stake) => (
              <li key={`stake:${stake.projectId}`}>
                Project #{stake.projectId.toString()}: {stakeStatus(stake)}
              </li>
            ))}
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
        <SubmitButton
          type="button"
          state={state}
          disabled={!available || nothingToWithdraw}
          onClick={() =>
            void withdrawAll({
              projectIds: withdrawableStakes.map((stake) => stake.projectId),
              taskIds: payouts.map((payout) => taskIdOf(payout.projectId, payout.taskIndex)),
              pollIds: withdrawableEscrows.map((escrow) => escrow.pollId),
              owedEther,
              newlyOwedEther,
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

function stakeStatus(stake: StakePosition): string {
  if (!stake.withdrawable) {
    return stake.stage === Stage.Failed ? "Burned: the project failed" : "Locked until the project ends";
  }
  if (stake.tokens === 0n && stake.reputation === 0n) return "Your collateral is returnable";
  if (stake.stage === Stage.Complete) {
    return `Withdrawable with its reward: ${formatAmount(stake.etherReward)} ETH and ${formatAmount(stake.reputationReward, 2)} REP`;
  }
  return "Withdrawable in full";
}
