"use client";

import "@rainbow-me/rainbowkit/styles.css";
import { connectorsForWallets, lightTheme, RainbowKitProvider, type WalletList } from "@rainbow-me/rainbowkit";
import {
  coinbaseWallet,
  injectedWallet,
  metaMaskWallet,
  rainbowWallet,
  walletConnectWallet,
} from "@rainbow-me/rainbowkit/wallets";
import { ScipioProvider } from "@scipio/sdk/hooks";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useState, type ReactNode } from "react";
import { defineChain, type Chain } from "viem";
import { createConfig, http, WagmiProvider, type Config } from "wagmi";
import { chainName, LOCAL_CHAIN_ID, type RuntimeConfig } from "@/lib/runtime-config";
import { useToasts } from "@/components/toasts";
import { devWallet } from "./dev-wallet";

function appChain({ chainId, rpcUrl }: RuntimeConfig): Chain {
  return defineChain({
    id: chainId,
    name: chainName(chainId),
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
    testnet: chainId === LOCAL_CHAIN_ID,
  });
}

function walletList(config: RuntimeConfig): WalletList {
  const devWallets = config.chainId === LOCAL_CHAIN_ID ? [{ groupName: "Try the demo", wallets: [devWallet(config.rpcUrl)] }] : [];
  // Without a WalletConnect project id only wallets injected into the page are offered (EIP-6963
  // wallets are discovered on their own): the others would need WalletConnect's servers.
  const remoteWallets = config.walletConnectProjectId
    ? [{ groupName: "More wallets", wallets: [metaMaskWallet, rainbowWallet, coinbaseWallet, walletConnectWallet] }]
    : [];
  // EIP-6963 wallets list themselves; the generic entry is for a legacy `window.ethereum` only.
  // (RainbowKit fails on an empty group, hence whole groups are left out.)
  const legacyInjected =
    typeof window !== "undefined" && "ethereum" in window ? [{ groupName: "Installed", wallets: [injectedWallet] }] : [];
  return [...legacyInjected, ...devWallets, ...remoteWallets];
}

function createWagmiConfig(config: RuntimeConfig): Config {
  const chain = appChain(config);
  return createConfig({
    chains: [chain],
    connectors: connectorsForWallets(walletList(config), {
      appName: "Scipio",
      // Only read by WalletConnect-based wallets, which are listed only when it is set.
      projectId: config.walletConnectProjectId ?? "",
    }),
    transports: { [chain.id]: http(config.rpcUrl) },
    ssr: false,
  });
}

export function WalletProviders({ config, children }: { config: RuntimeConfig; children: ReactNode }) {
  const [wagmiConfig] = useState(() => createWagmiConfig(config));
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 4_000 } } }));
  const router = useRouter();
  const { notifyTransaction } = useToasts();
  const onTransactionUpdate = useCallback<typeof notifyTransaction>(
    (update) => {
      notifyTransaction(update);
      // Server-rendered figures (pool, price, supply) refresh along with the client's queries.
      if (update.status === "confirmed") router.refresh();
    },
    [notifyTransaction, router],
  );

  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>
        <RainbowKitProvider
          theme={lightTheme({ accentColor: "#0f766e", borderRadius: "medium" })}
          initialChain={config.chainId}
          appInfo={{ appName: "Scipio" }}
        >
          <ScipioProvider deployment={config.deployment} onTransactionUpdate={onTransactionUpdate}>
            {children}
          </ScipioProvider>
        </RainbowKitProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
