import type { Metadata } from "next";
import { IndexFreshnessNote } from "@/components/index-freshness";
import { PageLink } from "@/components/page-link";
import { CursorPager } from "@/components/ui/cursor-pager";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { ListSearch, countOf } from "@/components/ui/list-search";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatChainTime } from "@/components/ui/time";
import { formatAmount, shortAddress } from "@/lib/format";
import { readBandwidthTokens } from "@/lib/reads/bandwidth-tokens";
import { AUCTION_PHASES, AUCTIONS_SHOWN, HOLDING_PERIOD, readAuctionsPage, type AuctionPhase, type AuctionSummary, type AuctionsQuery } from "@/lib/reads/auctions";
import { AuctionCharts } from "./_components/auction-charts";
import { CreateAuctionIsland } from "./_components/create-auction-island";
import { PHASE_LABELS, PHASE_ORDER } from "./_components/phase";

export const metadata: Metadata = { title: "Auctions" };

type SearchParams = Promise<{ phase?: string; q?: string; after?: string; before?: string }>;

/** Ponder's page cursors are base64 of the row's sort key; anything else is ignored. */
function parseCursor(value: string | undefined): string | undefined {
  return value && value.length <= 500 && /^[A-Za-z0-9+/=_-]+$/.test(value) ? value : undefined;
}

function listHref(query: Pick<AuctionsQuery, "phase" | "search">, page: { after?: string; before?: string } = {}): string {
  const params = new URLSearchParams();
  if (query.phase) params.set("phase", query.phase);
  if (query.search) params.set("q", query.search);
  if (page.after) params.set("after", page.after);
  if (page.before) params.set("before", page.before);
  const text = params.toString();
  return text ? `/auctions?${text}` : "/auctions";
}

export default async function AuctionsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const after = parseCursor(params.after);
  const query: AuctionsQuery = {
    phase: AUCTION_PHASES.find((phase) => phase === params.phase),
    search: (params.q ?? "").trim().slice(0, 100),
    after,
    before: after ? undefined : parseCursor(params.before),
  };
  const [read, tokens] = await Promise.all([readAuctionsPage(query), readBandwidthTokens()]);
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
      <IndexFreshnessNote freshness={read.freshness} fallback={`read from the chain directly (the newest ${AUCTIONS_SHOWN} auctions)`} />
      {read.status === "ok" ? (
        <>
          {read.saleFinalizedAt === 0n ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
              The SPT sale is not finalized yet: auctions open only 7 days after it is.
            </p>
          ) : null}
          <AuctionCharts auctions={read.chartAuctions} />
          <AuctionFilters query={query} total={read.total} />
          {read.auctions.length === 0 ? (
            <p className="text-stone-600">{query.phase || query.search ? "No auction matches." : "No auction yet."}</p>
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
          {read.pageInfo ? (
            <CursorPager pageInfo={read.pageInfo} href={(cursor) => listHref(query, cursor)} testId="auction-pager" />
          ) : (
            read.allCount > AUCTIONS_SHOWN && <p className="text-sm text-stone-600">Among the newest {AUCTIONS_SHOWN} of {read.allCount} auctions.</p>
          )}
          <CreateAuctionIsland
            chainNow={read.formNow}
            earliestStart={read.saleFinalizedAt === 0n ? 0n : read.saleFinalizedAt + HOLDING_PERIOD}
            saleFinalized={read.saleFinalizedAt !== 0n}
            tokens={tokens.status === "ok" ? tokens.formTokens.map(({ address, symbol, operator, auctionMints, deliveryEnd }) => ({ address, symbol, operator, auctionMints, deliveryEnd })) : []}
            investments={tokens.status === "ok" ? tokens.investments : []}
          />
        </>
      ) : (
        <ChainUnavailableNotice read={read} contract="auction contract" />
      )}
    </div>
  );
}

const PHASE_FILTERS: { phase: AuctionPhase | undefined; label: string }[] = [
  { phase: undefined, label: "All" },
  ...PHASE_ORDER.map((phase) => ({ phase, label: PHASE_LABELS[phase] })),
];

/** Phase links (each a plain link, so they work without script) and a search by id, operator, token or symbol. */
function AuctionFilters({ query, total }: { query: AuctionsQuery; total: number }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <nav aria-label="Filter by phase">
        <ul className="flex flex-wrap gap-1.5 text-sm">
          {PHASE_FILTERS.map(({ phase, label }) => (
            <li key={label}>
              <PageLink
                href={listHref({ phase, search: query.search })}
                aria-current={phase === query.phase ? "page" : undefined}
                className={`block rounded-full border px-3 py-1 focus-visible:outline-2 focus-visible:outline-teal-700 ${
                  phase === query.phase ? "border-teal-700 bg-teal-50 font-semibold text-teal-900" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-50"
                }`}
              >
                {label}
              </PageLink>
            </li>
          ))}
        </ul>
      </nav>
      <ListSearch
        action="/auctions"
        label="Search auctions"
        hidden={{ phase: query.phase }}
        field="Id, operator, token or symbol"
        value={query.search}
        count={{ testId: "auction-count", text: countOf(total, "auction") }}
      />
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
