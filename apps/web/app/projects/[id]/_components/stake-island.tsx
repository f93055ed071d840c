"use client";

import { lazy } from "react";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { StakePanelProps } from "./stake-panel";

const StakePanel = lazy(() => import("./stake-panel"));

/** "My stake" without a connected wallet: shown before the wallet stack loads, and by the panel after. */
export function StakeConnectPanel() {
  return (
    <ConnectPanel title="My stake" testId="stake-panel">
      Connect your wallet to see and change your stake.
    </ConnectPanel>
  );
}

export function StakeIsland(props: StakePanelProps) {
  return (
    <WalletIsland
      fallback={<div className="h-64 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={<StakeConnectPanel />}
    >
      <StakePanel {...props} />
    </WalletIsland>
  );
}
