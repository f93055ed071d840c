"use client";

import { useCreateBandwidthToken, useParticipantRoles, useRecordInvestment } from "@scipio/sdk/hooks";
import { bandwidthTokenFormSchema, investmentFormSchema } from "@scipio/sdk/schemas";
import type { FormEvent } from "react";
import { useAccount } from "wagmi";
import { SubmitButton, TextField, TransactionStatus, useSchemaForm } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatAmount } from "@/lib/format";
import { OperatorTokensConnectPanel, type OperatorTokensProps } from "./bandwidth-tokens-island";

export default function OperatorTokensPanel({ chainNow, investments, tokens }: OperatorTokensProps) {
  const { address, isConnected } = useAccount();
  const roles = useParticipantRoles(address);
  if (!isConnected || !address) return <OperatorTokensConnectPanel />;
  if (roles === undefined) return <div className="h-40 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />;
  const isOperator = roles.some((role) => role.key === "operator");
  const isPlatform = roles.some((role) => role.key === "platform");
  const mine = investments.filter((investment) => investment.operator.toLowerCase() === address.toLowerCase());
  const myTokens = tokens.filter((token) => token.operator.toLowerCase() === address.toLowerCase());
  return (
    <div className="space-y-4">
      {isOperator ? (
        <>
          <Panel title="Your investments" testId="my-investments">
            {mine.length === 0 ? (
              <p className="text-sm text-stone-700">The Platform has not recorded an investment of yours yet: auctions raise for one.</p>
            ) : (
              <ul className="space-y-1 text-sm text-stone-700">
                {mine.map((investment) => (
                  <li key={investment.id.toString()}>
                    Investment #{investment.id.toString()}: {formatAmount(investment.total)} ETH in all; its auctions may raise{" "}
                    {formatAmount(investment.total / 2n - investment.committed)} ETH more.
                  </li>
                ))}
              </ul>
            )}
            {myTokens.some((token) => !token.auctionMints) && (
              <p className="text-sm text-stone-700">Open a token of yours to let the auctions mint it before you create an auction.</p>
            )}
          </Panel>
          <CreateTokenForm chainNow={chainNow} />
        </>
      ) : (
        <Panel title="Your bandwidth tokens" testId="operator-tokens">
          <p className="text-sm text-stone-700">Only onboarded operators create bandwidth tokens; this account is not one.</p>
        </Panel>
      )}
      {isPlatform && <RecordInvestmentForm />}
    </div>
  );
}

function CreateTokenForm({ chainNow }: { chainNow: bigint }) {
  const { create, state, available } = useCreateBandwidthToken();
  const { fields, set, problems, attempt, reset } = useSchemaForm(bandwidthTokenFormSchema({ now: chainNow + 60n }), { name: "", symbol: "", startsInDays: "0", lastsDays: "365" });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const token = attempt();
    if (token && (await create(token))) reset();
  }

  return (
    <Panel title="Create a bandwidth token" testId="create-token">
      <form onSubmit={submit} noValidate className="space-y-3">
        <TextField label="Name" value={fields.name} onChange={set("name")} problem={problems.name} placeholder="Guifi Osona bandwidth 2027" />
        <TextField label="Symbol" value={fields.symbol} onChange={set("symbol")} problem={problems.symbol} placeholder="IBT-OSO27" />
        <TextField label="Delivery starts in" unit="days" inputMode="decimal" value={fields.startsInDays} onChange={set("startsInDays")} problem={problems.startsInDays} />
        <TextField label="Delivery lasts" unit="days" inputMode="decimal" value={fields.lastsDays} onChange={set("lastsDays")} problem={problems.lastsDays} hint="At most five years." />
        <SubmitButton state={state} disabled={!available}>
          Create the token
        </SubmitButton>
        <TransactionStatus state={state} confirmed="Created: the token is listed above once the page refreshes." />
      </form>
    </Panel>
  );
}

function RecordInvestmentForm() {
  const { record, state, available } = useRecordInvestment();
  const { fields, set, problems, attempt, reset } = useSchemaForm(investmentFormSchema, { operator: "", total: "" });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const investment = attempt();
    if (investment && (await record(investment.operator, investment.total))) reset();
  }

  return (
    <Panel title="Record an investment" testId="record-investment">
      <p className="text-sm text-stone-700">
        As the Platform, record an onboarded operator&apos;s investment once its due diligence is done. Its auctions may
        raise at most half of the total.
      </p>
      <form onSubmit={submit} noValidate className="space-y-3">
        <TextField label="Operator" value={fields.operator} onChange={set("operator")} problem={problems.operator} placeholder="0x…" />
        <TextField label="Total cost" unit="ETH" inputMode="decimal" value={fields.total} onChange={set("total")} problem={problems.total} />
        <SubmitButton state={state} disabled={!available}>
          Record the investment
        </SubmitButton>
        <TransactionStatus state={state} />
      </form>
    </Panel>
  );
}
