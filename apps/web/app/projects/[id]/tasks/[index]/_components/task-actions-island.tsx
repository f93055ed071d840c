"use client";

import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { TaskActionsProps } from "./task-actions";

const TaskActions = lazy(() => import("./task-actions"));

/** Claim, slash, evidence, validation, vote and payout: whatever this task allows now, for the connected account. */
export function TaskActionsIsland(props: TaskActionsProps) {
  return (
    <WalletIsland fallback={<div className="h-40 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}>
      <TaskActions {...props} />
    </WalletIsland>
  );
}
