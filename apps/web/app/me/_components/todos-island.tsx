"use client";

import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { TodosProps } from "./todos";

const Todos = lazy(() => import("./todos"));

export function TodosIsland(props: TodosProps) {
  return (
    <WalletIsland fallback={<div className="h-64 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}>
      <Todos {...props} />
    </WalletIsland>
  );
}
