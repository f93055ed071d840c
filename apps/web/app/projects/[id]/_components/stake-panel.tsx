"use client";

import {
  useCancelProject,
  useCanWithdrawStake,
  useCapitalTokenBalance,
  useProjectStake,
  useReputationBalance,
  useStake,
  useUnstake,
  useWithdrawStake,
} from "@scipio/sdk/hooks";
import { amountUpToSchema, type StakeSide } from "@scipio/sdk/schemas";
import { useState, type FormEvent } from "react";
import { formatEther, type Address } from "viem";
import { useAccount } from "wagmi";
import { useChainClock } from "@/components/ui/chain-clock";
import { SubmitButton, TextField, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatChainTime, formatDuration } from "@/components/ui/time";
import { formatAmount } from "@/lib/format";
import { Stage } from "../../_lib/stages";
import { StakeConnectPanel } from "./stake-island";

export type StakePanelProps = {
  projectId: bigint;
  stage: number;
  proposer: Address;
  requiredTokens: bigint;
  requiredReputation: bigint;
  stakedTokens: bigint;
  stakedReputation: bigint;
  stakingDeadline: bigint;
  unstakeLockWindow: bigint;
  chainNow: bigint;
};

const unitOf: Record<StakeSide, string> = { tokens: "tokens", reputation: "REP" };

/** My stake in the project and what I can do with it in this stage. */
export default function StakePanel(props: StakePanelProps) {
  const { projectId, stage, proposer } = props;
  const { address, isConnected } = useAccount();
  const stake = useProjectStake(projectId, address);
  const mine = stake.data;

  if (!isConnected || !address) return <StakeConnectPanel />;
  const isProposer = address.toLowerCase() === proposer.toLowerCase();
  return (
    <Panel title="My stake" testId="stake-panel">
      <dl className="grid grid-cols-2 gap-3 text-sm" data-testid="my-stake">
        <div>
          <dt className="text-stone-600">Tokens staked</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="my-staked-tokens">
            {mine ? formatAmount(mine.tokens) : "—"}
          </dd>
        </div>
        <div>
          <dt className="text-stone-600">Reputation staked</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="my-staked-reputation">
            {mine ? formatAmount(mine.reputation) : "—"}
          </dd>
        </div>
      </dl>
      {stage === Stage.Proposed && <ProposedActions {...props} account={address} isProposer={isProposer} />}
      {stage !== Stage.Proposed && <WithdrawAction projectId={projectId} account={address} stage={stage} isProposer={isProposer} />}
      {stage === Stage.Failed && mine && (mine.tokens > 0n || mine.reputation > 0n) && (
        <p className="text-sm text-stone-700">No task list won, so the project failed and its stakes were burned.</p>
      )}
    </Panel>
  );
}

function ProposedActions(props: StakePanelProps & { account: Address; isProposer: boolean }) {
  const { projectId, stakingDeadline, unstakeLockWindow, chainNow, account, isProposer, stakedTokens, stakedReputation } = props;
  const now = useChainClock(chainNow);
  const unstakeClosesAt = stakingDeadline - unstakeLockWindow;
  const stakingOpen = now <= Number(stakingDeadline);
  const unstakeOpen = now < Number(unstakeClosesAt);
  if (!stakingOpen) return <p className="text-sm text-stone-700">Staking has closed.</p>;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <StakeForm {...props} side="tokens" account={account} />
        <StakeForm {...props} side="reputation" account={account} />
      </div>
      <p className="text-sm text-stone-600" data-testid="unstake-window">
        {unstakeOpen ? (
          <>
            You can unstake until {formatChainTime(unstakeClosesAt)} (in {formatDuration(Number(unstakeClosesAt) - now)}). In the final{" "}
            {formatDuration(Number(unstakeLockWindow))} before the deadline stakes are locked, so nobody can fill a requirement and
            pull out at the last moment.
          </>
        ) : (
          <>
            Unstaking closed at {formatChainTime(unstakeClosesAt)}: stakes stay locked for the final {formatDuration(Number(unstakeLockWindow))}{" "}
            before the deadline. If the project expires, every stake is handed back.
          </>
        )}
      </p>
      {isProposer && stakedTokens === 0n && stakedReputation === 0n && <CancelAction projectId={projectId} />}
    </div>
  );
}

function StakeForm({
  projectId,
  side,
  account,
  requiredTokens,
  requiredReputation,
  stakedTokens,
  stakedReputation,
  stakingDeadline,
  unstakeLockWindow,
  chainNow,
}: StakePanelProps & { side: StakeSide; account: Address }) {
  const tokenBalance = useCapitalTokenBalance(account);
  const reputationBalance = useReputationBalance(account);
  const position = useProjectStake(projectId, account);
  const { stake, state: stakeState } = useStake();
  const { unstake, state: unstakeState } = useUnstake();
  const now = useChainClock(chainNow);
  const [text, setText] = useState("");
  const [mode, setMode] = useState<"stake" | "unstake">();

  const unit = unitOf[side];
  const required = side === "tokens" ? requiredTokens : requiredReputation;
  const staked = side === "tokens" ? stakedTokens : stakedReputation;
  const remaining = required - staked;
  const balance = (side === "tokens" ? tokenBalance : reputationBalance).data ?? 0n;
  const myStake = position.data ? (side === "tokens" ? position.data.tokens : position.data.reputation) : 0n;
  const unstakeOpen = now < Number(stakingDeadline - unstakeLockWindow);

  const stakeCheck = amountUpToSchema(balance, unit).safeParse(text);
  const unstakeCheck = amountUpToSchema(myStake, `${unit} staked`).safeParse(text);
  // Judged as a stake while typing; as an unstake once the person pressed Unstake.
  const check = mode === "unstake" ? unstakeCheck : stakeCheck;
  const problem = text.trim() !== "" && !check.success ? check.error.issues[0]?.message : undefined;
  const amount = stakeCheck.success ? stakeCheck.data : undefined;
  const clamped = amount !== undefined && amount > remaining;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const action = submitter?.value === "unstake" ? "unstake" : "stake";
    setMode(action);
    const check = action === "unstake" ? unstakeCheck : stakeCheck;
    if (!check.success) return;
    const receipt = action === "unstake" ? await unstake(projectId, side, check.data) : await stake(projectId, side, check.data);
    if (receipt) {
      setText("");
      setMode(undefined);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-md border border-stone-200 p-3" data-testid={`stake-${side}-form`}>
      <h3 className="font-medium">{side === "tokens" ? "Capital tokens" : "Reputation"}</h3>
      <TextField
        label={side === "tokens" ? "Token amount" : "Reputation amount"}
        unit={unit}
        inputMode="decimal"
        value={text}
        onChange={(value) => {
          setText(value);
          setMode(undefined);
        }}
        problem={problem}
        hint={`You hold ${formatAmount(balance)} ${unit} · staked here ${formatAmount(myStake)} · ${
          remaining > 0n ? `${formatAmount(remaining)} still required` : "requirement met"
        }`}
      />
      {clamped && remaining > 0n && (
        <p className="text-sm text-sky-900" data-testid={`stake-${side}-clamp`}>
          Only {formatAmount(remaining)} {unit} is still required: staking stakes {formatAmount(remaining)} and the rest stays in your
          wallet.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton state={mode !== "unstake" ? stakeState : undefined} disabled={remaining === 0n}>
          Stake {unit}
        </SubmitButton>
        {myStake > 0n && (
          <button
            type="submit"
            value="unstake"
            disabled={!unstakeOpen}
            className="rounded-md border border-stone-300 px-4 py-2 font-semibold text-stone-800 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-teal-700 disabled:cursor-not-allowed disabled:text-stone-400"
          >
            Unstake {unit}
          </button>
        )}
        {myStake > 0n && (
          <button
            type="button"
            onClick={() => setText(formatEther(myStake))}
            className="text-sm text-teal-800 underline"
          >
            Use my stake ({formatAmount(myStake)})
          </button>
        )}
      </div>
      <TransactionStatus state={mode === "unstake" ? unstakeState : stakeState} />
    </form>
  );
}

function CancelAction({ projectId }: { projectId: bigint }) {
  const { cancel, state } = useCancelProject();
  return (
    <div className="space-y-2 border-t border-stone-200 pt-4">
      <p className="text-sm text-stone-700">Nobody has staked yet, so you can still cancel and take your collateral back.</p>
      <SubmitButton type="button" tone="danger" state={state} onClick={() => void cancel(projectId)}>
        Cancel project
      </SubmitButton>
      <TransactionStatus state={state} />
    </div>
  );
}

/** Shown only while the registry would pay something out (its `withdrawStake` simulates without reverting). */
function WithdrawAction({ projectId, account, stage, isProposer }: { projectId: bigint; account: Address; stage: number; isProposer: boolean }) {
  const { withdrawStake, state } = useWithdrawStake();
  const withdrawable = useCanWithdrawStake(projectId, account);
  const position = useProjectStake(projectId, account);
  if (!withdrawable && state.status !== "confirmed") return null;
  const stakeBack = (stage === Stage.Expired || stage === Stage.Complete) && !!position.data && (position.data.tokens > 0n || position.data.reputation > 0n);
  return (
    <div className="space-y-2 border-t border-stone-200 pt-4">
      <p className="text-sm text-stone-700">
        {stakeBack
          ? stage === Stage.Expired
            ? "The project expired: your whole stake is yours to take back."
            : "The project is complete: take back your stake with its reward."
          : isProposer
            ? "Your collateral is returnable: take it back."
            : "Take back what the project owes you."}
      </p>
      <SubmitButton type="button" tone="secondary" state={state} onClick={() => void withdrawStake(projectId)}>
        {stakeBack ? "Withdraw my stake" : "Withdraw collateral"}
      </SubmitButton>
      <TransactionStatus state={state} />
    </div>
  );
}
