"use client";

import { lazy } from "react";
import { ConnectPrompt } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";

const FollowAccount = lazy(() => import("./follow-account"));

/** Without an account in the address, the dashboard asks to connect; once connected it shows the connected account's. */
export function OperatorAccountIsland({ account }: { account: string | undefined }) {
  const prompt = account ? null : <ConnectPrompt>Connect your wallet to see your dashboard, or open one with ?account=0x… in the address.</ConnectPrompt>;
  return (
    <WalletIsland disconnected={prompt}>
      <FollowAccount account={account} prompt={prompt} />
    </WalletIsland>
  );
}
