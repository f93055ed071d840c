"use client";

import { lazy } from "react";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { ConsumptionPanelProps } from "./consumption-panel";

const ConsumptionPanel = lazy(() => import("./consumption-panel"));

export function ConsumptionConnectPanel() {
  return (
    <ConnectPanel title="Your consumption" testId="consumption-connect">
      Connect your wallet: operators validate or dispute their records here, the feeder records each operator&apos;s consumption.
    </ConnectPanel>
  );
}

export function ConsumptionIsland(props: ConsumptionPanelProps) {
  return (
    <WalletIsland fallback={<div className="h-40 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />} disconnected={<ConsumptionConnectPanel />}>
      <ConsumptionPanel {...props} />
    </WalletIsland>
  );
}
