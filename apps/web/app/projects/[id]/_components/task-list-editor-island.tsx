"use client";

import { lazy } from "react";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { TaskListEditorProps } from "./task-list-editor";

const TaskListEditor = lazy(() => import("./task-list-editor"));

/** The editor without a connected wallet: shown before the wallet stack loads, and by the editor after. */
export function TaskListConnectPanel() {
  return (
    <ConnectPanel title="Propose a task list">
      Stakers of this project may submit a task list. Connect your wallet to write one.
    </ConnectPanel>
  );
}

export function TaskListEditorIsland(props: TaskListEditorProps) {
  return (
    <WalletIsland
      fallback={<div className="h-40 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={<TaskListConnectPanel />}
    >
      <TaskListEditor {...props} />
    </WalletIsland>
  );
}
