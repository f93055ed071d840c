"use client";

import { useClosePeriod } from "@scipio/sdk/hooks";
import { useAccount } from "wagmi";
import { ConnectPrompt } from "@/components/ui/connect-prompt";
import { SubmitButton, TransactionStatus } from "@/components/ui/form-controls";

export default function ClosePeriodButton({ period }: { period: bigint }) {
  const { address } = useAccount();
  const { close, state, available } = useClosePeriod();
  if (!address) return <ConnectPrompt>Anyone may close period {period.toString()} now: connect a wallet to do it.</ConnectPrompt>;
  return (
    <div className="space-y-2" data-testid="close-period">
      <SubmitButton type="button" state={state} disabled={!available} onClick={() => void close(period)}>
        Close period {period.toString()}
      </SubmitButton>
      <TransactionStatus state={state} confirmed={`Period ${period} is closed: positions can be recorded, settled and claimed.`} />
    </div>
  );
}
