"use client";

import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";
import { ConsumptionConnectPanel, type ConsumptionPanelProps } from "./consumption-panel";

const ConsumptionPanel = lazy(() => import("./consumption-panel"));

export function ConsumptionIsland(props: ConsumptionPanelProps) {
  return (
    <WalletIsland fallback={<div className="h-40 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />} disconnected={<ConsumptionConnectPanel />}>
      <ConsumptionPanel {...props} />
    </WalletIsland>
  );
}
