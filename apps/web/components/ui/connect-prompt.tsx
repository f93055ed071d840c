"use client";

import type { ReactNode } from "react";
import { useRequestConnect } from "@/components/wallet/wallet-root";
import { Panel } from "./panel";

/**
 * What a wallet action shows while no wallet is connected: why, and the way to connect. It needs no
 * wallet stack (the button loads it and opens the connect modal), so islands show it before the stack
 * is there too.
 */
export function ConnectPrompt({ children }: { children: ReactNode }) {
  const requestConnect = useRequestConnect();
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm text-stone-700">
      <p>{children}</p>
      <button
        type="button"
        onClick={requestConnect}
        className="rounded-md bg-teal-700 px-3 py-1.5 font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
      >
        Connect wallet
      </button>
    </div>
  );
}

/** A panel that holds only the connect prompt: most wallet islands' view without a connected account. */
export function ConnectPanel({ title, testId, children }: { title: string; testId?: string; children: ReactNode }) {
  return (
    <Panel title={title} testId={testId}>
      <ConnectPrompt>{children}</ConnectPrompt>
    </Panel>
  );
}
