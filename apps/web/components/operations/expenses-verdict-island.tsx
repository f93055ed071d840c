"use client";

import { lazy } from "react";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { VerdictProps } from "./expenses-verdict";

const ExpenseVerdict = lazy(() => import("./expenses-verdict"));

export function ExpenseVerdictIsland(props: VerdictProps) {
  return (
    <WalletIsland
      fallback={<div className="h-32 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={
        <ConnectPanel title="Your verdict" testId="verdict">
          Connect your wallet: if you were drawn to review this expense, you give your verdict here.
        </ConnectPanel>
      }
    >
      <ExpenseVerdict {...props} />
    </WalletIsland>
  );
}
