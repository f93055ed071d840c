"use client";

import { useMyVote, useOwedEther, usePendingPayout, useWithdrawAll } from "@scipio/sdk/hooks";
import type { Address } from "viem";
import { SubmitButton, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatAmount } from "@/lib/format";

const NO_COMMITMENT = `0x${"0".repeat(48)}`;

/** After settlement: what this task owes the account (claimer or correct validator), its vote escrow, and owed ether. */
export function PayoutPanel({ projectId, taskIndex, account, pollId }: { projectId: bigint; taskIndex: number; account: Address; pollId: bigint | undefined }) {
  const payout = usePendingPayout(projectId, taskIndex, account);
  const vote = useMyVote(pollId ?? 0n, pollId === undefined ? undefined : account);
  const owed = useOwedEther(account);
  const { withdrawAll, state, step, available } = useWithdrawAll();
  const [tokens = 0n, reputation = 0n, etherAmount = 0n] = payout.data ?? [];
  const hasPayout = tokens > 0n || reputation > 0n || etherAmount > 0n;
  const hasEscrow = pollId !== undefined && vote.data !== undefined && vote.data.commitment !== NO_COMMITMENT;
  const owedEther = owed.data ?? 0n;
  const nothing = !hasPayout && !hasEscrow && owedEther === 0n;

  return (
    <Panel title="Withdraw" testId="payout-panel">
      {nothing ? (
        <p className="text-sm text-stone-700" data-testid="nothing-to-withdraw">
          Nothing to withdraw from this task for this account.
        </p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm text-stone-800" data-testid="withdrawable">
          {hasPayout && (
            <li>
              Task payout: {formatAmount(tokens)} tokens, {formatAmount(reputation)} REP, {formatAmount(etherAmount)} ETH
            </li>
          )}
          {hasEscrow && (
            <li>
              Vote escrow: {vote.data!.tokens.toString()} tokens, {vote.data!.reputation.toString()} REP
            </li>
          )}
          {owedEther > 0n && <li>Ether already owed to you: {formatAmount(owedEther)} ETH</li>}
        </ul>
      )}
      <SubmitButton
        type="button"
        state={state}
        disabled={!available || nothing}
        onClick={() =>
          void withdrawAll({
            projectIds: [],
            taskIds: hasPayout ? [(projectId << 8n) | BigInt(taskIndex)] : [],
            pollIds: hasEscrow ? [pollId!] : [],
            owedEther,
            // The payout sends its ether itself: nothing becomes owed.
            newlyOwedEther: 0n,
          })
        }
      >
        {step ?? "Withdraw all"}
      </SubmitButton>
      <TransactionStatus state={state} />
    </Panel>
  );
}
