"use client";

import { useId, type FormEvent, type ReactNode } from "react";
import { formatAmount, formatBps } from "@/lib/format";

// The trade forms' markup without the wallet stack: the live panel fills it in, and before the stack is
// there the page shows the same forms inert (`TradePanelPreview`), so nothing moves when it arrives.

export const SLIPPAGE_PRESETS = [50, 100, 200] as const;
export const DEFAULT_SLIPPAGE_BPS = 100;

export function TradeLayout({ slippage, buy, sell }: { slippage: ReactNode; buy: ReactNode; sell: ReactNode }) {
  return (
    <div className="space-y-4">
      {slippage}
      <div className="grid gap-4 md:grid-cols-2">
        {buy}
        {sell}
      </div>
    </div>
  );
}

export function TradeCard({
  title,
  onSubmit,
  testId,
  children,
}: {
  title: string;
  onSubmit(event: FormEvent): void;
  testId?: string;
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

export function AmountField({
  label,
  unit,
  value,
  onChange,
  problem,
  hint,
  onMax,
  disabled = false,
}: {
  label: string;
  unit: string;
  value: string;
  onChange?(value: string): void;
  problem?: string;
  hint?: string | false;
  onMax?: () => void;
  disabled?: boolean;
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
            disabled={disabled}
            onChange={(event) => onChange?.(event.target.value)}
            aria-invalid={problem !== undefined}
            aria-describedby={`${id}-message`}
            className={`w-full rounded-md border bg-white px-3 py-2 pr-16 text-lg tabular-nums focus:outline-2 focus:outline-teal-700 disabled:bg-stone-50 ${
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

/** The buy form's estimate; a dash for what is not known yet. */
export function BuyQuote({
  slippageBps,
  tokensOut,
  averagePrice,
  impactBps,
  minTokensOut,
}: {
  slippageBps: number;
  tokensOut?: bigint;
  averagePrice?: bigint;
  impactBps?: bigint;
  minTokensOut?: bigint;
}) {
  return (
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
  );
}

/** The sell form's estimate; a dash for what is not known yet. */
export function SellQuote({ slippageBps, etherOut, minEtherOut }: { slippageBps: number; etherOut?: bigint; minEtherOut?: bigint }) {
  return (
    <dl className="space-y-1 text-sm">
      <Row label="You receive (estimate)">
        <span data-testid="sell-ether-out">{etherOut !== undefined ? `${formatAmount(etherOut, 6)} ETH` : "—"}</span>
      </Row>
      <Row label={`Minimum received (${formatBps(slippageBps)} slippage)`}>
        {minEtherOut !== undefined ? `${formatAmount(minEtherOut, 6)} ETH` : "—"}
      </Row>
    </dl>
  );
}

export function SubmitButton({ disabled = false, children }: { disabled?: boolean; children: ReactNode }) {
  return (
    <button
      type="submit"
      disabled={disabled}
      className="w-full rounded-md bg-teal-700 px-4 py-2.5 font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:cursor-not-allowed disabled:bg-stone-300 disabled:text-stone-600"
    >
      {children}
    </button>
  );
}

/** The slippage presets and a custom field; the live panel validates what is typed into it. */
export function SlippageFieldset({
  value,
  custom,
  problem,
  onPreset,
  onCustom,
  disabled = false,
}: {
  value: number;
  custom: string;
  problem?: string;
  onPreset?(bps: number): void;
  onCustom?(text: string): void;
  disabled?: boolean;
}) {
  const isPreset = (SLIPPAGE_PRESETS as readonly number[]).includes(value);
  const id = useId();
  return (
    <fieldset disabled={disabled} className="flex flex-wrap items-center gap-2 text-sm">
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
            onChange={() => onPreset?.(bps)}
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
          onChange={(event) => onCustom?.(event.target.value)}
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
