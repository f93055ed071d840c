"use client";

import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { ExpenseChainActionsProps } from "./expenses-chain-actions";

const ExpenseChainActions = lazy(() => import("./expenses-chain-actions"));

/** Draw, replace a reviewer, release the deposit: shown once the wallet stack is there (they need a signer). */
export function ExpenseChainActionsIsland(props: ExpenseChainActionsProps) {
  return (
    <WalletIsland>
      <ExpenseChainActions {...props} />
    </WalletIsland>
  );
}
