"use client";

import {
  useClaimable,
  useClaimCredit,
  useEuroBalance,
  useHasUnsettledDebt,
  useNetPosition,
  usePeriodTotals,
  useRecordPositions,
  useSettleDebt,
} from "@scipio/sdk/hooks";
import { settleAmountSchema } from "@scipio/sdk/schemas";
import { useState, type FormEvent } from "react";
import { formatUnits, type Address } from "viem";
import { useAccount } from "wagmi";
import { useChainClock } from "@/components/ui/chain-clock";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { SubmitButton, TextField, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatChainTime, formatDuration } from "@/components/ui/time";
import type { PositionIslandProps } from "./money-compensation-islands";
import { formatEuro } from "./money-format";
import { Figure } from "@/components/operations/money-figure";

const POSITION_KIND = { none: 0, debt: 1, credit: 2, lateCredit: 3 } as const;

export default function PositionPanel(props: PositionIslandProps) {
  const { address } = useAccount();
  if (!address) {
    return (
      <ConnectPanel title="Your position" testId="my-position">
        Connect your wallet to see what you owe or are owed in period {props.period.toString()}, and settle or claim it.
      </ConnectPanel>
    );
  }
  if (props.phase !== "closed") return <OpenPeriodPosition {...props} account={address} />;
  return <ClosedPeriodPosition {...props} account={address} />;
}

/** Before close nothing is settled: the viewer sees its projected net on today's totals. */
function OpenPeriodPosition({ account, period, phase, nets }: PositionIslandProps & { account: Address }) {
  const projected = nets.find((row) => row.account.toLowerCase() === account.toLowerCase())?.net;
  return (
    <Panel title="Your position" testId="my-position">
      <p className="text-sm text-stone-700" data-testid="my-position-state" data-state="open">
        Period {period.toString()} is {phase === "closable" ? "waiting to be closed" : `in its ${phase} phase`}: positions are recorded, settled and
        claimed once it closes.{" "}
        {projected === undefined || projected === 0n
          ? "You have no position in it so far."
          : `On today's totals you would ${projected > 0n ? "be owed" : "owe"} ${formatEuro(projected < 0n ? -projected : projected)}.`}
      </p>
    </Panel>
  );
}

function ClosedPeriodPosition({ account, period, chainNow, recordingEndsAt }: PositionIslandProps & { account: Address }) {
  const now = BigInt(useChainClock(chainNow));
  const { net, recorded, isLoading } = useNetPosition(account, period);
  if (isLoading || net === undefined || recorded === undefined) {
    return (
      <Panel title="Your position" testId="my-position">
        <p className="text-sm text-stone-600">Reading your position from the chain…</p>
      </Panel>
    );
  }
  if (net === 0n) {
    return (
      <Panel title="Your position" testId="my-position">
        <p className="text-sm text-stone-700" data-testid="my-position-state" data-state="none">
          You have nothing to settle or claim in period {period.toString()}.
        </p>
      </Panel>
    );
  }
  if (net < 0n) return <DebtorPosition account={account} period={period} net={net} recorded={recorded} />;
  return <CreditorPosition account={account} period={period} net={net} recorded={recorded} now={now} recordingEndsAt={recordingEndsAt} />;
}

type Recorded = { kind: number; amount: bigint; paid: bigint };

function DebtorPosition({ account, period, net, recorded }: { account: Address; period: bigint; net: bigint; recorded: Recorded }) {
  const debt = recorded.kind === POSITION_KIND.debt ? recorded.amount : -net;
  const paid = recorded.kind === POSITION_KIND.debt ? recorded.paid : 0n;
  const remaining = debt - paid;
  const balance = useEuroBalance(account);
  const { settle, state, available } = useSettleDebt();
  const [text, setText] = useState(() => formatUnits(remaining, 6));
  const [attempted, setAttempted] = useState(false);
  const schema = settleAmountSchema({ remaining, balance: balance.data ?? 0n });
  const parsed = schema.safeParse(text);
  const problem = attempted && !parsed.success ? parsed.error.issues[0]?.message : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!parsed.success || balance.data === undefined) return;
    if (await settle(account, period, parsed.data)) setAttempted(false);
  }

  return (
    <Panel title="Your position" testId="my-position">
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <Figure label="You owe" value={formatEuro(debt)} testId="my-debt" />
        <Figure label="Paid so far" value={formatEuro(paid)} testId="my-paid" />
        <Figure label="Left to pay" value={formatEuro(remaining)} testId="my-remaining" />
        <Figure label="You hold" value={balance.data === undefined ? "…" : formatEuro(balance.data)} testId="my-balance" />
      </dl>
      {remaining === 0n ? (
        <p className="text-sm text-teal-800" data-testid="my-position-state" data-state="settled">
          Your debt of period {period.toString()} is settled in full.
        </p>
      ) : (
        <form onSubmit={submit} noValidate className="space-y-3">
          <p className="text-sm text-stone-700" data-testid="my-position-state" data-state="debtor">
            {recorded.kind === POSITION_KIND.none
              ? "Your debt is not recorded yet: settling records it in the same transaction. "
              : ""}
            While a debt of a closed period is unsettled you cannot declare expenses, claim credits, receive billing payments or open auctions.
          </p>
          <TextField label="Amount to settle" unit="EUR" inputMode="decimal" value={text} onChange={setText} problem={problem} hint="Settle all of it, or part now and the rest later." />
          <SubmitButton state={state} disabled={!available}>
            Approve and settle
          </SubmitButton>
          <TransactionStatus state={state} confirmed="Paid in: the table shows what is left." />
        </form>
      )}
    </Panel>
  );
}

function CreditorPosition({
  account,
  period,
  net,
  recorded,
  now,
  recordingEndsAt,
}: {
  account: Address;
  period: bigint;
  net: bigint;
  recorded: Recorded;
  now: bigint;
  recordingEndsAt: bigint;
}) {
  const totals = usePeriodTotals(period);
  const claimable = useClaimable(account, period);
  const inDebt = useHasUnsettledDebt(account);
  const record = useRecordPositions();
  const claim = useClaimCredit();
  const isRecorded = recorded.kind === POSITION_KIND.credit || recorded.kind === POSITION_KIND.lateCredit;
  const credit = isRecorded ? recorded.amount : net;
  const claimed = isRecorded ? recorded.paid : 0n;
  const recordingOpen = now < recordingEndsAt;
  const late = recorded.kind === POSITION_KIND.lateCredit || (!isRecorded && !recordingOpen);
  // Before recording the chain's claimable is zero: estimate what an on-time credit may take of what was paid in.
  const estimated =
    isRecorded || totals.data === undefined || totals.data.totalCredit === 0n
      ? (claimable.data ?? 0n)
      : (credit * (totals.data.settled < totals.data.totalCredit ? totals.data.settled : totals.data.totalCredit)) / totals.data.totalCredit;
  const claimableNow = recordingOpen ? 0n : late && !isRecorded ? 0n : estimated;
  const later = credit - claimed - claimableNow;

  return (
    <Panel title="Your position" testId="my-position">
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <Figure label="You are owed" value={formatEuro(credit)} testId="my-credit" />
        <Figure label="Claimed so far" value={formatEuro(claimed)} testId="my-claimed" />
        <Figure label="Claimable now" value={formatEuro(claimableNow)} testId="my-claimable" />
        <Figure label="May come as debtors pay" value={formatEuro(later < 0n ? 0n : later)} testId="my-later" />
      </dl>
      {recordingOpen ? (
        <div className="space-y-2">
          <p className="text-sm text-stone-700" data-testid="my-position-state" data-state={isRecorded ? "credit-recorded" : "credit-unrecorded"}>
            {isRecorded
              ? "Your credit is recorded on time: it shares in everything debtors pay in."
              : "Record your credit before the recording window ends so it shares in everything debtors pay in; a credit recorded later is paid only from what comes in beyond the others."}{" "}
            Claims open {formatChainTime(recordingEndsAt)} (in {formatDuration(Number(recordingEndsAt - now))}).
          </p>
          {!isRecorded && (
            <>
              <SubmitButton type="button" state={record.state} disabled={!record.available} onClick={() => void record.mine(account)}>
                Record my credit
              </SubmitButton>
              <TransactionStatus state={record.state} confirmed="Your credit is recorded on time." />
            </>
          )}
        </div>
      ) : inDebt.data ? (
        <p role="alert" data-testid="my-position-state" data-state="blocked" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          You have an unsettled debt in a closed period: settle it before you claim.
        </p>
      ) : (
        <div className="space-y-2">
          <p className="text-sm text-stone-700" data-testid="my-position-state" data-state={late ? "late-credit" : "credit"}>
            {late
              ? "Your credit was recorded after the recording window (or will be when you claim): it is paid from what debtors pay in beyond the on-time credits."
              : "Claims are open: you take your share of what debtors have paid in, and again as late debtors pay."}
          </p>
          <SubmitButton type="button" state={claim.state} disabled={!claim.available || (isRecorded && claimableNow === 0n)} onClick={() => void claim.claim(period)}>
            {isRecorded && claimableNow === 0n ? "Nothing to claim yet" : "Claim"}
          </SubmitButton>
          <TransactionStatus state={claim.state} confirmed="Claimed: the euros are in your wallet." />
        </div>
      )}
    </Panel>
  );
}
