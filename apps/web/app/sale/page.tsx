import type { Metadata } from "next";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { formatChainTime } from "@/components/ui/time";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatAmount, formatCount } from "@/lib/format";
import { readSale, type SaleSnapshot } from "@/lib/reads/platform-sale";
import { SaleIsland } from "./_components/sale-island";

export const metadata: Metadata = { title: "SPT sale" };

export default async function SalePage() {
  const read = await readSale();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Platform token sale</h1>
        <p className="text-stone-600">
          SPT holders bid alone for the first 48 hours of every bandwidth auction, each up to its share of the SPT
          supply, and share 0.9% of every auction&apos;s IBT in the Common Pool. The sale sells a fixed supply at a fixed
          rate until its deadline; whatever is unsold then is burned, and auctions open only after that.
        </p>
      </div>
      {read.status === "ok" ? (
        <>
          <SaleOverview sale={read.sale} />
          <SaleIsland
            rate={read.sale.rate}
            remaining={read.sale.remaining}
            closesAt={read.sale.closesAt}
            finalized={read.sale.finalized}
            proceedsHeld={read.sale.proceedsHeld}
            chainNow={read.sale.chainNow}
          />
        </>
      ) : (
        <ChainUnavailableNotice read={read} contract="SPT sale" />
      )}
    </div>
  );
}

function SaleOverview({ sale }: { sale: SaleSnapshot }) {
  const open = !sale.finalized && sale.chainNow <= sale.closesAt && sale.remaining > 0n;
  const raised = sale.rate > 0n ? sale.sold / sale.rate : 0n;
  return (
    <section aria-label="The sale" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="sale-overview">
      <p className="text-stone-700">
        <strong className="tabular-nums">{formatCount(sale.rate)} SPT</strong> per ETH ·{" "}
        <span data-testid="sale-status">
          {sale.finalized
            ? `Finalized: ${formatAmount(sale.sold)} SPT sold; the unsold were burned, so the supply is ${formatAmount(sale.sptSupply)} SPT.`
            : open
              ? `Open until ${formatChainTime(sale.closesAt)}.`
              : `Closed at ${formatChainTime(sale.closesAt)}: anyone may finalize it now.`}
        </span>
      </p>
      <ProgressBar
        label="Sold"
        value={sale.sold}
        target={sale.cap}
        detail={`${formatAmount(sale.sold)} of ${formatAmount(sale.cap)} SPT`}
      />
      <p className="text-sm text-stone-600" data-testid="sale-proceeds">
        Raised {formatAmount(raised)} ETH
        {sale.proceedsHeld > 0n
          ? `; the sale holds ${formatAmount(sale.proceedsHeld)} ETH until it is finalized and sent to the treasury.`
          : sale.finalized && raised > 0n
            ? ", sent to the treasury."
            : "."}
      </p>
    </section>
  );
}
