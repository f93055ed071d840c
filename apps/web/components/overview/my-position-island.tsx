"use client";

import { lazy } from "react";
import { ConnectPrompt } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { MyPositionProps } from "./my-position";

const MyPosition = lazy(() => import("./my-position"));

/** The connected account's tokens and reputation; its code loads with the wallet stack, after the page. */
/** The position without a connected wallet: shown before the wallet stack loads, and by the position after. */
export function MyPositionConnectPrompt() {
  return <ConnectPrompt>Connect a wallet to see your tokens, reputation and stakes, and what needs you.</ConnectPrompt>;
}

export function MyPositionIsland(props: MyPositionProps) {
  return (
    <WalletIsland
      fallback={<div className="h-full min-h-20 animate-pulse rounded-md bg-stone-100" aria-hidden />}
      disconnected={<MyPositionConnectPrompt />}
    >
      <MyPosition {...props} />
    </WalletIsland>
  );
}
