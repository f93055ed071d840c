import { loadDeployment } from "@scipio/sdk/deployments/server";
import { connection } from "next/server";
import { cache } from "react";
import { createPublicClient, http, type PublicClient } from "viem";
import type { RuntimeConfig } from "./runtime-config";

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

/**
 * The runtime config for this request. `connection()` makes every caller dynamic, so the values
 * come from the server's environment when the page is served, not when it was built.
 */
export const getRuntimeConfig = cache(async (): Promise<RuntimeConfig> => {
  await connection();
  const env = process.env;
  const chainId = positiveInteger(env.SCIPIO_CHAIN_ID, 31337, "SCIPIO_CHAIN_ID");
  const deployment = await loadDeployment(env);
  if (deployment.chainId !== chainId) {
    throw new Error(`The deployment file is for chain ${deployment.chainId} but SCIPIO_CHAIN_ID is ${chainId}`);
  }
  return {
    chainId,
    rpcUrl: env.SCIPIO_RPC_URL || "http://127.0.0.1:8545",
    gatewayUrl: env.SCIPIO_GATEWAY_URL || "http://127.0.0.1:8080",
    deployment,
    walletConnectProjectId: env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID || undefined,
  };
});

/** A viem client for wallet-independent reads made while rendering on the server. */
export const getServerClient = cache(async (): Promise<PublicClient> => {
  const { rpcUrl } = await getRuntimeConfig();
  return createPublicClient({ transport: http(rpcUrl, { timeout: 5_000, retryCount: 1 }) });
});
