import type { Metadata } from "next";
import { IndexFreshnessNote } from "@/components/index-freshness";
import { PageLink } from "@/components/page-link";
import { CursorPager } from "@/components/ui/cursor-pager";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { ListSearch, countOf } from "@/components/ui/list-search";
import { formatChainTime } from "@/components/ui/time";
import { formatAmount, shortAddress } from "@/lib/format";
import { readBandwidthTokens, type BandwidthTokensQuery } from "@/lib/reads/bandwidth-tokens";
import { BandwidthTokensIsland } from "./_components/bandwidth-tokens-island";

export const metadata: Metadata = { title: "Bandwidth tokens" };

type SearchParams = Promise<{ q?: string; after?: string; before?: string }>;

/** Ponder's page cursors are base64 of the row's sort key; anything else is ignored. */
function parseCursor(value: string | undefined): string | undefined {
  return value && value.length <= 500 && /^[A-Za-z0-9+/=_-]+$/.test(value) ? value : undefined;
}

function listHref(search: string, page: { after?: string; before?: string }): string {
  const params = new URLSearchParams();
  if (search) params.set("q", search);
  if (page.after) params.set("after", page.after);
  if (page.before) params.set("before", page.before);
  return `/bandwidth-tokens?${params.toString()}`;
}

export default async function BandwidthTokensPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const after = parseCursor(params.after);
  const query: BandwidthTokensQuery = { search: (params.q ?? "").trim().slice(0, 100), after, before: after ? undefined : parseCursor(params.before) };
  const read = await readBandwidthTokens(query);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Bandwidth tokens</h1>
        <p className="text-stone-600">
          Each operator issues its own Internet Bandwidth Token (IBT): 1 IBT is 1 TB of bandwidth it delivers within the
          token&apos;s delivery period. Operators sell them in auctions to raise up to half of a recorded investment.
        </p>
      </div>
      <IndexFreshnessNote freshness={read.freshness} fallback="read from the chain directly (the tokens created in its last 50,000 blocks)" />
      {read.status === "ok" ? (
        <>
          <section aria-labelledby="tokens-heading" className="space-y-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <h2 id="tokens-heading" className="text-lg font-semibold">
                Tokens
              </h2>
              <ListSearch
                action="/bandwidth-tokens"
                label="Search tokens"
                field="Name, symbol, address or operator"
                value={query.search}
                count={{ testId: "bandwidth-token-count", text: countOf(read.total, "token") }}
              />
            </div>
            {read.tokens.length === 0 ? (
              <p className="text-stone-600">{query.search ? "No token matches." : "No operator has created a bandwidth token yet."}</p>
            ) : (
              <ul className="grid gap-3 sm:grid-cols-2" data-testid="bandwidth-token-list">
                {read.tokens.map((token) => (
                  <li key={token.address} className="rounded-lg border border-stone-200 bg-white p-4">
                    <PageLink href={`/bandwidth-tokens/${token.address}`} className="font-semibold text-teal-800 underline-offset-2 hover:underline">
                      {token.name} ({token.symbol})
                    </PageLink>
                    <p className="mt-1 text-sm text-stone-600">
                      {formatAmount(token.totalSupply)} IBT issued · operator <span className="font-mono">{shortAddress(token.operator)}</span>
                    </p>
                    <p className="text-sm text-stone-600">
                      Delivered {formatChainTime(token.deliveryStart)} – {formatChainTime(token.deliveryEnd)}
                    </p>
                    <p className="text-sm text-stone-600">{token.auctionMints ? "The auctions may mint it." : "The auctions may not mint it yet."}</p>
                  </li>
                ))}
              </ul>
            )}
            {read.windowLimited && <p className="text-sm text-stone-600">Only tokens created in the last 50,000 blocks are listed.</p>}
            {read.pageInfo && <CursorPager pageInfo={read.pageInfo} href={(cursor) => listHref(query.search, cursor)} testId="bandwidth-token-pager" />}
          </section>
          <BandwidthTokensIsland
            chainNow={read.chainNow}
            investments={read.investments.map((investment) => ({ ...investment }))}
            tokens={read.formTokens.map(({ address, symbol, operator, auctionMints }) => ({ address, symbol, operator, auctionMints }))}
          />
        </>
      ) : (
        <ChainUnavailableNotice read={read} contract="bandwidth token factory" />
      )}
    </div>
  );
}
