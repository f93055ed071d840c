import type { Deployment } from "@scipio/sdk/deployments";

/**
 * What the browser needs to talk to a chain. Read from the environment on every request by the
 * root layout (never inlined at build time), so one production build can serve any chain.
 */
export type RuntimeConfig = {
  chainId: number;
  rpcUrl: string;
  gatewayUrl: string;
  deployment: Deployment;
  walletConnectProjectId?: string;
};

export const LOCAL_CHAIN_ID = 31337;

const chainNames: Record<number, string> = {
  1: "Ethereum",
  10: "OP Mainnet",
  100: "Gnosis",
  8453: "Base",
  42161: "Arbitrum One",
  84532: "Base Sepolia",
  11155111: "Sepolia",
  [LOCAL_CHAIN_ID]: "Local chain (anvil)",
};

export function chainName(chainId: number): string {
  return chainNames[chainId] ?? `Chain ${chainId}`;
}
