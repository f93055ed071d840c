import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatChainTime } from "@/components/ui/time";
import { formatAmount, shortAddress } from "@/lib/format";
import { readBandwidthTokens } from "@/lib/reads/bandwidth-tokens";
import { AUCTIONS_SHOWN, HOLDING_PERIOD, readAuctions, type AuctionSummary } from "@/lib/reads/auctions";
import { AuctionCharts } from "./_components/auction-charts";
import { CreateAuctionIsland } from "./_components/create-auction-island";
import { PHASE_LABELS, PHASE_ORDER } from "./_components/phase";

export const metadata: Metadata = { title: "Auctions" };

export default async function AuctionsPage() {
  const [read, tokens] = await Promise.all([readAuctions(), readBandwidthTokens()]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Bandwidth auctions</h1>
        <p className="text-stone-600">
          Operators sell bandwidth tokens (IBT) at a fixed price to raise up to half of an investment. For the first 48
          hours only SPT holders bid, each up to its share of the SPT supply; then anyone, until sold out. 0.9% of the IBT
          sold goes to the Common Pool, which SPT holders claim.
        </p>
      </div>
      {read.status === "ok" ? (
        <>
          {read.saleFinalizedAt === 0n ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
              The SPT sale is not finalized yet: auctions open only 7 days after it is.
            </p>
          ) : null}
          <AuctionCharts auctions={read.auctions} />
          {read.auctions.length === 0 ? (
            <p className="text-stone-600">No auction yet.</p>
          ) : (
            PHASE_ORDER.map((phase) => {
              const auctions = read.auctions.filter((auction) => auction.phase === phase);
              if (auctions.length === 0) return null;
              return (
                <section key={phase} aria-labelledby={`phase-${phase}`} className="space-y-3" data-testid={`auctions-${phase}`}>
                  <h2 id={`phase-${phase}`} className="text-lg font-semibold">
                    {PHASE_LABELS[phase]}
                  </h2>
                  <ul className="grid gap-3 sm:grid-cols-2">
                    {auctions.map((auction) => (
                      <AuctionCard key={auction.id.toString()} auction={auction} />
                    ))}
                  </ul>
                </section>
              );
            })
          )}
          {read.total > BigInt(AUCTIONS_SHOWN) && <p className="text-sm text-stone-600">The newest {AUCTIONS_SHOWN} of {read.total.toString()} auctions.</p>}
          <CreateAuctionIsland
            chainNow={read.chainNow}
            earliestStart={read.saleFinalizedAt === 0n ? 0n : read.saleFinalizedAt + HOLDING_PERIOD}
            saleFinalized={read.saleFinalizedAt !== 0n}
            tokens={tokens.status === "ok" ? tokens.tokens.map(({ address, symbol, operator, auctionMints, deliveryEnd }) => ({ address, symbol, operator, auctionMints, deliveryEnd })) : []}
            investments={tokens.status === "ok" ? tokens.investments : []}
          />
        </>
      ) : (
        <ChainUnavailableNotice read={read} contract="auction contract" />
      )}
    </div>
  );
}

function AuctionCard({ auction }: { auction: AuctionSummary }) {
  return (
    <li className="space-y-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="auction-card">
      <PageLink href={`/auctions/${auction.id}`} className="font-semibold text-teal-800 underline-offset-2 hover:underline">
        Auction #{auction.id.toString()}: {auction.tokenSymbol}
      </PageLink>
      <p className="text-sm text-stone-600">
        {formatAmount(auction.price)} ETH per IBT · operator <span className="font-mono">{shortAddress(auction.operator)}</span>
      </p>
      <p className="text-sm text-stone-600">
        {formatChainTime(auction.startsAt)} – {formatChainTime(auction.endsAt)}
      </p>
      <ProgressBar label={`Auction #${auction.id} sold`} value={auction.sold} target={auction.offered} detail={`${formatAmount(auction.sold)} of ${formatAmount(auction.offered)} IBT`} />
    </li>
  );
}
