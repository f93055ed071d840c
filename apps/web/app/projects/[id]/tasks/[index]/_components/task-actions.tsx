"use client";

import { useClaimTask, useReputationBalance, useSlashAndReopen } from "@scipio/sdk/hooks";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { Stage } from "@/app/projects/_lib/stages";
import { useChainClock } from "@/components/ui/chain-clock";
import { SubmitButton, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { TaskStatus } from "@/components/distribute/tasks/task-stages";
import { formatAmount } from "@/lib/format";
import { EvidenceForm } from "./evidence-form";
import { PayoutPanel } from "./payout-panel";
import { ValidateForm } from "./validate-form";
import { MissedDeadlinePanel, TaskActionsDisconnected, useMissedDeadline } from "./task-actions-island";
import { VotePanel } from "./vote-panel";

export type TaskActionsProps = {
  projectId: bigint;
  taskIndex: number;
  projectStage: number;
  status: number;
  claimer: Address;
  deadline: bigint;
  claimLock: bigint;
  lastClaimAt: bigint;
  validationEnd: bigint;
  minimumStakes: { approve: bigint; reject: bigint };
  poll: { pollId: bigint; commitEnd: bigint; revealEnd: bigint } | undefined;
  chainNow: bigint;
};

export default function TaskActions(props: TaskActionsProps) {
  const { address } = useAccount();
  if (!address) return <TaskActionsDisconnected {...props} />;
  return <ConnectedTaskActions {...props} account={address} />;
}

function ConnectedTaskActions(props: TaskActionsProps & { account: Address }) {
  const { projectId, taskIndex, projectStage, status, claimer, deadline, chainNow, account: address } = props;
  const now = useChainClock(chainNow);
  const missed = useMissedDeadline(props);
  const active = projectStage === Stage.Active;
  const settled = projectStage === Stage.Complete || projectStage === Stage.Failed;
  const isClaimer = address.toLowerCase() === claimer.toLowerCase();

  return (
    <div className="space-y-4" data-testid="task-actions">
      {missed && <SlashPanel projectId={projectId} taskIndex={taskIndex} claimer={claimer} />}
      {active && status === TaskStatus.Open && <ClaimPanel {...props} account={address} open={now <= Number(props.lastClaimAt)} />}
      {active && status === TaskStatus.Claimed && isClaimer && !missed && (
        <EvidenceForm projectId={projectId} taskIndex={taskIndex} deadline={deadline} />
      )}
      {projectStage === Stage.Validation && (status === TaskStatus.Submitted || status === TaskStatus.Validating) && !isClaimer && (
        <ValidateForm
          projectId={projectId}
          taskIndex={taskIndex}
          account={address}
          minimumStakes={props.minimumStakes}
          open={now <= Number(props.validationEnd)}
        />
      )}
      {props.poll && <VotePanel poll={props.poll} account={address} now={now} excluded={isClaimer} />}
      {settled && <PayoutPanel projectId={projectId} taskIndex={taskIndex} account={address} pollId={props.poll?.pollId} />}
    </div>
  );
}

function ClaimPanel({ projectId, taskIndex, claimLock, account, open }: TaskActionsProps & { account: Address; open: boolean }) {
  const reputation = useReputationBalance(account);
  const { claim, state, available } = useClaimTask();
  const enough = reputation.data === undefined || reputation.data >= claimLock;
  return (
    <Panel title="Claim this task" testId="claim-panel">
      <p className="text-sm text-stone-700">
        Claiming locks <strong>{formatAmount(claimLock)} REP</strong> until the project settles: you get it back twice over if the task is
        judged done, and lose it if you miss the deadline or the task fails. You hold{" "}
        <span data-testid="my-reputation">{reputation.data === undefined ? "…" : formatAmount(reputation.data)}</span> REP.
      </p>
      {!open && <p className="text-sm text-amber-900">Claims are closed: less than one task period remains in Active.</p>}
      {open && !enough && <p className="text-sm text-amber-900">You need {formatAmount(claimLock)} REP to claim it; register an identity or earn reputation first.</p>}
      <SubmitButton type="button" state={state} disabled={!available || !open} onClick={() => void claim(projectId, taskIndex)}>
        Claim task
      </SubmitButton>
      <TransactionStatus state={state} />
    </Panel>
  );
}

function SlashPanel({ projectId, taskIndex, claimer }: { projectId: bigint; taskIndex: number; claimer: Address }) {
  const { slashAndReopen, state, available } = useSlashAndReopen();
  return (
    <MissedDeadlinePanel claimer={claimer}>
      <SubmitButton type="button" tone="danger" state={state} disabled={!available} onClick={() => void slashAndReopen(projectId, taskIndex)}>
        Slash and reopen
      </SubmitButton>
      <TransactionStatus state={state} />
    </MissedDeadlinePanel>
  );
}
