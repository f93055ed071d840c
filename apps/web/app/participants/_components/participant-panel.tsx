"use client";

import { useIsPlatformAdmin, useJoinAsInvestor, useParticipantRoles, useSetParticipantRole } from "@scipio/sdk/hooks";
import { PARTICIPANT_ROLES, type ParticipantRole } from "@scipio/sdk/protocol";
import { addressSchema } from "@scipio/sdk/schemas";
import { useId, useState, type FormEvent } from "react";
import { useAccount } from "wagmi";
import { SubmitButton, TextField, TransactionStatus, useSchemaField } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { ParticipantConnectPanel } from "./participant-island";

const ONBOARDED_ROLES = PARTICIPANT_ROLES.filter((role) => role.onboarded);
const [FIRST_ONBOARDED] = ONBOARDED_ROLES as [ParticipantRole, ...ParticipantRole[]];

export default function ParticipantPanel() {
  const { address, isConnected } = useAccount();
  const roles = useParticipantRoles(address);
  const isAdmin = useIsPlatformAdmin(address);
  const { join, state, available } = useJoinAsInvestor();
  if (!isConnected || !address) return <ParticipantConnectPanel />;
  const isInvestor = roles?.some((role) => role.key === "investor") ?? false;
  return (
    <div className="space-y-4">
      <Panel title="Your roles" testId="my-roles">
        <p className="text-sm text-stone-700" data-testid="my-role-list">
          {roles === undefined
            ? "…"
            : roles.length === 0
              ? "This account holds no role yet."
              : `This account is: ${roles.map((role) => role.label).join(", ")}.`}
        </p>
        {roles !== undefined && !isInvestor && (
          <SubmitButton type="button" state={state} disabled={!available} onClick={() => void join()}>
            Join as investor
          </SubmitButton>
        )}
        <TransactionStatus state={state} />
      </Panel>
      {isAdmin && <OnboardForm />}
    </div>
  );
}

/** Onboard or offboard an account in a role: the platform admin only. */
function OnboardForm() {
  const field = useSchemaField(addressSchema);
  const [roleKey, setRoleKey] = useState<string>(FIRST_ONBOARDED.key);
  const { setRole, state } = useSetParticipantRole();
  const selectId = useId();
  const role = ONBOARDED_ROLES.find((candidate) => candidate.key === roleKey) ?? FIRST_ONBOARDED;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const account = field.attempt();
    if (account === undefined) return;
    const grant = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value !== "offboard";
    if (await setRole(account, role, grant)) field.clear();
  }

  return (
    <Panel title="Onboard a participant" testId="onboard">
      <p className="text-sm text-teal-900">You are the platform admin: onboard an account once its due diligence is done.</p>
      <form onSubmit={submit} noValidate className="space-y-3">
        <TextField label="Account" value={field.text} onChange={field.setText} problem={field.problem} placeholder="0x…" />
        <div>
          <label htmlFor={selectId} className="block text-sm font-medium text-stone-700">
            Role
          </label>
          <select
            id={selectId}
            value={roleKey}
            onChange={(event) => setRoleKey(event.target.value)}
            className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2 focus:outline-2 focus:outline-teal-700"
          >
            {ONBOARDED_ROLES.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {candidate.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap gap-2">
          <SubmitButton state={state}>Onboard</SubmitButton>
          <button
            type="submit"
            value="offboard"
            className="rounded-md border border-red-300 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-teal-700"
          >
            Offboard
          </button>
        </div>
        <TransactionStatus state={state} />
      </form>
    </Panel>
  );
}
