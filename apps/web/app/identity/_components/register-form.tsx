"use client";

import type { Attestation } from "@scipio/sdk/identity";
import { useIsRegistered, useRegisterIdentity, useReputationBalance } from "@scipio/sdk/hooks";
import { identityHandleSchema } from "@scipio/sdk/schemas";
import { useState, type FormEvent } from "react";
import { useAccount } from "wagmi";
import { FormProblem, SubmitButton, TextField, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatAmount } from "@/lib/format";
import { RegisterConnectPanel } from "./register-island";

/** Asks the app's attester to sign for `identity`, or says why it will not. */
async function requestAttestation(identity: string, account: string): Promise<Attestation | { error: string }> {
  try {
    const response = await fetch("/api/attest", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ identity, account }),
    });
    const body = (await response.json().catch(() => ({}))) as Partial<Attestation> & { error?: string };
    if (!response.ok || !body.signature) return { error: body.error ?? `The attester refused (HTTP ${response.status}).` };
    return body as Attestation;
  } catch {
    return { error: "The attester did not answer: check the connection and try again." };
  }
}

export default function RegisterForm() {
  const { address, isConnected } = useAccount();
  const registered = useIsRegistered(address);
  const balance = useReputationBalance(address);
  const { register, state, available } = useRegisterIdentity();
  const [handle, setHandle] = useState("");
  const [touched, setTouched] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  const [attesting, setAttesting] = useState(false);

  const parsed = identityHandleSchema.safeParse(handle);
  const problem = touched && !parsed.success ? parsed.error.issues[0]?.message : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    setRefusal(undefined);
    if (!parsed.success || !address) return;
    setAttesting(true);
    const attestation = await requestAttestation(parsed.data, address);
    setAttesting(false);
    if ("error" in attestation) return setRefusal(attestation.error);
    await register(attestation);
  }

  if (!isConnected || !address) return <RegisterConnectPanel />;

  if (registered.data) {
    return (
      <Panel title="Registered" testId="identity-registered">
        <p className="text-stone-700">
          This account has registered its identity
          {balance.data !== undefined && (
            <>
              {" "}
              and holds <strong data-testid="reputation-balance">{formatAmount(balance.data)} REP</strong> free to stake
            </>
          )}
          . The first reputation is granted once per identity and once per account.
        </p>
        <TransactionStatus state={state} confirmed="Registered: your first reputation is in your account." />
      </Panel>
    );
  }

  return (
    <Panel title="Register your identity" testId="identity-form">
      <form onSubmit={submit} noValidate className="space-y-4">
        <TextField
          label="Identity"
          name="identity"
          value={handle}
          onChange={(value) => {
            setHandle(value);
            setRefusal(undefined);
          }}
          problem={problem}
          placeholder="e.g. ada@guifi"
          hint="The handle the attester vouches for. It is hashed with the attester's secret before it reaches the chain."
        />
        <FormProblem testId="attest-problem">{refusal}</FormProblem>
        <SubmitButton state={attesting ? { status: "simulating" } : state} disabled={!available || registered.isLoading}>
          Register and receive reputation
        </SubmitButton>
        <TransactionStatus state={state} />
      </form>
    </Panel>
  );
}
