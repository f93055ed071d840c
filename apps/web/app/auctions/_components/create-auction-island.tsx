"use client";

import { lazy } from "react";
import type { Address } from "viem";
import { WalletIsland } from "@/components/wallet/wallet-root";

const CreateAuctionPanel = lazy(() => import("./create-auction-panel"));

export type CreateAuctionProps = {
  chainNow: bigint;
  /** 7 days after the SPT sale was finalized (0 while it is not). */
  earliestStart: bigint;
  saleFinalized: boolean;
  tokens: { address: Address; symbol: string; operator: Address; auctionMints: boolean; deliveryEnd: bigint }[];
  investments: { id: bigint; operator: Address; total: bigint; committed: bigint }[];
};

/** The operator's "create an auction" form; other accounts, and a page without a wallet, see nothing here. */
export function CreateAuctionIsland(props: CreateAuctionProps) {
  return (
    <WalletIsland>
      <CreateAuctionPanel {...props} />
    </WalletIsland>
  );
}
