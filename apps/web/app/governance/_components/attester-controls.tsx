"use client";

import { useIsGovernance, useSetAttester } from "@scipio/sdk/hooks";
import { addressSchema } from "@scipio/sdk/schemas";
import type { FormEvent } from "react";
import { useAccount } from "wagmi";
import { SubmitButton, TextField, TransactionStatus, useSchemaField } from "@/components/ui/form-controls";

/** Approve or revoke an attester: shown to governance's proposer only (the timelock holds the registry's role). */
export default function AttesterControls() {
  const { address } = useAccount();
  const isGovernance = useIsGovernance(address);
  const { setAttester, state } = useSetAttester();
  const field = useSchemaField(addressSchema);

  if (!isGovernance) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const attester = field.attempt();
    if (attester === undefined) return;
    const approve = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value !== "revoke";
    if (await setAttester(attester, approve)) field.clear();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3 border-t border-stone-200 pt-4" data-testid="attester-form">
      <p className="text-sm font-medium text-teal-900">You are the governance account: a change is scheduled on the timelock, then executed after its delay (two signatures).</p>
      <TextField label="Attester address" value={field.text} onChange={field.setText} problem={field.problem} placeholder="0x…" />
      <div className="flex flex-wrap gap-2">
        <SubmitButton state={state}>Approve attester</SubmitButton>
        <button
          type="submit"
          value="revoke"
          className="rounded-md border border-red-300 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-teal-700"
        >
          Revoke attester
        </button>
      </div>
      <TransactionStatus state={state} />
    </form>
  );
}
