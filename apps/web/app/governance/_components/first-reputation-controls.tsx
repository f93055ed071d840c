"use client";

import { useIsGovernance, useSetFirstReputation } from "@scipio/sdk/hooks";
import { MAX_FIRST_REPUTATION, MIN_FIRST_REPUTATION, firstReputationSchema } from "@scipio/sdk/schemas";
import { useState, type FormEvent } from "react";
import { useAccount } from "wagmi";
import { SubmitButton, TextField, TransactionStatus, useSchemaField } from "@/components/ui/form-controls";
import { formatAmount } from "@/lib/format";

/** Sets the first reputation: shown to governance's proposer only (the timelock holds the registry's role). */
export default function FirstReputationControls() {
  const { address } = useAccount();
  const isGovernance = useIsGovernance(address);
  const { setFirstReputation, state } = useSetFirstReputation();
  const field = useSchemaField(firstReputationSchema);
  const [sentAmount, setSentAmount] = useState<bigint>();

  if (!isGovernance) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const amount = field.attempt();
    if (amount === undefined) return;
    setSentAmount(amount);
    if (await setFirstReputation(amount)) field.clear();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3 border-t border-stone-200 pt-4" data-testid="first-reputation-form">
      <p className="text-sm font-medium text-teal-900">You are the governance account: a change is scheduled on the timelock, then executed after its delay (two signatures).</p>
      <TextField
        label="New first reputation"
        value={field.text}
        onChange={field.setText}
        problem={field.problem}
        hint={`Between ${formatAmount(MIN_FIRST_REPUTATION)} and ${formatAmount(MAX_FIRST_REPUTATION)} REP.`}
        unit="REP"
        inputMode="decimal"
        placeholder="100"
      />
      <SubmitButton state={state}>Set first reputation</SubmitButton>
      <TransactionStatus
        state={state}
        confirmed={sentAmount !== undefined ? `Confirmed: identities registered from now on receive ${formatAmount(sentAmount)} REP.` : undefined}
      />
    </form>
  );
}
