"use client";

import { lazy } from "react";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";

const RegisterForm = lazy(() => import("./register-form"));

/** Registration without a connected wallet: shown before the wallet stack loads, and by the form after. */
export function RegisterConnectPanel() {
  return <ConnectPanel title="Register your identity">Connect the account that should receive the reputation.</ConnectPanel>;
}

export function RegisterIsland() {
  return (
    <WalletIsland
      fallback={<div className="h-56 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={<RegisterConnectPanel />}
    >
      <RegisterForm />
    </WalletIsland>
  );
}
