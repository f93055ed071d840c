"use client";

import { useNodeActions } from "@scipio/sdk/hooks";
import { NODE_STATUSES } from "@scipio/sdk/protocol";
import type { NodeFormInput } from "@scipio/sdk/schemas";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAccount } from "wagmi";
import { SelectField, SubmitButton, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import NodeForm from "./node-form";

export type NodeOwnerControlsProps = { nodeId: string; owner: `0x${string}`; status: number; initial: NodeFormInput };

const statusOptions = NODE_STATUSES.map((label, index) => ({ value: String(index), label }));

/** Shown only to the node's owner: the contract refuses everyone else, so nobody else is offered the controls. */
export default function NodeOwnerControls({ nodeId, owner, status, initial }: NodeOwnerControlsProps) {
  const { address } = useAccount();
  if (!address || address.toLowerCase() !== owner.toLowerCase()) return null;
  return (
    <div className="space-y-6" data-testid="node-owner-controls">
      <StatusControl nodeId={nodeId} status={status} />
      <NodeForm nodeId={nodeId} initial={initial} />
      <RemoveControl nodeId={nodeId} />
    </div>
  );
}

function StatusControl({ nodeId, status }: { nodeId: string; status: number }) {
  const router = useRouter();
  const { setStatus, state } = useNodeActions();
  const [next, setNext] = useState(String(status));
  return (
    <Panel title="Status" testId="node-status-control">
      <SelectField label="New status" value={next} onChange={setNext} options={statusOptions} hint="Only the status changes; nothing is uploaded." />
      <SubmitButton
        type="button"
        state={state}
        disabled={Number(next) === status}
        onClick={async () => {
          if (await setStatus(BigInt(nodeId), Number(next))) router.refresh();
        }}
      >
        Change status
      </SubmitButton>
      <TransactionStatus state={state} confirmed="Status changed." />
    </Panel>
  );
}

function RemoveControl({ nodeId }: { nodeId: string }) {
  const router = useRouter();
  const { remove, state } = useNodeActions();
  const [confirming, setConfirming] = useState(false);
  return (
    <Panel title="Remove" testId="node-remove-control">
      <p className="text-sm text-stone-700">The node leaves the map and the list; its id is not given to another node.</p>
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <SubmitButton
            type="button"
            tone="danger"
            state={state}
            onClick={async () => {
              if (await remove(BigInt(nodeId))) router.push("/nodes");
            }}
          >
            Yes, remove node #{nodeId}
          </SubmitButton>
          <SubmitButton type="button" tone="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </SubmitButton>
        </div>
      ) : (
        <SubmitButton type="button" tone="danger" onClick={() => setConfirming(true)}>
          Remove node
        </SubmitButton>
      )}
      <TransactionStatus state={state} confirmed="Removed. Back to the list…" />
    </Panel>
  );
}
