"use client";

import { useConnectModal } from "@rainbow-me/rainbowkit";
import { useAdvance } from "@scipio/sdk/hooks";
import { useAccount } from "wagmi";
import { SubmitButton, TransactionStatus } from "@/components/ui/form-controls";

export default function AdvanceButton({ projectId, label }: { projectId: bigint; label: string }) {
  const { isConnected } = useAccount();
  const { openConnectModal } = useConnectModal();
  const { advance, state, available } = useAdvance();
  return (
    <div className="space-y-2">
      <SubmitButton
        type="button"
        state={state}
        disabled={!available}
        onClick={() => (isConnected ? void advance(projectId, label) : openConnectModal?.())}
      >
        {isConnected ? label : `Connect wallet to ${label.toLowerCase()}`}
      </SubmitButton>
      <TransactionStatus state={state} />
    </div>
  );
}
