"use client";

import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";

const BackListButton = lazy(() => import("./back-list-button"));

export function BackListIsland(props: { projectId: bigint; listId: bigint; open: boolean }) {
  return (
    <WalletIsland>
      <BackListButton {...props} />
    </WalletIsland>
  );
}
