"use client";

import { lazy } from "react";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { NodeFormProps } from "./node-form";
import type { NodeOwnerControlsProps } from "./node-owner-controls";

const NodeForm = lazy(() => import("./node-form"));
const NodeOwnerControls = lazy(() => import("./node-owner-controls"));

/** The registration form without a connected wallet: shown before the wallet stack loads, and by the form after. */
export function RegisterNodeConnectPanel() {
  return <ConnectPanel title="Register a node">Connect your wallet to register a node: operators register the nodes they run.</ConnectPanel>;
}

export function RegisterNodeIsland(props: NodeFormProps) {
  return (
    <WalletIsland
      fallback={<div className="h-[34rem] animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={<RegisterNodeConnectPanel />}
    >
      <NodeForm {...props} />
    </WalletIsland>
  );
}

/** The owner's edit, status and remove controls; nothing at all for anyone else (or without a wallet). */
export function NodeOwnerIsland(props: NodeOwnerControlsProps) {
  return (
    <WalletIsland>
      <NodeOwnerControls {...props} />
    </WalletIsland>
  );
}
