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
  Suspense,
  type ComponentType,
  type ReactNode,
} from "react";
import { createPortal } from "react-dom";
import type { RuntimeConfig } from "@/lib/runtime-config";
import { RuntimeConfigProvider } from "@/components/runtime-config";

/**
 * The wallet stack (wagmi, viem's wallet actions, RainbowKit, TanStack Query) is the heaviest code in
 * the app and only the wallet-aware islands of a page need it. So it is not part of any route's
 * first load: `WalletRoot` renders the server-rendered page at once and imports the stack after
 * hydration. Islands (`WalletIsland`) show their fallback until then; their content is rendered
 * through a portal under the one set of wallet providers, so the page itself never remounts and
 * every island shares one wagmi config, one query cache and one connect modal.
 */
type WalletProvidersComponent = ComponentType<{ config: RuntimeConfig; children: ReactNode }>;

type Island = { node: HTMLElement; content: ReactNode };

type Registry = {
  ready: boolean;
  register(id: string, island: Island): void;
  unregister(id: string): void;
};

const RegistryContext = createContext<Registry | null>(null);

export function WalletRoot({ config, children }: { config: RuntimeConfig; children: ReactNode }) {
  const [Providers, setProviders] = useState<WalletProvidersComponent | null>(null);
  const [islands, setIslands] = useState<ReadonlyMap<string, Island>>(new Map());

  useEffect(() => {
    let cancelled = false;
    import("./wallet-providers").then((module) => {
      if (!cancelled) setProviders(() => module.WalletProviders);
    });
    return () => {
      cancelled = true;
    };
  }, []);

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
  const registry = useMemo(() => ({ ready: Providers !== null, register, unregister }), [Providers, register, unregister]);

  return (
    <RuntimeConfigProvider config={config}>
      <RegistryContext.Provider value={registry}>
        {children}
        {Providers && (
          <Providers config={config}>
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
 */
export function WalletIsland({
  children,
  fallback = null,
  className,
}: {
  children: ReactNode;
  fallback?: ReactNode;
  className?: string;
}) {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error("WalletIsland must be rendered inside WalletRoot");
  const { ready, register, unregister } = registry;
  const id = useId();
  const target = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const content = <Suspense fallback={fallback}>{children}</Suspense>;
    if (target.current) register(id, { node: target.current, content });
  }, [id, children, fallback, register]);
  useEffect(() => () => unregister(id), [id, unregister]);

  return (
    <div className={className}>
      {!ready && fallback}
      {/* RainbowKit scopes its styles to [data-rk]; portal content sits outside its provider's div. */}
      <div ref={target} className="contents" data-rk="" />
    </div>
  );
}

/** True once the wallet stack has loaded (for light components that only need to know that). */
export function useWalletStackReady(): boolean {
  return useContext(RegistryContext)?.ready ?? false;
}
