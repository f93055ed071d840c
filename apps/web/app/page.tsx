import { MarketStats, MarketUnavailable } from "@/components/market-stats";
import { readMarket } from "@/lib/reads/capital-token";

export default async function OverviewPage() {
  const read = await readMarket();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Overview</h1>
        <p className="mt-1 text-stone-600">
          The community pool funds the projects members propose. Capital tokens are bought into it and sold back at
          the pool&apos;s value per token.
        </p>
      </div>
      {read.status === "ok" ? (
        <>
          <MarketStats market={read.market} />
          <p className="text-xs text-stone-500">As of block {read.market.blockNumber.toString()}.</p>
        </>
      ) : (
        <MarketUnavailable read={read} />
      )}
    </div>
  );
}
