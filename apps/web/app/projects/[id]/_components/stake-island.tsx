"use client";

import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { StakePanelProps } from "./stake-panel";

const StakePanel = lazy(() => import("./stake-panel"));

export function StakeIsland(props: StakePanelProps) {
  return (
    <WalletIsland fallback={<div className="h-64 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}>
      <StakePanel {...props} />
    </WalletIsland>
  );
}
