"use client";

import { lazy, type ReactNode } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { TodosProps } from "./todos";

const Todos = lazy(() => import("./todos"));

const SKELETON = <div className="h-64 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />;

/** The connected account's to-dos; `fallback` replaces the skeleton where the page already shows one. */
export function TodosIsland({ fallback = SKELETON, ...props }: TodosProps & { fallback?: ReactNode }) {
  return (
    <WalletIsland fallback={fallback}>
      <Todos {...props} />
    </WalletIsland>
  );
}
