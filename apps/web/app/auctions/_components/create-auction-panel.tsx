"use client";

import { useCreateAuction, useParticipantRoles } from "@scipio/sdk/hooks";
import { auctionOfferSchema, raiseOf, tokenAmountSchema } from "@scipio/sdk/schemas";
import { useState, type FormEvent } from "react";
import { useAccount } from "wagmi";
import { PageLink } from "@/components/page-link";
import { useChainClock } from "@/components/ui/chain-clock";
import { SubmitButton, TextField, TransactionStatus, problemsByField, useSchemaForm } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatAmount } from "@/lib/format";
import type { CreateAuctionProps } from "./create-auction-island";

const EMPTY = { offered: "", price: "", startsInDays: "", lastsDays: "7" };

export default function CreateAuctionPanel({ chainNow, earliestStart, saleFinalized, tokens, investments }: CreateAuctionProps) {
  const { address } = useAccount();
  const roles = useParticipantRoles(address);
  if (!address || !roles?.some((role) => role.key === "operator")) return null;
  const same = (account: string) => account.toLowerCase() === address.toLowerCase();
  const myTokens = tokens.filter((token) => same(token.operator));
  const myInvestments = investments.filter((investment) => same(investment.operator));
  if (!saleFinalized) {
    return (
      <Panel title="Create an auction" testId="create-auction">
        <p className="text-sm text-stone-700">Auctions open once the SPT sale is finalized.</p>
      </Panel>
    );
  }
  const mintable = myTokens.filter((token) => token.auctionMints);
  if (myInvestments.length === 0 || mintable.length === 0) {
    return (
      <Panel title="Create an auction" testId="create-auction">
        <p className="text-sm text-stone-700">
          {myInvestments.length === 0
            ? "An auction raises for an investment the Platform recorded for you; there is none yet."
            : "Create a bandwidth token and let the auctions mint it first."}{" "}
          <PageLink href="/bandwidth-tokens" className="font-medium text-teal-800 underline">
            Bandwidth tokens
          </PageLink>
        </p>
      </Panel>
    );
  }
  return <CreateAuctionForm chainNow={chainNow} earliestStart={earliestStart} tokens={mintable} investments={myInvestments} />;
}

function CreateAuctionForm({
  chainNow,
  earliestStart,
  tokens,
  investments,
}: Pick<CreateAuctionProps, "chainNow" | "earliestStart" | "tokens" | "investments">) {
  const { create, state, available } = useCreateAuction();
  const now = BigInt(useChainClock(chainNow));
  const [tokenAddress, setTokenAddress] = useState(tokens[0]!.address);
  const [investmentId, setInvestmentId] = useState(investments[0]!.id);
  const token = tokens.find((candidate) => candidate.address === tokenAddress) ?? tokens[0]!;
  const investment = investments.find((candidate) => candidate.id === investmentId) ?? investments[0]!;
  const raiseLeft = investment.total / 2n - investment.committed;
  const schema = auctionOfferSchema({ available: raiseLeft, now, earliestStart, deliveryEnd: token.deliveryEnd });
  const { fields, set, problems: shown, attempt, reset, result } = useSchemaForm(schema, () => ({
    ...EMPTY,
    startsInDays: earliestStart > now ? String(Number((earliestStart - now + 86_399n) / 86_400n)) : "0",
  }));
  // The raise cap is said as soon as both figures are typed; other problems once the person tries to send.
  const capProblem = result.success ? undefined : problemsByField(result.error.issues).raise;
  const offeredWei = safeWei(fields.offered);
  const priceWei = safeWei(fields.price);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const offer = attempt();
    if (offer && (await create({ investmentId, token: token.address, ...offer }))) reset(EMPTY);
  }

  return (
    <Panel title="Create an auction" testId="create-auction">
      <form onSubmit={submit} noValidate className="space-y-3">
        <SelectField
          label="Token"
          value={tokenAddress}
          onChange={(value) => setTokenAddress(value as typeof tokenAddress)}
          options={tokens.map((candidate) => ({ value: candidate.address, label: candidate.symbol }))}
        />
        <SelectField
          label="Investment"
          value={investmentId.toString()}
          onChange={(value) => setInvestmentId(BigInt(value))}
          options={investments.map((candidate) => ({
            value: candidate.id.toString(),
            label: `#${candidate.id}: ${formatAmount(candidate.total)} ETH, ${formatAmount(candidate.total / 2n - candidate.committed)} ETH left to raise`,
          }))}
        />
        <TextField label="IBT offered" unit="IBT" inputMode="decimal" value={fields.offered} onChange={set("offered")} problem={capProblem ?? shown.offered} />
        <TextField label="Price" unit="ETH / IBT" inputMode="decimal" value={fields.price} onChange={set("price")} problem={shown.price} />
        <p className="text-sm text-stone-700" data-testid="auction-raise">
          Raises at most{" "}
          <strong>{offeredWei !== undefined && priceWei !== undefined ? `${formatAmount(raiseOf(offeredWei, priceWei))} ETH` : "—"}</strong> of the{" "}
          {formatAmount(raiseLeft)} ETH this investment may still raise.
        </p>
        <TextField label="Starts in" unit="days" inputMode="decimal" value={fields.startsInDays} onChange={set("startsInDays")} problem={shown.startsInDays} hint="The first 48 hours are the SPT holders' priority window." />
        <TextField label="Lasts" unit="days" inputMode="decimal" value={fields.lastsDays} onChange={set("lastsDays")} problem={shown.lastsDays} hint="3 to 90 days." />
        <SubmitButton state={state} disabled={!available || capProblem !== undefined}>
          Create the auction
        </SubmitButton>
        <TransactionStatus state={state} />
      </form>
    </Panel>
  );
}

/** The typed amount in wei, or undefined while it is not a valid amount (its field says why). */
function safeWei(text: string): bigint | undefined {
  const parsed = tokenAmountSchema.safeParse(text);
  return parsed.success ? parsed.data : undefined;
}

function SelectField({ label, value, onChange, options }: { label: string; value: string; onChange(value: string): void; options: { value: string; label: string }[] }) {
  return (
    <label className="block text-sm font-medium text-stone-700">
      {label}
      <select
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-normal focus:outline-2 focus:outline-teal-700"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
