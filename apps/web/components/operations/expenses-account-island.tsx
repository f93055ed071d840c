"use client";

import { lazy } from "react";
import { ConnectPrompt } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";

const ExpensesFollowAccount = lazy(() => import("./expenses-follow-account"));

/** Without an account in the address the page asks to connect; once connected it shows the connected account's view. */
export function ExpensesAccountIsland({ path, account, what }: { path: string; account: string | undefined; what: string }) {
  const prompt = account ? null : <ConnectPrompt>Connect your wallet to see {what}, or add ?account=0x… to the address.</ConnectPrompt>;
  return (
    <WalletIsland disconnected={prompt}>
      <ExpensesFollowAccount path={path} account={account} prompt={prompt} />
    </WalletIsland>
  );
}
