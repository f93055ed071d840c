import { formatEther } from "viem";
import { LineChart } from "@/components/overview/line-chart";
import type { AuctionSummary } from "@/lib/reads/auctions";

const significant = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });
const shortTime = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short" });
const formatValue = (value: number) => significant.format(value);
const formatTime = (seconds: number) => shortTime.format(new Date(seconds * 1000));

/** Every auction's price and volume sold, placed at its start: oldest first, on the server, as SVG. */
export function AuctionCharts({ auctions }: { auctions: AuctionSummary[] }) {
  const shown = auctions.filter((auction) => !auction.cancelled).toSorted((a, b) => Number(a.startsAt - b.startsAt));
  if (shown.length === 0) return null;
  const times = shown.map((auction) => Number(auction.startsAt));
  const ids = shown.map((auction) => auction.id);
  const prices = shown.map((auction) => Number(formatEther(auction.price)));
  const sold = shown.map((auction) => Number(formatEther(auction.sold)));
  const offered = shown.map((auction) => Number(formatEther(auction.offered)));
  return (
    <section aria-label="Price and volume over time" className="grid gap-4 md:grid-cols-2">
      <LineChart
        testId="auction-price-chart"
        title="Price per auction"
        unit="ETH per IBT"
        summary={`${shown.length} auctions by their start: the price went from ${formatValue(prices[0]!)} to ${formatValue(prices.at(-1)!)} ETH per IBT.`}
        times={times}
        blocks={ids}
        pointName="auction"
        blockTimes={false}
        series={[{ name: "Price", values: prices, colorClass: "text-teal-700 fill-teal-700" }]}
        formatValue={formatValue}
        formatTime={formatTime}
      />
      <LineChart
        testId="auction-volume-chart"
        title="Volume per auction"
        unit="IBT"
        summary={`IBT offered and sold in each of the ${shown.length} auctions, by their start: ${formatValue(sold.reduce((a, b) => a + b, 0))} of ${formatValue(offered.reduce((a, b) => a + b, 0))} IBT sold in all.`}
        times={times}
        blocks={ids}
        pointName="auction"
        blockTimes={false}
        series={[
          { name: "Offered", values: offered, colorClass: "text-stone-500 fill-stone-500", dashed: true },
          { name: "Sold", values: sold, colorClass: "text-sky-700 fill-sky-700" },
        ]}
        formatValue={formatValue}
        formatTime={formatTime}
      />
    </section>
  );
}
