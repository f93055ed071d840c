"use client";

import { lazy } from "react";
import type { Address } from "viem";
import { WalletIsland } from "@/components/wallet/wallet-root";

const MinterPanel = lazy(() => import("./minter-panel"));

export type MinterProps = { token: Address; operator: Address; auctionMints: boolean };

/** The owner's "let the auctions mint" control; others (and a page without a wallet) see nothing here. */
export function MinterIsland(props: MinterProps) {
  return (
    <WalletIsland>
      <MinterPanel {...props} />
    </WalletIsland>
  );
}
