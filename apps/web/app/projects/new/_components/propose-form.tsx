"use client";

import {
  proposalRequirements,
  useCapitalTokenBalance,
  useProposalMarket,
  useProposeProject,
  useReputationBalance,
} from "@scipio/sdk/hooks";
import { cidToDigest, uploadEvidence, type OnChainCid } from "@scipio/sdk/ipfs";
import { proposeFormSchema, tokenAmountSchema, type ProposeFormInput } from "@scipio/sdk/schemas";
import type { ProjectDescriptionDocument } from "@scipio/sdk/schemas/evidence";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, type FormEvent } from "react";
import { useAccount, usePublicClient } from "wagmi";
import { FormProblem, SubmitButton, TextField, TransactionStatus, useSchemaForm } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatAmount } from "@/lib/format";
import { ProposeConnectPanel } from "./propose-island";

export type ProposeFormProps = { minStakingPeriod: bigint; maxStakingPeriod: bigint; unstakeLockWindow: bigint };

/** Room between the block time read and the block the proposal lands in, so the shortest period still fits. */
const DEADLINE_MARGIN_SECONDS = 120n;

export default function ProposeForm({ minStakingPeriod, maxStakingPeriod }: ProposeFormProps) {
  const router = useRouter();
  const client = usePublicClient();
  const { address, isConnected } = useAccount();
  const market = useProposalMarket();
  const tokenBalance = useCapitalTokenBalance(address);
  const reputationBalance = useReputationBalance(address);
  const { propose, state } = useProposeProject();
  const schema = useMemo(() => proposeFormSchema({ minStakingPeriod, maxStakingPeriod }), [minStakingPeriod, maxStakingPeriod]);

  const { fields: form, set: setField, problems: fieldProblems, attempt } = useSchemaForm(schema, (): ProposeFormInput => ({
    title: "",
    summary: "",
    location: "",
    cost: "",
    stakingDays: String(Math.max(Number(minStakingPeriod) / 86_400, 7)),
    collateralKind: "tokens",
  }));
  const [problem, setProblem] = useState<string>();
  const [uploadPercent, setUploadPercent] = useState<number>();
  const uploaded = useRef<{ json: string; onChain: OnChainCid }>(undefined);

  const cost = tokenAmountSchema.safeParse(form.cost);
  const requirements = cost.success && market ? proposalRequirements(cost.data, market) : undefined;
  const collateral = form.collateralKind === "tokens" ? requirements?.tokenCollateral : requirements?.reputationCollateral;
  const balance = form.collateralKind === "tokens" ? tokenBalance.data : reputationBalance.data;
  const collateralUnit = form.collateralKind === "tokens" ? "tokens" : "REP";
  const costProblem =
    fieldProblems.cost ??
    (requirements && !requirements.fits && market
      ? `The pool can fund at most ${formatAmount((market.availablePool * 10_000n) / 10_700n)} ETH (the cost plus 7% must fit in ${formatAmount(market.availablePool)} ETH)`
      : undefined);
  const collateralProblem =
    collateral !== undefined && balance !== undefined && collateral > balance
      ? `The collateral is ${formatAmount(collateral)} ${collateralUnit} but you have ${formatAmount(balance)} ${collateralUnit} free`
      : undefined;

  const set = (field: keyof ProposeFormInput) => (value: string) => {
    setField(field)(value);
    setProblem(undefined);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const parsed = attempt();
    if (!parsed || costProblem || collateralProblem || !client) return;
    const { title, summary, location, cost, stakingDays, collateralKind } = parsed;
    const document: ProjectDescriptionDocument = {
      kind: "scipio.project-description",
      version: 1,
      title,
      summary,
      ...(location ? { location } : {}),
    };
    const json = JSON.stringify(document);
    // A retry after a refused transaction does not upload the same description again.
    let description = uploaded.current?.json === json ? uploaded.current.onChain : undefined;
    if (!description) {
      try {
        setUploadPercent(0);
        const cid = await uploadEvidence(new File([json], "project.json", { type: "application/json" }), {
          onProgress: ({ loaded, total }) => setUploadPercent(total ? (loaded / total) * 100 : 0),
        });
        description = cidToDigest(cid);
        uploaded.current = { json, onChain: description };
      } catch (error) {
        setProblem(`The description could not be uploaded: ${error instanceof Error ? error.message : String(error)}`);
        return;
      } finally {
        setUploadPercent(undefined);
      }
    }
    // Deadlines are judged in chain time, which a local chain may have moved ahead of the clock.
    const now = (await client.getBlock({ blockTag: "latest" })).timestamp;
    const wanted = now + BigInt(Math.round(stakingDays * 86_400));
    const stakingDeadline = clamp(wanted, now + minStakingPeriod + DEADLINE_MARGIN_SECONDS, now + maxStakingPeriod);
    const projectId = await propose({ cost, stakingDeadline, description, collateralKind });
    if (projectId !== undefined) router.push(`/projects/${projectId}`);
  }

  if (!isConnected) return <ProposeConnectPanel />;

  return (
    <form onSubmit={submit} noValidate className="space-y-6" data-testid="propose-form">
      <Panel title="Description">
        <TextField label="Title" value={form.title} onChange={set("title")} problem={fieldProblems.title} />
        <TextField label="Summary" multiline value={form.summary} onChange={set("summary")} problem={fieldProblems.summary} />
        <TextField label="Location (optional)" value={form.location} onChange={set("location")} problem={fieldProblems.location} />
        <p className="text-xs text-stone-500">Published on IPFS as a JSON document; its CID goes on chain with the proposal.</p>
      </Panel>
      <Panel title="Cost and staking">
        <TextField
          label="Cost"
          unit="ETH"
          inputMode="decimal"
          value={form.cost}
          onChange={set("cost")}
          problem={costProblem}
          hint={market && `The pool has ${formatAmount(market.availablePool)} ETH available to projects.`}
        />
        <TextField
          label="Staking open for"
          unit="days"
          inputMode="decimal"
          value={form.stakingDays}
          onChange={set("stakingDays")}
          problem={fieldProblems.stakingDays}
          hint="Counted from the block your proposal lands in. If both requirements are not met by then, the project expires."
        />
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-stone-700">Collateral</legend>
          {(["tokens", "reputation"] as const).map((kind) => (
            <label key={kind} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="collateralKind"
                value={kind}
                checked={form.collateralKind === kind}
                onChange={() => set("collateralKind")(kind)}
              />
              {kind === "tokens" ? "Capital tokens" : "Reputation"}
              <span className="text-stone-500">
                (you have {formatAmount((kind === "tokens" ? tokenBalance.data : reputationBalance.data) ?? 0n)} {kind === "tokens" ? "tokens" : "REP"})
              </span>
            </label>
          ))}
        </fieldset>
        <dl className="grid gap-2 rounded-md bg-stone-50 p-3 text-sm sm:grid-cols-3" data-testid="proposal-requirements">
          <Requirement label="Tokens to be staked" value={requirements?.requiredTokens} unit="tokens" />
          <Requirement label="Reputation to be staked" value={requirements?.requiredReputation} unit="REP" />
          <Requirement label="Your collateral (5%)" value={collateral} unit={collateralUnit} testId="required-collateral" />
        </dl>
        <p className="text-xs text-stone-500">
          Computed live from the chain: the cost&apos;s share of the pool, applied to the token supply and to all reputation. The
          collateral comes back when the project is staked or cancelled, and is burned if it expires.
        </p>
        <FormProblem testId="collateral-problem">{collateralProblem}</FormProblem>
      </Panel>
      <FormProblem>{problem}</FormProblem>
      {uploadPercent !== undefined && (
        <p role="status" className="text-sm text-stone-700" data-testid="upload-progress">
          Uploading the description… {Math.round(uploadPercent)}%
        </p>
      )}
      <SubmitButton state={uploadPercent !== undefined ? { status: "simulating" } : state}>Propose project</SubmitButton>
      <TransactionStatus state={state} confirmed="Proposed. Opening the project…" />
    </form>
  );
}

function Requirement({ label, value, unit, testId }: { label: string; value: bigint | undefined; unit: string; testId?: string }) {
  return (
    <div>
      <dt className="text-stone-600">{label}</dt>
      <dd className="font-semibold tabular-nums" data-testid={testId}>
        {value !== undefined ? `${formatAmount(value)} ${unit}` : "—"}
      </dd>
    </div>
  );
}

function clamp(value: bigint, min: bigint, max: bigint): bigint {
  return value < min ? min : value > max ? max : value;
}
