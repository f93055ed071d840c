"use client";

import { lazy, type ReactNode } from "react";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { TodosProps } from "./todos";

const Todos = lazy(() => import("./todos"));

const SKELETON = <div className="h-64 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />;

/** The to-dos without a connected wallet: shown before the wallet stack loads, and by the list after. */
export function TodosConnectPanel() {
  return (
    <ConnectPanel title="My to-dos" testId="todos">
      Connect your wallet to see what needs you and what you can withdraw.
    </ConnectPanel>
  );
}

/** The connected account's to-dos; `fallback` replaces the skeleton where the page already shows one. */
export function TodosIsland({ fallback = SKELETON, ...props }: TodosProps & { fallback?: ReactNode }) {
  return (
    <WalletIsland fallback={fallback} disconnected={props.promptToConnect === false ? fallback : <TodosConnectPanel />}>
      <Todos {...props} />
    </WalletIsland>
  );
}
