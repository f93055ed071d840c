"use client";

import { lazy } from "react";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";

const SalePanel = lazy(() => import("./sale-panel"));

export type SaleProps = {
  rate: bigint;
  remaining: bigint;
  closesAt: bigint;
  finalized: boolean;
  proceedsHeld: bigint;
  chainNow: bigint;
};

/** Buying without a connected wallet: shown before the wallet stack loads, and by the panel after. */
export function SaleConnectPanel() {
  return <ConnectPanel title="Buy SPT">Connect your wallet to buy SPT and see what you hold.</ConnectPanel>;
}

export function SaleIsland(props: SaleProps) {
  return (
    <WalletIsland
      fallback={<div className="h-56 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={<SaleConnectPanel />}
    >
      <SalePanel {...props} />
    </WalletIsland>
  );
}
