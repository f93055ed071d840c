"use client";

import { lazy } from "react";
import type { Address } from "viem";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";

const OperatorTokensPanel = lazy(() => import("./operator-tokens-panel"));

export type OperatorTokensProps = {
  chainNow: bigint;
  investments: { id: bigint; operator: Address; total: bigint; committed: bigint }[];
  tokens: { address: Address; symbol: string; operator: Address; auctionMints: boolean }[];
};

export function OperatorTokensConnectPanel() {
  return (
    <ConnectPanel title="Your bandwidth tokens" testId="operator-tokens">
      Connect an operator&apos;s wallet to create a bandwidth token, or the Platform account&apos;s to record an investment.
    </ConnectPanel>
  );
}

export function BandwidthTokensIsland(props: OperatorTokensProps) {
  return (
    <WalletIsland
      fallback={<div className="h-72 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={<OperatorTokensConnectPanel />}
    >
      <OperatorTokensPanel {...props} />
    </WalletIsland>
  );
}
