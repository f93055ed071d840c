import type { Wallet, WalletDetailsParams } from "@rainbow-me/rainbowkit";
import { demoAccounts, type DemoAccount } from "@scipio/sdk/demo";
import { numberToHex, type Address, type EIP1193Provider } from "viem";
import { createConnector } from "wagmi";
import { injected } from "wagmi/connectors";
import { LOCAL_CHAIN_ID } from "@/lib/runtime-config";

/**
 * The dev wallet: act as any demo account on the local chain without a browser extension.
 * anvil's default accounts are unlocked, so signing is the node's job: this provider answers the
 * account and chain questions itself and forwards everything else, `eth_sendTransaction` included,
 * to the RPC. It exists only on chain 31337 (see `devWallet`).
 */
export const devAccounts: readonly DemoAccount[] = demoAccounts.slice(0, 9);

const ACCOUNT_KEY = "scipio.devWallet.account";
/** Remembered so a reload reconnects, as an extension does for a site it was connected to. */
const CONNECTED_KEY = "scipio.devWallet.connected";
const DEV_WALLET_ID = "scipioDevWallet";

type Listener = (...args: never[]) => void;

class DevWalletProvider {
  private listeners = new Map<string, Set<Listener>>();

  constructor(private readonly rpcUrl: string) {}

  get account(): Address {
    const stored = localStorage.getItem(ACCOUNT_KEY);
    return devAccounts.find((account) => account.address === stored)?.address ?? devAccounts[0]!.address;
  }

  private get connected(): boolean {
    return localStorage.getItem(CONNECTED_KEY) === "true";
  }

  private set connected(value: boolean) {
    if (value) localStorage.setItem(CONNECTED_KEY, "true");
    else localStorage.removeItem(CONNECTED_KEY);
  }

  /** Acts as another demo account from now on, as a wallet does when its user switches accounts. */
  selectAccount(address: Address) {
    localStorage.setItem(ACCOUNT_KEY, address);
    if (this.connected) this.emit("accountsChanged", [address]);
  }

  on(event: string, listener: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
  }

  removeListener(event: string, listener: Listener) {
    this.listeners.get(event)?.delete(listener);
  }

  private emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }

  async request({ method, params }: { method: string; params?: unknown }): Promise<unknown> {
    switch (method) {
      case "eth_requestAccounts":
        this.connected = true;
        return [this.account];
      case "eth_accounts":
        return this.connected ? [this.account] : [];
      case "eth_chainId":
        return numberToHex(LOCAL_CHAIN_ID);
      case "wallet_requestPermissions":
        this.connected = true;
        return [{ parentCapability: "eth_accounts" }];
      case "wallet_revokePermissions":
        this.connected = false;
        return null;
      case "wallet_switchEthereumChain": {
        const [{ chainId }] = params as [{ chainId: string }];
        if (Number(chainId) !== LOCAL_CHAIN_ID) throw providerError(4902, "The dev wallet only knows the local chain");
        return null;
      }
      default:
        return this.forward(method, params);
    }
  }

  private async forward(method: string, params: unknown): Promise<unknown> {
    const response = await fetch(this.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params: params ?? [] }),
    });
    const body = (await response.json()) as { result?: unknown; error?: { code: number; message: string; data?: unknown } };
    if (body.error) throw providerError(body.error.code, body.error.message, body.error.data);
    return body.result;
  }
}

function providerError(code: number, message: string, data?: unknown) {
  return Object.assign(new Error(message), { code, data });
}

let provider: DevWalletProvider | undefined;

/** The one dev wallet provider of this page (the account picker talks to it). */
export function getDevWalletProvider(rpcUrl: string): DevWalletProvider {
  provider ??= new DevWalletProvider(rpcUrl);
  return provider;
}

export function isDevWalletConnector(connectorId: string | undefined): boolean {
  return connectorId === DEV_WALLET_ID;
}

const icon = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><rect width="28" height="28" rx="6" fill="#b45309"/><text x="14" y="19" font-family="sans-serif" font-size="12" font-weight="700" text-anchor="middle" fill="#fff">DEV</text></svg>',
)}`;

/** The RainbowKit wallet entry; add it to the wallet list only on the local chain. */
export function devWallet(rpcUrl: string): () => Wallet {
  return () => ({
    id: DEV_WALLET_ID,
    name: "Dev wallet (local chain only)",
    shortName: "Dev wallet",
    iconUrl: icon,
    iconBackground: "#b45309",
    installed: true,
    createConnector: (walletDetails: WalletDetailsParams) =>
      createConnector((config) => ({
        ...injected({
          shimDisconnect: true,
          target: {
            id: DEV_WALLET_ID,
            name: "Dev wallet",
            provider: getDevWalletProvider(rpcUrl) as unknown as EIP1193Provider,
          },
        })(config),
        ...walletDetails,
      })),
  });
}
