"use client";

import { useConnectModal } from "@rainbow-me/rainbowkit";
import {
  isBusy,
  useBuyCapitalTokens,
  useCapitalTokenBalance,
  useCapitalTokenBuyQuote,
  useCapitalTokenSellQuote,
  useSellCapitalTokens,
  type TransactionState,
} from "@scipio/sdk/hooks";
import { slippageBpsSchema, tokenAmountSchema } from "@scipio/sdk/schemas";
import { useDeferredValue, useId, useState, type FormEvent, type ReactNode } from "react";
import { formatEther } from "viem";
import { useAccount, useBalance } from "wagmi";
import { TransactionStatus } from "@/components/distribute/form-controls";
import { useRuntimeConfig } from "@/components/runtime-config";
import { formatAmount, formatBps } from "@/lib/format";

const WAD = 10n ** 18n;
const BPS = 10_000n;
const SLIPPAGE_PRESETS = [50, 100, 200] as const;

/** The market as the server read it: wei per whole token, and the effective pool and supply. */
type Props = { spotBuyPrice: bigint; resaleValue: bigint; pool: bigint; supply: bigint };

export default function TradePanel(market: Props) {
  const [slippageBps, setSlippageBps] = useState<number>(100);
  return (
    <div className="space-y-4">
      <SlippageSetting value={slippageBps} onChange={setSlippageBps} />
      <div className="grid gap-4 md:grid-cols-2">
        <BuyForm slippageBps={slippageBps} {...market} />
        <SellForm slippageBps={slippageBps} />
      </div>
    </div>
  );
}

/** Parses what the person typed; the message appears only once there is something to judge. */
function useAmountInput() {
  const [text, setText] = useState("");
  const parsed = tokenAmountSchema.safeParse(text);
  const amount = parsed.success ? parsed.data : undefined;
  const problem = text.trim() !== "" && !parsed.success ? parsed.error.issues[0]?.message : undefined;
  return { text, setText, amount, problem };
}

function BuyForm({ slippageBps, spotBuyPrice, resaleValue, pool, supply }: Props & { slippageBps: number }) {
  const { address, isConnected, chainId } = useAccount();
  const { chainId: appChainId } = useRuntimeConfig();
  const { openConnectModal } = useConnectModal();
  const input = useAmountInput();
  const etherIn = useDeferredValue(input.amount);
  const quote = useCapitalTokenBuyQuote(etherIn);
  const etherBalance = useBalance({ address, chainId: appChainId, query: { enabled: isConnected } });
  const { buy, state, available } = useBuyCapitalTokens();

  const tokensOut = etherIn !== undefined && etherIn === input.amount ? quote.data : undefined;
  const averagePrice = etherIn && tokensOut ? (etherIn * WAD) / tokensOut : undefined;
  const impactBps = averagePrice && spotBuyPrice > 0n ? ((averagePrice - spotBuyPrice) * BPS) / spotBuyPrice : undefined;
  // Selling right after the buy pays n · P'/S' with the buyer's ether already in the pool.
  const etherBack = etherIn && tokensOut ? (tokensOut * (pool + etherIn)) / (supply + tokensOut) : undefined;
  const resaleLossBps = etherIn && etherBack !== undefined ? ((etherIn - etherBack) * BPS) / etherIn : undefined;
  const minTokensOut = tokensOut !== undefined ? (tokensOut * (BPS - BigInt(slippageBps))) / BPS : undefined;
  const overBalance = input.amount !== undefined && etherBalance.data !== undefined && input.amount > etherBalance.data.value;
  const problem = input.problem ?? (overBalance ? `You have ${formatAmount(etherBalance.data!.value)} ETH.` : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isConnected) return openConnectModal?.();
    if (input.amount === undefined || minTokensOut === undefined || problem) return;
    const receipt = await buy({ etherIn: input.amount, minTokensOut });
    if (receipt) input.setText("");
  }

  return (
    <TradeCard title="Buy" onSubmit={submit} testId="buy-form">
      <AmountField
        label="You pay"
        unit="ETH"
        value={input.text}
        onChange={input.setText}
        problem={problem}
        hint={etherBalance.data && `Balance: ${formatAmount(etherBalance.data.value)} ETH`}
      />
      <dl className="space-y-1 text-sm">
        <Row label="You receive (estimate)">
          <span data-testid="buy-tokens-out">{tokensOut !== undefined ? `${formatAmount(tokensOut)} tokens` : "—"}</span>
        </Row>
        <Row label="Price per token">{averagePrice !== undefined ? `${formatAmount(averagePrice, 6)} ETH` : "—"}</Row>
        <Row label="Price impact">{impactBps !== undefined ? formatBps(impactBps) : "—"}</Row>
        <Row label={`Minimum received (${formatBps(slippageBps)} slippage)`}>
          {minTokensOut !== undefined ? `${formatAmount(minTokensOut)} tokens` : "—"}
        </Row>
      </dl>
      {averagePrice !== undefined && averagePrice > resaleValue && etherBack !== undefined && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="resale-warning">
          You pay {formatAmount(averagePrice, 6)} ETH per token; selling pays the resale value (pool ÷ supply,{" "}
          {formatAmount(resaleValue, 6)} ETH now). Selling these tokens right away would return about{" "}
          {formatAmount(etherBack, 6)} ETH{resaleLossBps !== undefined && `, ${formatBps(resaleLossBps)} less than you pay`}.
        </p>
      )}
      <SubmitButton
        state={state}
        connected={isConnected}
        disabled={!available || (isConnected && (chainId !== appChainId || minTokensOut === undefined || problem !== undefined))}
      >
        Buy tokens
      </SubmitButton>
      <TransactionStatus state={state} />
    </TradeCard>
  );
}

function SellForm({ slippageBps }: { slippageBps: number }) {
  const { address, isConnected, chainId } = useAccount();
  const { chainId: appChainId } = useRuntimeConfig();
  const { openConnectModal } = useConnectModal();
  const input = useAmountInput();
  const tokens = useDeferredValue(input.amount);
  const quote = useCapitalTokenSellQuote(tokens);
  const balance = useCapitalTokenBalance(address);
  const { sell, state, available } = useSellCapitalTokens();

  const etherOut = tokens !== undefined && tokens === input.amount ? quote.data : undefined;
  const minEtherOut = etherOut !== undefined ? (etherOut * (BPS - BigInt(slippageBps))) / BPS : undefined;
  const overBalance = input.amount !== undefined && balance.data !== undefined && input.amount > balance.data;
  const problem = input.problem ?? (overBalance ? `You hold ${formatAmount(balance.data!)} tokens.` : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isConnected) return openConnectModal?.();
    if (input.amount === undefined || minEtherOut === undefined || problem) return;
    const receipt = await sell({ amount: input.amount, minEtherOut });
    if (receipt) input.setText("");
  }

  return (
    <TradeCard title="Sell" onSubmit={submit} testId="sell-form">
      <AmountField
        label="You sell"
        unit="tokens"
        value={input.text}
        onChange={input.setText}
        problem={problem}
        hint={balance.data !== undefined ? `Balance: ${formatAmount(balance.data)} tokens` : undefined}
        onMax={balance.data ? () => input.setText(formatEther(balance.data)) : undefined}
      />
      <dl className="space-y-1 text-sm">
        <Row label="You receive (estimate)">
          <span data-testid="sell-ether-out">{etherOut !== undefined ? `${formatAmount(etherOut, 6)} ETH` : "—"}</span>
        </Row>
        <Row label={`Minimum received (${formatBps(slippageBps)} slippage)`}>
          {minEtherOut !== undefined ? `${formatAmount(minEtherOut, 6)} ETH` : "—"}
        </Row>
      </dl>
      <SubmitButton
        state={state}
        connected={isConnected}
        disabled={!available || (isConnected && (chainId !== appChainId || minEtherOut === undefined || problem !== undefined))}
      >
        Sell tokens
      </SubmitButton>
      <TransactionStatus state={state} />
    </TradeCard>
  );
}

function TradeCard({
  title,
  onSubmit,
  testId,
  children,
}: {
  title: string;
  onSubmit(event: FormEvent): void;
  testId: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <form
      aria-labelledby={headingId}
      onSubmit={onSubmit}
      noValidate
      data-testid={testId}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </form>
  );
}

function AmountField({
  label,
  unit,
  value,
  onChange,
  problem,
  hint,
  onMax,
}: {
  label: string;
  unit: string;
  value: string;
  onChange(value: string): void;
  problem?: string;
  hint?: string | false;
  onMax?: () => void;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-700">
        {label}
      </label>
      <div className="mt-1 flex items-center gap-2">
        <div className="relative flex-1">
          <input
            id={id}
            inputMode="decimal"
            autoComplete="off"
            placeholder="0.0"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={problem !== undefined}
            aria-describedby={`${id}-message`}
            className={`w-full rounded-md border bg-white px-3 py-2 pr-16 text-lg tabular-nums focus:outline-2 focus:outline-teal-700 ${
              problem ? "border-red-400" : "border-stone-300"
            }`}
          />
          <span className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-stone-500">{unit}</span>
        </div>
        {onMax && (
          <button
            type="button"
            onClick={onMax}
            className="rounded-md border border-stone-300 px-3 py-2 text-sm font-medium hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-teal-700"
          >
            Max
          </button>
        )}
      </div>
      <p id={`${id}-message`} className={`mt-1 min-h-5 text-sm ${problem ? "text-red-700" : "text-stone-500"}`}>
        {problem ?? hint}
      </p>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-4">
      <dt className="text-stone-600">{label}</dt>
      <dd className="text-right font-medium tabular-nums">{children}</dd>
    </div>
  );
}

const busyLabel = { simulating: "Checking…", signing: "Confirm in wallet…", pending: "Waiting for block…" } as const;

function SubmitButton({
  state,
  connected,
  disabled,
  children,
}: {
  state: TransactionState;
  connected: boolean;
  disabled: boolean;
  children: ReactNode;
}) {
  const busy = isBusy(state);
  return (
    <button
      type="submit"
      disabled={busy || disabled}
      className="w-full rounded-md bg-teal-700 px-4 py-2.5 font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:cursor-not-allowed disabled:bg-stone-300 disabled:text-stone-600"
    >
      {!connected ? "Connect wallet" : busy ? busyLabel[state.status as keyof typeof busyLabel] : children}
    </button>
  );
}

function SlippageSetting({ value, onChange }: { value: number; onChange(bps: number): void }) {
  const [custom, setCustom] = useState("");
  const [problem, setProblem] = useState<string>();
  const isPreset = (SLIPPAGE_PRESETS as readonly number[]).includes(value);
  const id = useId();

  function changeCustom(text: string) {
    setCustom(text);
    const percent = Number(text);
    const parsed = slippageBpsSchema.safeParse(Math.round(percent * 100));
    if (text.trim() === "" || Number.isNaN(percent)) return setProblem(text.trim() === "" ? undefined : "Enter a percentage, e.g. 0.5");
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message);
    setProblem(undefined);
    onChange(parsed.data);
  }

  return (
    <fieldset className="flex flex-wrap items-center gap-2 text-sm">
      <legend className="sr-only">Slippage tolerance</legend>
      <span aria-hidden className="text-stone-700">
        Slippage tolerance
      </span>
      {SLIPPAGE_PRESETS.map((bps) => (
        <label
          key={bps}
          className="cursor-pointer rounded-md border border-stone-300 px-2.5 py-1 has-checked:border-teal-700 has-checked:bg-teal-50 has-checked:text-teal-900 has-focus-visible:outline-2 has-focus-visible:outline-teal-700"
        >
          <input
            type="radio"
            name={id}
            className="sr-only"
            checked={value === bps && custom === ""}
            onChange={() => {
              setCustom("");
              setProblem(undefined);
              onChange(bps);
            }}
          />
          {formatBps(bps)}
        </label>
      ))}
      <label className="flex items-center gap-1">
        <span className="sr-only">Custom slippage in percent</span>
        <input
          inputMode="decimal"
          placeholder="Custom"
          value={custom}
          onChange={(event) => changeCustom(event.target.value)}
          aria-invalid={problem !== undefined}
          className={`w-20 rounded-md border px-2 py-1 focus:outline-2 focus:outline-teal-700 ${
            !isPreset && custom !== "" ? "border-teal-700" : "border-stone-300"
          }`}
        />
        %
      </label>
      {problem && <span className="text-red-700">{problem}</span>}
    </fieldset>
  );
}
