"use client";

import { useSptBalance, useSptSaleAction } from "@scipio/sdk/hooks";
import { sptPurchaseSchema } from "@scipio/sdk/schemas";
import { useState, type FormEvent } from "react";
import { useAccount } from "wagmi";
import { useChainClock } from "@/components/ui/chain-clock";
import { SubmitButton, TextField, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatDuration } from "@/components/ui/time";
import { useRuntimeConfig } from "@/components/runtime-config";
import { formatAmount } from "@/lib/format";
import { SaleConnectPanel, type SaleProps } from "./sale-island";

export default function SalePanel({ rate, remaining, closesAt, finalized, proceedsHeld, chainNow }: SaleProps) {
  const { address, isConnected } = useAccount();
  const now = useChainClock(chainNow);
  if (!isConnected || !address) return <SaleConnectPanel />;
  const open = !finalized && BigInt(now) <= closesAt && remaining > 0n;
  return (
    <div className="space-y-4">
      {open ? (
        <BuyPanel rate={rate} remaining={remaining} secondsLeft={Number(closesAt) - now} />
      ) : (
        <HoldingPanel />
      )}
      {!finalized && !open && <FinalizePanel />}
      {finalized && proceedsHeld > 0n && <ProceedsPanel proceedsHeld={proceedsHeld} />}
    </div>
  );
}

function Holding() {
  const { address } = useAccount();
  const balance = useSptBalance(address);
  return (
    <p className="text-sm text-stone-700">
      You hold <strong data-testid="spt-balance">{balance.data !== undefined ? `${formatAmount(balance.data)} SPT` : "…"}</strong>.
    </p>
  );
}

function BuyPanel({ rate, remaining, secondsLeft }: { rate: bigint; remaining: bigint; secondsLeft: number }) {
  const { chainId } = useAccount();
  const { chainId: appChainId } = useRuntimeConfig();
  const { run: buy, state, available } = useSptSaleAction("buy");
  const [text, setText] = useState("");
  const parsed = sptPurchaseSchema({ rate, remaining }).safeParse(text);
  const problem = text.trim() !== "" && !parsed.success ? parsed.error.issues[0]?.message : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!parsed.success) return;
    if (await buy(parsed.data)) setText("");
  }

  return (
    <Panel title="Buy SPT" testId="spt-buy">
      <Holding />
      <form onSubmit={submit} noValidate className="space-y-4">
        <TextField
          label="You pay"
          unit="ETH"
          inputMode="decimal"
          value={text}
          onChange={setText}
          problem={problem}
          placeholder="0.0"
          hint={`The sale closes in ${formatDuration(secondsLeft)}.`}
        />
        <p className="text-sm text-stone-700">
          You receive{" "}
          <strong data-testid="spt-out">{parsed.success ? `${formatAmount(parsed.data * rate)} SPT` : "—"}</strong> at the
          fixed rate.
        </p>
        <SubmitButton state={state} disabled={!available || !parsed.success || chainId !== appChainId}>
          Buy SPT
        </SubmitButton>
        <TransactionStatus state={state} />
      </form>
    </Panel>
  );
}

function HoldingPanel() {
  return (
    <Panel title="Your SPT" testId="spt-holding">
      <Holding />
    </Panel>
  );
}

function FinalizePanel() {
  const { run: finalize, state, available } = useSptSaleAction("finalize");
  return (
    <Panel title="End the sale" testId="sale-finalize">
      <p className="text-sm text-stone-700">
        The sale is over. Finalizing burns the unsold SPT and opens the bandwidth auctions; anyone may do it.
      </p>
      <SubmitButton type="button" state={state} disabled={!available} onClick={() => void finalize()}>
        Finalize the sale
      </SubmitButton>
      <TransactionStatus state={state} />
    </Panel>
  );
}

function ProceedsPanel({ proceedsHeld }: { proceedsHeld: bigint }) {
  const { run: withdraw, state, available } = useSptSaleAction("withdrawProceeds");
  return (
    <Panel title="Proceeds" testId="sale-proceeds-panel">
      <p className="text-sm text-stone-700">
        The sale holds {formatAmount(proceedsHeld)} ETH. Anyone may send it on; it goes only to the treasury.
      </p>
      <SubmitButton type="button" state={state} disabled={!available} onClick={() => void withdraw()}>
        Send the proceeds to the treasury
      </SubmitButton>
      <TransactionStatus state={state} />
    </Panel>
  );
}
