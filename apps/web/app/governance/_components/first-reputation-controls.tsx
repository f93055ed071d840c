"use client";

import { useIsGovernance, useSetFirstReputation } from "@scipio/sdk/hooks";
import { MAX_FIRST_REPUTATION, MIN_FIRST_REPUTATION, firstReputationSchema } from "@scipio/sdk/schemas";
import { useState, type FormEvent } from "react";
import { useAccount } from "wagmi";
import { SubmitButton, TextField, TransactionStatus } from "@/components/distribute/form-controls";
import { formatAmount } from "@/lib/format";

/** Sets the first reputation: shown to the governance account only (the registry's admin). */
export default function FirstReputationControls() {
  const { address } = useAccount();
  const isGovernance = useIsGovernance(address);
  const { setFirstReputation, state } = useSetFirstReputation();
  const [text, setText] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [sentAmount, setSentAmount] = useState<bigint>();
  const parsed = firstReputationSchema.safeParse(text);
  const problem = submitted && !parsed.success ? parsed.error.issues[0]?.message : undefined;

  if (!isGovernance) return null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.success) return;
    setSentAmount(parsed.data);
    const receipt = await setFirstReputation(parsed.data);
    if (receipt) {
      setText("");
      setSubmitted(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3 border-t border-stone-200 pt-4" data-testid="first-reputation-form">
      <p className="text-sm font-medium text-teal-900">You are the governance account.</p>
      <TextField
        label="New first reputation"
        value={text}
        onChange={setText}
        problem={problem}
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
