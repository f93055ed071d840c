"use client";

import { lazy } from "react";
import type { Address } from "viem";
import { ConnectPanel, ConnectPrompt } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { Phase } from "@/lib/reads/compensation";

const PositionPanel = lazy(() => import("./money-position-panel"));
const ClosePeriodButton = lazy(() => import("./money-close-button"));

export type PositionIslandProps = {
  period: bigint;
  phase: Phase;
  chainNow: bigint;
  recordingEndsAt: bigint;
  /** The rows' nets as the page rendered them (a projection while the period is open). */
  nets: { account: Address; net: bigint }[];
};

/** The viewer's position in the period: record, settle or claim through the one transaction path. */
export function PositionIsland(props: PositionIslandProps) {
  const connect = (
    <ConnectPanel title="Your position" testId="my-position">
      Connect your wallet to see what you owe or are owed in period {props.period.toString()}, and settle or claim it.
    </ConnectPanel>
  );
  return (
    <WalletIsland fallback={<div className="h-40 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />} disconnected={connect}>
      <PositionPanel {...props} />
    </WalletIsland>
  );
}

/** "Close period N" for anyone, once the period is closable and every earlier one is closed. */
export function ClosePeriodIsland({ period }: { period: bigint }) {
  return (
    <WalletIsland disconnected={<ConnectPrompt>Anyone may close period {period.toString()} now: connect a wallet to do it.</ConnectPrompt>}>
      <ClosePeriodButton period={period} />
    </WalletIsland>
  );
}
