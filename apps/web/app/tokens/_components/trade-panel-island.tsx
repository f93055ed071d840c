"use client";

import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";

const TradePanel = lazy(() => import("./trade-panel"));

/** Prices come from the server render (wei per whole token); the panel quotes live from the chain. */
export function TradePanelIsland(props: { spotBuyPrice: bigint; resaleValue: bigint; pool: bigint; supply: bigint }) {
  return (
    <WalletIsland fallback={<div className="h-96 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}>
      <TradePanel {...props} />
    </WalletIsland>
  );
}
