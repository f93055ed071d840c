"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatEther } from "viem";
import { useAccount, useBalance } from "wagmi";
import { useRuntimeConfig } from "@/components/runtime-config";
import { FAUCET_CEILING, FAUCET_ETHER } from "@/lib/faucet";
import { LOCAL_CHAIN_ID } from "@/lib/runtime-config";

/**
 * Local chain only: gives the connected account test ether through the app's faucet route, so a newcomer
 * holding nothing can pay gas and bid at once. Shown to accounts below the faucet's ceiling (anvil's own
 * accounts start far above it), hidden on every other chain (the route refuses there too).
 */
export function FaucetButton() {
  const { chainId: appChainId } = useRuntimeConfig();
  const { address, chainId, isConnected } = useAccount();
  const onLocalChain = appChainId === LOCAL_CHAIN_ID && chainId === LOCAL_CHAIN_ID;
  const balance = useBalance({ address, query: { enabled: onLocalChain && isConnected } });
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ sending: boolean; message?: string; failed?: boolean }>({ sending: false });
  if (!onLocalChain || !isConnected || !address) return null;
  // The last answer stays on screen after a top-up lifts the balance over the ceiling.
  if ((balance.data === undefined || balance.data.value >= FAUCET_CEILING) && state.message === undefined) return null;

  const request = async () => {
    setState({ sending: true });
    try {
      const response = await fetch("/api/faucet", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ account: address }),
      });
      const body = (await response.json()) as { error?: string; balance?: string };
      if (!response.ok || body.balance === undefined) {
        setState({ sending: false, failed: true, message: body.error ?? "The faucet did not answer." });
        return;
      }
      setState({ sending: false, message: `Now ${formatEther(BigInt(body.balance))} ETH` });
      // Every balance on the page (the account button's, the forms') reads again.
      await queryClient.invalidateQueries();
    } catch {
      setState({ sending: false, failed: true, message: "The faucet did not answer: is the app's server running?" });
    }
  };

  return (
    <div className="flex items-center gap-2 text-sm">
      <button
        type="button"
        onClick={request}
        disabled={state.sending}
        className="rounded-md border border-amber-400 bg-amber-50 px-2 py-1 font-semibold text-amber-950 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-700 disabled:opacity-60"
      >
        {state.sending ? "Sending…" : `Get ${formatEther(FAUCET_ETHER)} test ETH`}
      </button>
      <span role="status" data-testid="faucet-status" className={state.failed ? "text-red-800" : "text-stone-700"}>
        {state.message}
      </span>
    </div>
  );
}
