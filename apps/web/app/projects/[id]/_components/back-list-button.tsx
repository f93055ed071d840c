"use client";

import { useBackTaskList, useProjectStake } from "@scipio/sdk/hooks";
import { useAccount } from "wagmi";
import { SubmitButton, TransactionStatus } from "@/components/ui/form-controls";

/** Backing a list moves all of the member's stake to it; only stakers can, while the Staked period lasts. */
export default function BackListButton({ projectId, listId, open }: { projectId: bigint; listId: bigint; open: boolean }) {
  const { address } = useAccount();
  const position = useProjectStake(projectId, address);
  const { backTaskList, state } = useBackTaskList();
  const stake = position.data;
  if (!stake) return null;
  if (stake.backedList === listId) {
    return (
      <p className="text-sm font-medium text-teal-800" data-testid="backing-this-list">
        ✓ You back this list with your whole stake.
      </p>
    );
  }
  if (!open || (stake.tokens === 0n && stake.reputation === 0n)) return null;
  return (
    <div className="space-y-2">
      <SubmitButton type="button" tone="secondary" state={state} onClick={() => void backTaskList(projectId, listId)}>
        {stake.backedList === 0n ? "Back this list" : "Switch my backing to this list"}
      </SubmitButton>
      <TransactionStatus state={state} />
    </div>
  );
}
