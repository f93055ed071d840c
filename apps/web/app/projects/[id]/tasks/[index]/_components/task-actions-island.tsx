"use client";

import { lazy, type ReactNode } from "react";
import type { Address } from "viem";
import { Stage } from "@/app/projects/_lib/stages";
import { useChainClock } from "@/components/ui/chain-clock";
import { ConnectPanel, ConnectPrompt } from "@/components/ui/connect-prompt";
import { Panel } from "@/components/ui/panel";
import { TaskStatus } from "@/components/distribute/tasks/task-stages";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { TaskActionsProps } from "./task-actions";

const TaskActions = lazy(() => import("./task-actions"));

/** Claim, slash, evidence, validation, vote and payout: whatever this task allows now, for the connected account. */
export function TaskActionsIsland(props: TaskActionsProps) {
  return (
    <WalletIsland
      fallback={<div className="h-40 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={<TaskActionsDisconnected {...props} />}
    >
      <TaskActions {...props} />
    </WalletIsland>
  );
}

/** Whether the claimer let its evidence deadline pass while the project is Active: anyone may slash then. */
export function useMissedDeadline({ projectStage, status, deadline, chainNow }: TaskActionsProps): boolean {
  const now = useChainClock(chainNow);
  return projectStage === Stage.Active && status === TaskStatus.Claimed && now > Number(deadline);
}

/** The task's actions without a connected wallet: shown before the wallet stack loads, and by the actions after. */
export function TaskActionsDisconnected(props: TaskActionsProps) {
  const missed = useMissedDeadline(props);
  return (
    <div className="space-y-4" data-testid="task-actions">
      {missed && (
        <MissedDeadlinePanel claimer={props.claimer}>
          <ConnectPrompt>Connect a wallet to slash and reopen the task.</ConnectPrompt>
        </MissedDeadlinePanel>
      )}
      <ConnectPanel title="Take part" testId="task-connect">
        Connect your wallet to claim, validate, vote on or withdraw from this task.
      </ConnectPanel>
    </div>
  );
}

/** Shown to every visitor once a claimer missed its deadline; `children` are the way to slash. */
export function MissedDeadlinePanel({ claimer, children }: { claimer: Address; children: ReactNode }) {
  return (
    <Panel title="Deadline missed" testId="slash-panel">
      <p className="text-sm text-stone-700">
        The claimer <span className="font-mono text-xs break-all">{claimer}</span> did not submit evidence in time. Anyone may burn its lock and
        reopen the task for someone else.
      </p>
      {children}
    </Panel>
  );
}
