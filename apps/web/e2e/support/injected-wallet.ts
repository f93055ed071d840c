import type { Page } from "@playwright/test";
import { demoAccounts } from "@scipio/sdk/demo";
import { getAddress, numberToHex, type Address } from "viem";

export type WalletRequest = { method: string; params?: unknown };
type WalletResponse = { result?: unknown; error?: { code: number; message: string; data?: unknown } };

/** What the wallet calls itself when it announces itself by EIP-6963 (the connect modal shows it). */
export const TEST_WALLET_NAME = "Scipio Test Wallet";

/** Methods a wallet answers itself; everything else goes to the node. */
const SIGNING_METHODS = new Set(["eth_sendTransaction", "personal_sign", "eth_sign", "eth_signTypedData_v4"]);

/**
 * A browser wallet injected into the page and announced by EIP-6963. Node answers its requests:
 * account and chain questions here, everything else forwarded to anvil as the chosen account
 * (anvil's default accounts are unlocked, so it signs). Like a real extension, it exposes no
 * account until the page asks to connect (`eth_requestAccounts`).
 */
export class InjectedWallet {
  private account: Address;
  private connected = false;
  private pendingRejections: string[] = [];
  /** Every request the page made, in order (method names), for assertions about what was asked. */
  readonly requests: string[] = [];
  /** The transactions the page asked to send, as sent (with the gas limit the app chose). */
  readonly sentTransactions: Array<{ gas?: string }> = [];
  private beforeSend: (() => Promise<void>) | undefined;

  constructor(
    private readonly page: Page,
    private readonly rpcUrl: string,
    private currentChainId: number,
    account: Address | string,
  ) {
    this.account = resolveAccount(account);
  }

  get address(): Address {
    return this.account;
  }

  get chainId(): number {
    return this.currentChainId;
  }

  get isConnected(): boolean {
    return this.connected;
  }

  /** Installs the wallet into every page of the test (call before the first `goto`). */
  async install() {
    await this.page.exposeFunction("__scipioWalletRequest", (request: WalletRequest) => this.handle(request));
    await this.page.addInitScript(injectedProviderScript, { name: TEST_WALLET_NAME });
  }

  /** Acts as another account from now on, as when a person switches accounts in the extension. */
  async switchAccount(account: Address | string) {
    this.account = resolveAccount(account);
    if (this.connected) await this.emit("accountsChanged", [this.account]);
  }

  /** Moves the wallet to another chain, as when a person picks one in the extension. */
  async switchChain(chainId: number) {
    this.currentChainId = chainId;
    await this.emit("chainChanged", numberToHex(chainId));
  }

  /** The next `method` request is rejected as if the person pressed "Reject" (EIP-1193 code 4001). */
  rejectNext(method = "eth_sendTransaction") {
    this.pendingRejections.push(method);
  }

  /**
   * Runs `action` after the page asked to send its next transaction and before the wallet forwards it, as
   * when other transactions land while a person reads the confirmation dialog.
   */
  beforeNextSend(action: () => Promise<void>) {
    this.beforeSend = action;
  }

  private async emit(event: string, payload: unknown) {
    await this.page.evaluate(([name, value]) => window.__scipioWalletEmit?.(name as string, value), [event, payload] as const);
  }

  private async handle({ method, params }: WalletRequest): Promise<WalletResponse> {
    this.requests.push(method);
    const rejection = this.pendingRejections.indexOf(method);
    if (rejection !== -1) {
      this.pendingRejections.splice(rejection, 1);
      return { error: { code: 4001, message: "User rejected the request." } };
    }
    switch (method) {
      case "eth_requestAccounts":
        this.connected = true;
        return { result: [this.account] };
      case "eth_accounts":
        return { result: this.connected ? [this.account] : [] };
      case "eth_chainId":
        return { result: numberToHex(this.currentChainId) };
      case "net_version":
        return { result: String(this.currentChainId) };
      case "wallet_requestPermissions":
        this.connected = true;
        return { result: [{ parentCapability: "eth_accounts" }] };
      case "wallet_getPermissions":
        return { result: this.connected ? [{ parentCapability: "eth_accounts" }] : [] };
      case "wallet_revokePermissions":
        this.connected = false;
        return { result: null };
      case "wallet_switchEthereumChain": {
        const [{ chainId }] = params as [{ chainId: string }];
        const target = Number(chainId);
        if (target !== (await this.nodeChainId())) return { error: { code: 4902, message: `Unrecognized chain ID ${chainId}.` } };
        this.currentChainId = target;
        await this.emit("chainChanged", numberToHex(target));
        return { result: null };
      }
      default:
        if (SIGNING_METHODS.has(method) && !this.connected) {
          return { error: { code: 4100, message: "The requested account has not been authorized by the user." } };
        }
        if (method === "eth_sendTransaction") {
          this.sentTransactions.push((params as [{ gas?: string }])[0]);
          const action = this.beforeSend;
          this.beforeSend = undefined;
          await action?.();
        }
        return this.forward(method, method === "eth_sendTransaction" ? withSender(params, this.account) : params);
    }
  }

  private nodeChainIdValue: number | undefined;
  private async nodeChainId(): Promise<number> {
    this.nodeChainIdValue ??= Number((await this.forward("eth_chainId", [])).result);
    return this.nodeChainIdValue;
  }

  private async forward(method: string, params: unknown): Promise<WalletResponse> {
    const response = await fetch(this.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params: params ?? [] }),
    });
    const body = (await response.json()) as WalletResponse;
    return body.error ? { error: body.error } : { result: body.result };
  }
}

/** A demo account by name ("Bruno — token holder"), by its first name ("Bruno"), or an address. */
export function resolveAccount(account: Address | string): Address {
  if (/^0x[0-9a-fA-F]{40}$/.test(account)) return getAddress(account);
  const match = demoAccounts.find((demo) => demo.name === account || demo.name.split(" ")[0] === account);
  if (!match) throw new Error(`No demo account called ${account}`);
  return match.address;
}

function withSender(params: unknown, from: Address): unknown {
  const [transaction, ...rest] = (params as [Record<string, unknown>]) ?? [{}];
  return [{ ...transaction, from }, ...rest];
}

declare global {
  interface Window {
    __scipioWalletRequest?: (request: WalletRequest) => Promise<WalletResponse>;
    __scipioWalletEmit?: (event: string, payload: unknown) => void;
  }
}

/** Runs in the page before its scripts: the EIP-1193 provider and its EIP-6963 announcement. */
function injectedProviderScript({ name }: { name: string }) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const provider = {
    async request({ method, params }: { method: string; params?: unknown }) {
      const response = await window.__scipioWalletRequest!({ method, params });
      if (response.error) throw Object.assign(new Error(response.error.message), response.error);
      return response.result;
    },
    on(event: string, listener: (payload: unknown) => void) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return provider;
    },
    removeListener(event: string, listener: (payload: unknown) => void) {
      listeners.get(event)?.delete(listener);
      return provider;
    },
  };
  window.__scipioWalletEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
  const icon =
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='8' fill='%230f766e'/%3E%3C/svg%3E";
  const detail = Object.freeze({ info: { uuid: crypto.randomUUID(), name, icon, rdns: "org.scipio.testwallet" }, provider });
  const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail }));
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
}
