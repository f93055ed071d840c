import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatChainTime } from "@/components/ui/time";
import { formatAmount } from "@/lib/format";
import { COMMON_POOL_CLAIM_PERIOD, PRIORITY_WINDOW, readAuction } from "@/lib/reads/auctions";
import { DeadlineCalendarLinks } from "@/components/calendar/deadline-calendar-links";
import type { CalendarDeadline } from "@/lib/todos/calendar";
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
        {auction.phase !== "cancelled" && <DeadlineCalendarLinks deadlines={auctionDeadlines(auction, chainNow)} chainNow={chainNow} testId="auction-calendar" />}
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

/** The auction's windows still ahead on the chain's clock, as calendar deadlines (each a one-event .ics link). */
function auctionDeadlines(auction: { id: bigint; tokenSymbol: string; startsAt: bigint; endsAt: bigint; phase: string }, chainNow: bigint) {
  const href = `/auctions/${auction.id}`;
  const name = `auction #${auction.id} (${auction.tokenSymbol})`;
  const priorityEnds = auction.startsAt + PRIORITY_WINDOW;
  const poolCloses = auction.endsAt + COMMON_POOL_CLAIM_PERIOD;
  const ended = auction.phase === "settled" || chainNow > auction.endsAt;
  const deadlines: (CalendarDeadline & { label: string })[] = [];
  const add = (id: string, label: string, title: string, detail: string, deadline: bigint) => deadlines.push({ id, label, title, detail, deadline, href, deadlineKind: "due" });
  if (!ended && chainNow < priorityEnds) {
    add(
      `auction-priority:${auction.id}`,
      "Add the priority window's end to your calendar (.ics)",
      `SPT holders' priority window of ${name} ends`,
      "Until then only SPT holders bid, each up to its allocation; then the auction opens to everyone.",
      priorityEnds,
    );
  }
  if (!ended) add(`auction-end:${auction.id}`, "Add the auction's end to your calendar (.ics)", `The end of ${name}`, "The last moment to bid; then its claims open.", auction.endsAt);
  if (ended && chainNow < poolCloses) {
    add(
      `auction-pool:${auction.id}`,
      "Add the Common Pool's claim deadline to your calendar (.ics)",
      `Common Pool claims of ${name} close`,
      "SPT holders claim their share of the unsold Common Pool until then.",
      poolCloses,
    );
  }
  return deadlines;
}
