"use client";

import { lazy } from "react";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";

const ParticipantPanel = lazy(() => import("./participant-panel"));

/** Roles without a connected wallet: shown before the wallet stack loads, and by the panel after. */
export function ParticipantConnectPanel() {
  return <ConnectPanel title="Your roles">Connect your wallet to see your roles or join as an investor.</ConnectPanel>;
}

export function ParticipantIsland() {
  return (
    <WalletIsland
      fallback={<div className="h-40 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={<ParticipantConnectPanel />}
    >
      <ParticipantPanel />
    </WalletIsland>
  );
}
