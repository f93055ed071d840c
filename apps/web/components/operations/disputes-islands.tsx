"use client";

import { lazy } from "react";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { DisputeActionProps } from "./disputes-actions";
import type { DisputableSubject } from "./disputes-open-form";

const DisputeActions = lazy(() => import("./disputes-actions"));
const OpenDisputeForm = lazy(() => import("./disputes-open-form").then((m) => ({ default: m.OpenDisputeForm })));
const MyDisputesLink = lazy(() => import("./disputes-mine-link"));

const placeholder = <div className="h-40 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />;

export function DisputeActionsIsland(props: DisputeActionProps) {
  return (
    <WalletIsland
      fallback={placeholder}
      disconnected={
        <ConnectPanel title="Act on this dispute" testId="dispute-connect">
          Connect your wallet to respond, decide, escalate or move the dispute on.
        </ConnectPanel>
      }
    >
      <DisputeActions {...props} />
    </WalletIsland>
  );
}

export function OpenDisputeIsland({ subjects, fee, preselect }: { subjects: DisputableSubject[]; fee: bigint; preselect?: string }) {
  return (
    <WalletIsland
      fallback={placeholder}
      disconnected={
        <ConnectPanel title="Open a dispute" testId="open-dispute-connect">
          Connect your wallet to dispute one of your records or bring a claim.
        </ConnectPanel>
      }
    >
      <OpenDisputeForm subjects={subjects} fee={fee} preselect={preselect} />
    </WalletIsland>
  );
}

/** "Only mine": a link to the list filtered by the connected account. */
export function MyDisputesIsland({ current }: { current: string | undefined }) {
  return (
    <WalletIsland>
      <MyDisputesLink current={current} />
    </WalletIsland>
  );
}
