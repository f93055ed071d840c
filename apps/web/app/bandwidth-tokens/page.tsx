import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { formatChainTime } from "@/components/ui/time";
import { formatAmount, shortAddress } from "@/lib/format";
import { readBandwidthTokens } from "@/lib/reads/bandwidth-tokens";
import { BandwidthTokensIsland } from "./_components/bandwidth-tokens-island";

export const metadata: Metadata = { title: "Bandwidth tokens" };

export default async function BandwidthTokensPage() {
  const read = await readBandwidthTokens();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Bandwidth tokens</h1>
        <p className="text-stone-600">
          Each operator issues its own Internet Bandwidth Token (IBT): 1 IBT is 1 TB of bandwidth it delivers within the
          token&apos;s delivery period. Operators sell them in auctions to raise up to half of a recorded investment.
        </p>
      </div>
      {read.status === "ok" ? (
        <>
          <section aria-labelledby="tokens-heading" className="space-y-3">
            <h2 id="tokens-heading" className="text-lg font-semibold">
              Tokens
            </h2>
            {read.tokens.length === 0 ? (
              <p className="text-stone-600">No operator has created a bandwidth token yet.</p>
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
          </section>
          <BandwidthTokensIsland
            chainNow={read.chainNow}
            investments={read.investments.map((investment) => ({ ...investment }))}
            tokens={read.tokens.map(({ address, symbol, operator, auctionMints }) => ({ address, symbol, operator, auctionMints }))}
          />
        </>
      ) : (
        <ChainUnavailableNotice read={read} contract="bandwidth token factory" />
      )}
    </div>
  );
}
