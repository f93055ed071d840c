"use client";

import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";

const RegisterForm = lazy(() => import("./register-form"));

export function RegisterIsland() {
  return (
    <WalletIsland fallback={<div className="h-56 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}>
      <RegisterForm />
    </WalletIsland>
  );
}
