import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatChainTime } from "@/components/ui/time";
import { formatAmount } from "@/lib/format";
import { COMMON_POOL_CLAIM_PERIOD, readAuction } from "@/lib/reads/auctions";
import { PHASE_LABELS } from "../_components/phase";
import { AuctionIsland } from "./_components/auction-island";
import { PhaseCountdown } from "./_components/phase-countdown";

export const metadata: Metadata = { title: "Auction" };

export default async function AuctionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,20}$/.test(id)) notFound();
  const read = await readAuction(BigInt(id));
  if (read.status === "not-found") notFound();
  if (read.status !== "ok") return <ChainUnavailableNotice read={read} contract="auction contract" />;
  const { auction, tokenName, deliveryStart, deliveryEnd, commonPool, sptSupplyAtStart, chainNow } = read;
  const over = auction.phase === "settled" || auction.phase === "cancelled";
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm">
          <PageLink href="/auctions" className="text-teal-800 underline">
            All auctions
          </PageLink>
        </p>
        <h1 className="text-2xl font-bold tracking-tight">
          Auction #{auction.id.toString()}: {auction.tokenSymbol}
        </h1>
        <p className="text-stone-600">
          <PageLink href={`/bandwidth-tokens/${auction.token}`} className="text-teal-800 underline">
            {tokenName}
          </PageLink>
          , delivered {formatChainTime(deliveryStart)} – {formatChainTime(deliveryEnd)}.
        </p>
      </div>
      <section aria-label="The auction" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="auction-overview">
        <p className="text-stone-700">
          <strong data-testid="auction-phase">{PHASE_LABELS[auction.phase]}</strong> · {formatAmount(auction.price)} ETH per IBT ·{" "}
          {formatChainTime(auction.startsAt)} – {formatChainTime(auction.endsAt)}
        </p>
        {auction.phase !== "cancelled" && <PhaseCountdown chainNow={chainNow} startsAt={auction.startsAt} endsAt={auction.endsAt} over={over} />}
        <ProgressBar label="Sold" value={auction.sold} target={auction.offered} detail={`${formatAmount(auction.sold)} of ${formatAmount(auction.offered)} IBT`} />
        <p className="text-sm text-stone-600" data-testid="auction-raised">
          Raised {formatAmount(auction.raised)} ETH{auction.proceedsClaimed ? ", paid to the operator" : ""}. Common Pool:{" "}
          {formatAmount(commonPool)} IBT, {formatAmount(auction.commonPoolClaimed)} claimed
          {over ? `; holders claim until ${formatChainTime(auction.endsAt + COMMON_POOL_CLAIM_PERIOD)}` : ""}.
        </p>
      </section>
      {auction.phase !== "cancelled" && (
        <AuctionIsland
          auctionId={auction.id}
          operator={auction.operator}
          phase={auction.phase}
          price={auction.price}
          remaining={auction.offered - auction.sold}
          sold={auction.sold}
          commonPool={commonPool}
          commonPoolClaimed={auction.commonPoolClaimed}
          commonPoolClosesAt={auction.endsAt + COMMON_POOL_CLAIM_PERIOD}
          sptSupplyAtStart={sptSupplyAtStart}
          proceedsClaimed={auction.proceedsClaimed}
          raised={auction.raised}
          chainNow={chainNow}
        />
      )}
    </div>
  );
}
