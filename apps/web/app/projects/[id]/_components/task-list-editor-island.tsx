"use client";

import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { TaskListEditorProps } from "./task-list-editor";

const TaskListEditor = lazy(() => import("./task-list-editor"));

export function TaskListEditorIsland(props: TaskListEditorProps) {
  return (
    <WalletIsland fallback={<div className="h-40 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}>
      <TaskListEditor {...props} />
    </WalletIsland>
  );
}
