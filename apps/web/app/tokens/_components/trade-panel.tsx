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
import { useDeferredValue, useState, type FormEvent, type ReactNode } from "react";
import { formatEther } from "viem";
import { useAccount, useBalance } from "wagmi";
import { TransactionStatus } from "@/components/ui/form-controls";
import { useRuntimeConfig } from "@/components/runtime-config";
import { formatAmount, formatBps } from "@/lib/format";
import {
  AmountField,
  BuyQuote,
  DEFAULT_SLIPPAGE_BPS,
  SellQuote,
  SlippageFieldset,
  SubmitButton,
  TradeCard,
  TradeLayout,
} from "./trade-form";

const WAD = 10n ** 18n;
const BPS = 10_000n;

/** The market as the server read it: wei per whole token, and the effective pool and supply. */
type Props = { spotBuyPrice: bigint; resaleValue: bigint; pool: bigint; supply: bigint };

export default function TradePanel(market: Props) {
  const [slippageBps, setSlippageBps] = useState<number>(DEFAULT_SLIPPAGE_BPS);
  return (
    <TradeLayout
      slippage={<SlippageSetting value={slippageBps} onChange={setSlippageBps} />}
      buy={<BuyForm slippageBps={slippageBps} {...market} />}
      sell={<SellForm slippageBps={slippageBps} />}
    />
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
      <BuyQuote
        slippageBps={slippageBps}
        tokensOut={tokensOut}
        averagePrice={averagePrice}
        impactBps={impactBps}
        minTokensOut={minTokensOut}
      />
      {averagePrice !== undefined && averagePrice > resaleValue && etherBack !== undefined && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="resale-warning">
          You pay {formatAmount(averagePrice, 6)} ETH per token; selling pays the resale value (pool ÷ supply,{" "}
          {formatAmount(resaleValue, 6)} ETH now). Selling these tokens right away would return about{" "}
          {formatAmount(etherBack, 6)} ETH{resaleLossBps !== undefined && `, ${formatBps(resaleLossBps)} less than you pay`}.
        </p>
      )}
      <TradeButton
        state={state}
        connected={isConnected}
        disabled={!available || (isConnected && (chainId !== appChainId || minTokensOut === undefined || problem !== undefined))}
      >
        Buy tokens
      </TradeButton>
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
      <SellQuote slippageBps={slippageBps} etherOut={etherOut} minEtherOut={minEtherOut} />
      <TradeButton
        state={state}
        connected={isConnected}
        disabled={!available || (isConnected && (chainId !== appChainId || minEtherOut === undefined || problem !== undefined))}
      >
        Sell tokens
      </TradeButton>
      <TransactionStatus state={state} />
    </TradeCard>
  );
}

const busyLabel = { simulating: "Checking…", signing: "Confirm in wallet…", pending: "Waiting for block…" } as const;

/** The form's button: connect first, then the action, or what the pending transaction is waiting for. */
function TradeButton({
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
    <SubmitButton disabled={busy || disabled}>
      {!connected ? "Connect wallet" : busy ? busyLabel[state.status as keyof typeof busyLabel] : children}
    </SubmitButton>
  );
}

function SlippageSetting({ value, onChange }: { value: number; onChange(bps: number): void }) {
  const [custom, setCustom] = useState("");
  const [problem, setProblem] = useState<string>();

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
    <SlippageFieldset
      value={value}
      custom={custom}
      problem={problem}
      onCustom={changeCustom}
      onPreset={(bps) => {
        setCustom("");
        setProblem(undefined);
        onChange(bps);
      }}
    />
  );
}
