"use client";

import { lazy, type FormEvent } from "react";
import { useRequestConnect, WalletIsland } from "@/components/wallet/wallet-root";
import { AmountField, BuyQuote, DEFAULT_SLIPPAGE_BPS, SellQuote, SlippageFieldset, SubmitButton, TradeCard, TradeLayout } from "./trade-form";

const TradePanel = lazy(() => import("./trade-panel"));

/** Prices come from the server render (wei per whole token); the panel quotes live from the chain. */
export function TradePanelIsland(props: { spotBuyPrice: bigint; resaleValue: bigint; pool: bigint; supply: bigint }) {
  return (
    <WalletIsland fallback={<TradePanelPreview walletExpected />} disconnected={<TradePanelPreview walletExpected={false} />}>
      <TradePanel {...props} />
    </WalletIsland>
  );
}

/**
 * The forms as they look before the wallet stack is there: inert, with a way to connect unless a wallet
 * is about to be restored. Any touch of the page loads the stack, which replaces them within a moment
 * with the live ones; their fields take no typing until then, so nothing typed is lost in the swap.
 */
function TradePanelPreview({ walletExpected }: { walletExpected: boolean }) {
  const requestConnect = useRequestConnect();
  const connect = (event: FormEvent) => {
    event.preventDefault();
    if (!walletExpected) requestConnect();
  };
  const hint = "Quotes appear once the page is ready.";
  const button = (action: string) => <SubmitButton disabled={walletExpected}>{walletExpected ? action : "Connect wallet"}</SubmitButton>;
  return (
    <TradeLayout
      slippage={<SlippageFieldset value={DEFAULT_SLIPPAGE_BPS} custom="" disabled />}
      buy={
        <TradeCard title="Buy" onSubmit={connect}>
          <AmountField label="You pay" unit="ETH" value="" hint={hint} disabled />
          <BuyQuote slippageBps={DEFAULT_SLIPPAGE_BPS} />
          {button("Buy tokens")}
        </TradeCard>
      }
      sell={
        <TradeCard title="Sell" onSubmit={connect}>
          <AmountField label="You sell" unit="tokens" value="" hint={hint} disabled />
          <SellQuote slippageBps={DEFAULT_SLIPPAGE_BPS} />
          {button("Sell tokens")}
        </TradeCard>
      }
    />
  );
}
