"use client";

import { useIsGovernance, useSetAttester } from "@scipio/sdk/hooks";
import { addressSchema } from "@scipio/sdk/schemas";
import { useState, type FormEvent } from "react";
import { useAccount } from "wagmi";
import { SubmitButton, TextField, TransactionStatus } from "@/components/distribute/form-controls";

/** Approve or revoke an attester: shown to the governance account only (the registry's admin). */
export default function AttesterControls() {
  const { address } = useAccount();
  const isGovernance = useIsGovernance(address);
  const { setAttester, state } = useSetAttester();
  const [text, setText] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const parsed = addressSchema.safeParse(text);
  const problem = submitted && !parsed.success ? parsed.error.issues[0]?.message : undefined;

  if (!isGovernance) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.success) return;
    const approve = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value !== "revoke";
    const receipt = await setAttester(parsed.data, approve);
    if (receipt) {
      setText("");
      setSubmitted(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3 border-t border-stone-200 pt-4" data-testid="attester-form">
      <p className="text-sm font-medium text-teal-900">You are the governance account.</p>
      <TextField label="Attester address" value={text} onChange={setText} problem={problem} placeholder="0x…" />
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
