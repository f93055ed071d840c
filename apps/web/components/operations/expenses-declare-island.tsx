"use client";

import { lazy } from "react";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { DeclareFormProps } from "./expenses-declare-form";

const DeclareExpenseForm = lazy(() => import("./expenses-declare-form"));

/** The declare form, once the wallet stack is there; before that (or without a wallet) the way to connect. */
export function DeclareExpenseIsland(props: DeclareFormProps) {
  return (
    <WalletIsland
      fallback={<div className="h-96 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={
        <ConnectPanel title="Declare an expense" testId="declare-expense">
          Connect your wallet to declare an expense with its invoice (deposit {props.deposit}).
        </ConnectPanel>
      }
    >
      <DeclareExpenseForm {...props} />
    </WalletIsland>
  );
}
