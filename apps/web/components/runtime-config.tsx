"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { RuntimeConfig } from "@/lib/runtime-config";

const RuntimeConfigContext = createContext<RuntimeConfig | null>(null);

export function RuntimeConfigProvider({ config, children }: { config: RuntimeConfig; children: ReactNode }) {
  return <RuntimeConfigContext.Provider value={config}>{children}</RuntimeConfigContext.Provider>;
}

/** The chain, RPC, gateway and deployment this page was served for. */
export function useRuntimeConfig(): RuntimeConfig {
  const config = useContext(RuntimeConfigContext);
  if (!config) throw new Error("useRuntimeConfig needs a <RuntimeConfigProvider> above it");
  return config;
}
