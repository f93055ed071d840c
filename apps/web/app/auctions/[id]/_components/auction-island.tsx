"use client";

import { lazy } from "react";
import type { Address } from "viem";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { AuctionPhase } from "@/lib/reads/auctions";

const AuctionPanel = lazy(() => import("./auction-panel"));

export type AuctionProps = {
  auctionId: bigint;
  operator: Address;
  phase: AuctionPhase;
  price: bigint;
  remaining: bigint;
  sold: bigint;
  commonPool: bigint;
  /** IBT of the Common Pool claimed or swept. */
  commonPoolClaimed: bigint;
  commonPoolClosesAt: bigint;
  sptSupplyAtStart: bigint;
  proceedsClaimed: boolean;
  raised: bigint;
  chainNow: bigint;
};

export function AuctionConnectPanel() {
  return (
    <ConnectPanel title="Your position" testId="auction-position">
      Connect your wallet to see your SPT allocation, bid and claim.
    </ConnectPanel>
  );
}

export function AuctionIsland(props: AuctionProps) {
  return (
    <WalletIsland
      fallback={<div className="h-56 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={<AuctionConnectPanel />}
    >
      <AuctionPanel {...props} />
    </WalletIsland>
  );
}
