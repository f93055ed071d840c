"use client";

import { lazy } from "react";
import { useRequestConnect, WalletIsland } from "./wallet-root";

// Each island's code is its own chunk, fetched with the wallet stack after the page is shown.
const AccountControls = lazy(() => import("./account-controls").then((m) => ({ default: m.AccountControls })));
const NetworkBanner = lazy(() => import("./account-controls").then((m) => ({ default: m.NetworkBanner })));

export function AccountControlsIsland() {
  return (
    <WalletIsland
      fallback={<ConnectButtonFallback />}
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

/** RainbowKit's button before the wallet stack is there: pressing it loads the stack and opens the modal. */
function ConnectButtonFallback() {
  const requestConnect = useRequestConnect();
  return (
    <button
      type="button"
      onClick={requestConnect}
      className="rounded-xl bg-teal-700 px-4 py-2 text-sm font-bold text-white shadow-sm hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
    >
      Connect Wallet
    </button>
  );
}
