"use client";

import { useConnectModal } from "@rainbow-me/rainbowkit";
import type { ReactNode } from "react";

/** What a wallet action shows while no wallet is connected: why, and the way to connect. */
export function ConnectPrompt({ children }: { children: ReactNode }) {
  const { openConnectModal } = useConnectModal();
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm text-stone-700">
      <p>{children}</p>
      <button
        type="button"
        onClick={() => openConnectModal?.()}
        className="rounded-md bg-teal-700 px-3 py-1.5 font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
      >
        Connect wallet
      </button>
    </div>
  );
}
