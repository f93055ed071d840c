"use client";

import { ConnectButton } from "@rainbow-me/rainbowkit";
import { describeError } from "@scipio/sdk/errors";
import type { Address } from "viem";
import { useAccount, useSwitchChain } from "wagmi";
import { useRuntimeConfig } from "@/components/runtime-config";
import { chainName } from "@/lib/runtime-config";
import { devAccounts, getDevWalletProvider, isDevWalletConnector } from "./dev-wallet";
import { FaucetButton } from "./faucet-button";

/** The connect button, the local chain's faucet, and while the dev wallet is connected, its demo-account picker. */
export function AccountControls() {
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <FaucetButton />
      <DevAccountPicker />
      <ConnectButton chainStatus="none" showBalance={{ smallScreen: false, largeScreen: true }} />
    </div>
  );
}

function DevAccountPicker() {
  const { address, connector, isConnected } = useAccount();
  const { rpcUrl } = useRuntimeConfig();
  if (!isConnected || !isDevWalletConnector(connector?.id)) return null;
  return (
    <label className="flex items-center gap-2 rounded-md border border-amber-400 bg-amber-50 px-2 py-1 text-sm text-amber-950">
      <span className="font-semibold tracking-wide">DEV WALLET</span>
      <span className="sr-only">Act as demo account</span>
      <select
        className="max-w-44 rounded border border-amber-300 bg-white px-1 py-0.5 text-sm"
        value={address}
        onChange={(event) => getDevWalletProvider(rpcUrl).selectAccount(event.target.value as Address)}
      >
        {devAccounts.map((account) => (
          <option key={account.address} value={account.address}>
            {account.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Shown while the connected wallet is on another chain than the app, with the switch. */
export function NetworkBanner() {
  const { chainId: appChainId } = useRuntimeConfig();
  const { isConnected, chainId } = useAccount();
  const { switchChain, isPending, error } = useSwitchChain();
  if (!isConnected || chainId === undefined || chainId === appChainId) return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-100 px-4 py-3 text-amber-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3">
        <p>
          <strong>Wrong network.</strong> Your wallet is on {chainName(chainId)}; Scipio runs on {chainName(appChainId)}.
          {error && <span className="block text-sm">{describeError(error).message}</span>}
        </p>
        <button
          type="button"
          disabled={isPending}
          onClick={() => switchChain({ chainId: appChainId })}
          className="rounded-md bg-amber-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-900 disabled:opacity-60"
        >
          {isPending ? "Switching…" : `Switch to ${chainName(appChainId)}`}
        </button>
      </div>
    </div>
  );
}
