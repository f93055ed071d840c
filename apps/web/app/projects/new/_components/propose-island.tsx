"use client";

import { lazy } from "react";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { ProposeFormProps } from "./propose-form";

const ProposeForm = lazy(() => import("./propose-form"));

/** The proposal form without a connected wallet: shown before the wallet stack loads, and by the form after. */
export function ProposeConnectPanel() {
  return (
    <ConnectPanel title="Your proposal">
      Connect your wallet to propose: the proposer locks collateral in tokens or reputation.
    </ConnectPanel>
  );
}

export function ProposeIsland(props: ProposeFormProps) {
  return (
    <WalletIsland
      fallback={<div className="h-[36rem] animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={<ProposeConnectPanel />}
    >
      <ProposeForm {...props} />
    </WalletIsland>
  );
}
