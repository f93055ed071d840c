"use client";

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  lazy,
  Suspense,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from "react";
import { createPortal } from "react-dom";
import type { RuntimeConfig } from "@/lib/runtime-config";
import { RuntimeConfigProvider } from "@/components/runtime-config";

/**
 * The wallet stack (wagmi, viem's wallet actions, RainbowKit, TanStack Query) is the heaviest code in
 * the app and only the wallet-aware islands of a page need it. So it is not part of any route's
 * first load: `WalletRoot` renders the server-rendered page at once and imports the stack only once
 * it is wanted — at once when the browser has a wallet or the site was connected before, otherwise
 * on the visitor's first interaction (a pointer moving, a touch, a key, a scroll). A reader without
 * a wallet who never touches the page never pays for it.
 * Islands (`WalletIsland`) show their disconnected view or a placeholder until then; their content is
 * rendered through a portal under the one set of wallet providers, so the page itself never remounts
 * and every island shares one wagmi config, one query cache and one connect modal.
 */
type WalletProvidersComponent = ComponentType<{ config: RuntimeConfig; children: ReactNode }>;

type Island = { node: HTMLElement; content: ReactNode };

type Registry = {
  ready: boolean;
  /** This browser has a wallet or remembers a connection: islands may show a connected account once ready. */
  walletExpected: boolean;
  /** Loads the stack now; with `connect`, opens the connect modal once it is there. */
  requestStack(options?: { connect?: boolean }): void;
  register(id: string, island: Island): void;
  unregister(id: string): void;
};

const RegistryContext = createContext<Registry | null>(null);

export function WalletRoot({ config, children }: { config: RuntimeConfig; children: ReactNode }) {
  const [Providers, setProviders] = useState<WalletProvidersComponent | null>(null);
  const [islands, setIslands] = useState<ReadonlyMap<string, Island>>(new Map());
  const [connectRequested, setConnectRequested] = useState(false);
  const loading = useRef<Promise<void> | null>(null);
  const clearConnectRequest = useCallback(() => setConnectRequested(false), []);

  const loadStack = useCallback(() => {
    loading.current ??= import("./wallet-providers").then(
      (module) => setProviders(() => module.WalletProviders),
      () => {
        loading.current = null; // e.g. offline for a moment: the next request tries again
      },
    );
  }, []);
  const requestStack = useCallback(
    ({ connect = false }: { connect?: boolean } = {}) => {
      if (connect) setConnectRequested(true);
      loadStack();
    },
    [loadStack],
  );

  // False on the server and while hydrating, so the first render matches the server's HTML.
  const walletExpected = useSyncExternalStore(neverChanges, detectWallet, () => false);
  useEffect(() => {
    if (walletExpected) {
      loadStack();
      return;
    }
    return onFirstInteraction(loadStack);
  }, [walletExpected, loadStack]);

  const register = useCallback((id: string, island: Island) => {
    setIslands((current) => new Map(current).set(id, island));
  }, []);
  const unregister = useCallback((id: string) => {
    setIslands((current) => {
      const next = new Map(current);
      next.delete(id);
      return next;
    });
  }, []);
  const registry = useMemo(
    () => ({ ready: Providers !== null, walletExpected, requestStack, register, unregister }),
    [Providers, walletExpected, requestStack, register, unregister],
  );

  return (
    <RuntimeConfigProvider config={config}>
      <RegistryContext.Provider value={registry}>
        {children}
        {Providers && (
          <Providers config={config}>
            {connectRequested && (
              <Suspense fallback={null}>
                <OpenConnectModal onDone={clearConnectRequest} />
              </Suspense>
            )}
            {[...islands].map(([id, { node, content }]) => createPortal(content, node, id))}
          </Providers>
        )}
      </RegistryContext.Provider>
    </RuntimeConfigProvider>
  );
}

/**
 * A part of the page that needs the wallet stack. `children` render under the wallet providers
 * (through a portal, so they get the providers' context but not the context of components between
 * `WalletRoot` and this island: pass what they need as props). Load their code lazily too
 * (`React.lazy`) so it stays out of the route's first load.
 * Until the stack and the island's code are there it shows `disconnected` — the island's own view
 * without a connected wallet, which the server renders too — unless this browser has a wallet, whose
 * account may turn out connected: then `fallback`, a placeholder.
 */
export function WalletIsland({
  children,
  fallback = null,
  disconnected = fallback,
  className,
}: {
  children: ReactNode;
  fallback?: ReactNode;
  disconnected?: ReactNode;
  className?: string;
}) {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error("WalletIsland must be rendered inside WalletRoot");
  const { ready, walletExpected, register, unregister } = registry;
  const id = useId();
  const target = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const placeholder = walletExpected ? fallback : disconnected;
  useFocusCarriedAcrossSwaps(wrapper);

  useLayoutEffect(() => {
    const content = <Suspense fallback={placeholder}>{children}</Suspense>;
    if (target.current) register(id, { node: target.current, content });
  }, [id, children, placeholder, register]);
  useEffect(() => () => unregister(id), [id, unregister]);

  return (
    <div ref={wrapper} className={className}>
      {!ready && placeholder}
      {/* RainbowKit scopes its styles to [data-rk]; portal content sits outside its provider's div. */}
      <div ref={target} className="contents" data-rk="" />
    </div>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const labelOf = (element: Element) => (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().toLowerCase();

/**
 * Keeps keyboard focus in an island when its placeholder gives way to the live content (and the live
 * content's lazy code to itself): removing the focused element would drop focus to the page's start.
 * Focus moves to the new element with the same label ("Connect wallet" → RainbowKit's "Connect Wallet"),
 * else to the island's first focusable element. Only when the element that had focus was removed.
 */
function useFocusCarriedAcrossSwaps(wrapper: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const island = wrapper.current;
    if (!island) return;
    let focused: Element | null = null;
    // The removed element's label, until the content that replaces it is there.
    let pendingLabel: string | null = null;
    const onFocusIn = (event: FocusEvent) => {
      focused = event.target instanceof Element ? event.target : null;
    };
    const onFocusOut = (event: FocusEvent) => {
      // No related target: focus went nowhere, as when the element is removed. Keep track of it then.
      if (event.relatedTarget instanceof Node && !island.contains(event.relatedTarget)) focused = null;
    };
    const observer = new MutationObserver(() => {
      if (focused && !focused.isConnected) {
        pendingLabel = labelOf(focused);
        focused = null;
      }
      if (pendingLabel === null) return;
      const active = document.activeElement;
      if (active && active !== document.body) {
        pendingLabel = null; // the person moved on meanwhile
        return;
      }
      const candidates = [...island.querySelectorAll<HTMLElement>(FOCUSABLE)];
      if (candidates.length === 0) return;
      const label = pendingLabel;
      pendingLabel = null;
      (candidates.find((element) => labelOf(element) === label) ?? candidates[0])!.focus();
    });
    island.addEventListener("focusin", onFocusIn);
    island.addEventListener("focusout", onFocusOut);
    observer.observe(island, { childList: true, subtree: true });
    return () => {
      island.removeEventListener("focusin", onFocusIn);
      island.removeEventListener("focusout", onFocusOut);
      observer.disconnect();
    };
  }, [wrapper]);
}

/** True once the wallet stack has loaded (for light components that only need to know that). */
export function useWalletStackReady(): boolean {
  return useContext(RegistryContext)?.ready ?? false;
}

/** Loads the wallet stack and opens the connect modal: for connect buttons shown before the stack is there. */
export function useRequestConnect(): () => void {
  const registry = useContext(RegistryContext);
  return useCallback(() => registry?.requestStack({ connect: true }), [registry]);
}

const OpenConnectModal = lazy(() => import("./open-connect-modal"));

/** Keys under which a wallet connection is remembered (wagmi's own, and the local dev wallet's). */
const REMEMBERED_CONNECTION_KEYS = ["wagmi.recentConnectorId", "scipio.devWallet.connected"];

let walletDetected: boolean | undefined;
/** `hasWalletToRestore`, asked once per page load: a wallet does not come or go while the page is open. */
const detectWallet = () => (walletDetected ??= hasWalletToRestore());
const neverChanges = () => () => {};

/**
 * Whether the visitor has a wallet whose state the page should show right away: an injected provider
 * (legacy `window.ethereum`, or one announcing itself by EIP-6963 — wallets answer the request
 * synchronously) or a connection remembered from an earlier visit.
 */
function hasWalletToRestore(): boolean {
  if ("ethereum" in window) return true;
  let announced = false;
  const onAnnounce = () => {
    announced = true;
  };
  window.addEventListener("eip6963:announceProvider", onAnnounce);
  window.dispatchEvent(new Event("eip6963:requestProvider"));
  window.removeEventListener("eip6963:announceProvider", onAnnounce);
  if (announced) return true;
  try {
    return REMEMBERED_CONNECTION_KEYS.some((key) => localStorage.getItem(key) !== null);
  } catch {
    return false; // storage blocked: nothing can have been remembered
  }
}

const INTERACTIONS = ["pointerdown", "pointermove", "keydown", "touchstart", "wheel", "focusin"] as const;

/** Calls `load` once, on the visitor's first interaction; returns a cleanup. */
function onFirstInteraction(load: () => void): () => void {
  const cleanup = () => {
    for (const type of INTERACTIONS) window.removeEventListener(type, fire);
  };
  const fire = () => {
    cleanup();
    load();
  };
  for (const type of INTERACTIONS) window.addEventListener(type, fire, { passive: true });
  return cleanup;
}
