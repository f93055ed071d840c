"use client";

import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";

const AdvanceButton = lazy(() => import("./advance-button"));

/** Anyone may make a due stage change; the button is shown to every visitor. */
export function AdvanceIsland(props: { projectId: bigint; label: string }) {
  return (
    <WalletIsland
      fallback={
        <span className="inline-block rounded-md bg-stone-200 px-4 py-2 font-semibold text-stone-500" aria-hidden>
          {props.label}
        </span>
      }
    >
      <AdvanceButton {...props} />
    </WalletIsland>
  );
}
