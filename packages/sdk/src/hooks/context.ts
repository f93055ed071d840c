import { createContext, createElement, useContext, type ReactNode } from "react";
import type { Address } from "viem";
import { contractAddress, type ContractName, type Deployment } from "../deployments/index.ts";
import type { TransactionUpdate } from "./transaction-state.ts";

type ScipioContextValue = {
  deployment: Deployment;
  /** The app's one notification path: every transaction reports each step here. */
  onTransactionUpdate?: (update: TransactionUpdate) => void;
};

const ScipioContext = createContext<ScipioContextValue | null>(null);

/** Gives the hooks the deployment they act on and where to report transactions. */
export function ScipioProvider({ children, ...value }: ScipioContextValue & { children: ReactNode }) {
  return createElement(ScipioContext.Provider, { value }, children);
}

function useScipioContext(): ScipioContextValue {
  const value = useContext(ScipioContext);
  if (!value) throw new Error("Scipio hooks need a <ScipioProvider> above them");
  return value;
}

export function useDeployment(): Deployment {
  return useScipioContext().deployment;
}

/** `address` of the contract `name`, or a throw for a deployment without it (the hooks report `available`). */
export function requireDeployed(address: Address | undefined, name: ContractName): Address {
  if (!address) throw new Error(`${name} is not deployed on this chain`);
  return address;
}

/** The address of a deployed contract, or undefined when this deployment does not have it. */
export function useContractAddress(name: ContractName): Address | undefined {
  const deployment = useDeployment();
  return deployment.contracts[name] ? contractAddress(deployment, name) : undefined;
}

export function useTransactionReporter(): ((update: TransactionUpdate) => void) | undefined {
  return useScipioContext().onTransactionUpdate;
}
