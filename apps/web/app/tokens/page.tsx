import type { Metadata } from "next";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { formatAmount } from "@/lib/format";
import { readMarket } from "@/lib/reads/capital-token";
import { TradePanelIsland } from "./_components/trade-panel-island";

export const metadata: Metadata = { title: "Tokens" };

export default async function TokensPage() {
  const read = await readMarket();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Capital tokens</h1>
        <p className="mt-1 text-stone-600">
          Buying adds all your ether to the pool. Selling burns tokens for their share of the pool.
        </p>
      </div>
      {read.status === "ok" ? (
        <>
          <p className="text-sm text-stone-700">
            Buy price <strong className="tabular-nums">{formatAmount(read.market.buyPrice, 6)} ETH</strong> · resale value{" "}
            <strong className="tabular-nums">{formatAmount(read.market.sellPrice, 6)} ETH</strong> per token · pool{" "}
            <strong className="tabular-nums">{formatAmount(read.market.pool)} ETH</strong>
          </p>
          <TradePanelIsland
            spotBuyPrice={read.market.buyPrice}
            resaleValue={read.market.sellPrice}
            pool={read.market.pool}
            supply={read.market.supply}
          />
        </>
      ) : (
        <ChainUnavailableNotice read={read} contract="capital token" />
      )}
    </div>
  );
}
