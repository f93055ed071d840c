"use client";

import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { ProposeFormProps } from "./propose-form";

const ProposeForm = lazy(() => import("./propose-form"));

export function ProposeIsland(props: ProposeFormProps) {
  return (
    <WalletIsland fallback={<div className="h-[36rem] animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}>
      <ProposeForm {...props} />
    </WalletIsland>
  );
}
