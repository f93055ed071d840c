"use client";

import { lazy } from "react";
import { WalletIsland } from "./wallet-root";

// Each island's code is its own chunk, fetched with the wallet stack after the page is shown.
const AccountControls = lazy(() => import("./account-controls").then((m) => ({ default: m.AccountControls })));
const NetworkBanner = lazy(() => import("./account-controls").then((m) => ({ default: m.NetworkBanner })));

export function AccountControlsIsland() {
  return (
    <WalletIsland
      fallback={
        <span className="inline-block rounded-xl bg-stone-200 px-4 py-2 text-sm font-semibold text-stone-500">
          Connect Wallet
        </span>
      }
    >
      <AccountControls />
    </WalletIsland>
  );
}

export function NetworkBannerIsland() {
  return (
    <WalletIsland>
      <NetworkBanner />
    </WalletIsland>
  );
}
