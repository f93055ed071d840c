import type { MarketSnapshot } from "@/lib/reads/capital-token";
import { formatAmount } from "@/lib/format";

function Stat({ label, value, unit, hint }: { label: string; value: string; unit: string; hint?: string }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4" data-testid={`stat-${label.toLowerCase().replaceAll(" ", "-")}`}>
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums tracking-tight">
        {value} <span className="text-base font-normal text-stone-500">{unit}</span>
      </dd>
      {hint && <dd className="mt-1 text-xs text-stone-500">{hint}</dd>}
    </div>
  );
}

export function MarketStats({ market }: { market: MarketSnapshot }) {
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="market-stats">
      <Stat label="Pool" value={formatAmount(market.pool)} unit="ETH" hint={`${formatAmount(market.availablePool)} ETH available to projects`} />
      <Stat
        label="Buy price"
        value={formatAmount(market.buyPrice, 6)}
        unit="ETH / token"
        hint={market.buyPrice === market.floorPrice ? "At the floor price" : "Pool ÷ supply"}
      />
      <Stat label="Resale value" value={formatAmount(market.sellPrice, 6)} unit="ETH / token" hint="What selling pays: pool ÷ supply" />
      <Stat label="Supply" value={formatAmount(market.supply, 2)} unit="tokens" />
      <Stat
        label="Total reputation"
        value={market.totalReputation === undefined ? "—" : formatAmount(market.totalReputation, 2)}
        unit="REP"
      />
      <Stat
        label="Being released into the price"
        value={formatAmount(market.etherPending)}
        unit="ETH"
        hint={market.tokensPending > 0n ? `and ${formatAmount(market.tokensPending, 2)} burned tokens` : undefined}
      />
    </dl>
  );
}
