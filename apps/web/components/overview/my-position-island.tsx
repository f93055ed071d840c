"use client";

import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { MyPositionProps } from "./my-position";

const MyPosition = lazy(() => import("./my-position"));

/** The connected account's tokens and reputation; its code loads with the wallet stack, after the page. */
export function MyPositionIsland(props: MyPositionProps) {
  return (
    <WalletIsland fallback={<div className="h-full min-h-20 animate-pulse rounded-md bg-stone-100" aria-hidden />}>
      <MyPosition {...props} />
    </WalletIsland>
  );
}
