import { formatEther } from "viem";
import { formatAmount } from "@/lib/format";
import { IndexFreshnessNote } from "@/components/index-freshness";
import { HISTORY_BLOCKS, HISTORY_CHANGES, INDEXED_CHANGES, type MarketHistory, type MarketHistoryRead } from "@/lib/reads/market-history";
import { LineChart } from "./line-chart";

const significant = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });
const shortTime = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
const fullTime = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", dateStyle: "medium", timeStyle: "short" });

const toEther = (wei: bigint) => Number(formatEther(wei));
const formatValue = (value: number) => significant.format(value);
const formatShortTime = (seconds: number) => shortTime.format(new Date(seconds * 1000));
const formatFullTime = (seconds: number) => `${fullTime.format(new Date(seconds * 1000))} UTC`;

/** "rose from 1 to 2", "fell from 2 to 1", "stayed at 1". */
function movement(from: number, to: number): string {
  if (from === to) return `stayed at ${formatValue(to)}`;
  return `${to > from ? "rose" : "fell"} from ${formatValue(from)} to ${formatValue(to)}`;
}

export function MarketCharts({ read }: { read: MarketHistoryRead }) {
  return (
    <section aria-labelledby="market-history-heading" className="space-y-3" data-testid="market-history">
      <h2 id="market-history-heading" className="text-lg font-semibold">
        Over time
      </h2>
      {read.status === "ok" && read.history.points.length > 1 ? (
        <Charts history={read.history} />
      ) : (
        <p className="text-sm text-stone-700">
          {read.status === "ok"
            ? "No buys, sales or releases in the blocks read yet: the charts start with the first one."
            : "The chain did not answer the history reads; the charts are left out."}
        </p>
      )}
      {read.status === "ok" && <Bounds history={read.history} />}
      {read.freshness && <IndexFreshnessNote freshness={read.freshness} fallback={`scanned from the chain's last ${HISTORY_BLOCKS.toLocaleString("en-US")} blocks`} />}
    </section>
  );
}

function Charts({ history }: { history: MarketHistory }) {
  const { points } = history;
  const times = points.map((point) => Number(point.timestamp));
  const blocks = points.map((point) => point.blockNumber);
  const buy = points.map((point) => toEther(point.buyPrice));
  const resale = points.map((point) => toEther(point.sellPrice));
  const pool = points.map((point) => toEther(point.pool));
  const span = `over ${points.length - 1} ${points.length === 2 ? "change" : "changes"} between ${formatFullTime(times[0]!)} and ${formatFullTime(times.at(-1)!)}`;

  return (
    <>
      <div className="grid gap-3 md:grid-cols-2">
        <LineChart
          testId="price-chart"
          title="Buy price and resale value"
          unit="ETH per token"
          summary={`The resale value (pool ÷ supply) ${movement(resale[0]!, resale.at(-1)!)} ETH per token and the buy price ${movement(buy[0]!, buy.at(-1)!)}, ${span}.`}
          times={times}
          blocks={blocks}
          series={[
            { name: "Buy price", values: buy, colorClass: "text-amber-700 fill-amber-700", dashed: true },
            { name: "Resale value", values: resale, colorClass: "text-teal-700 fill-teal-700" },
          ]}
          formatValue={formatValue}
          formatTime={formatShortTime}
        />
        <LineChart
          testId="pool-chart"
          title="Pool"
          unit="ETH"
          summary={`The pool ${movement(pool[0]!, pool.at(-1)!)} ETH, ${span}.`}
          times={times}
          blocks={blocks}
          series={[{ name: "Pool", values: pool, colorClass: "text-teal-700 fill-teal-700" }]}
          formatValue={formatValue}
          formatTime={formatShortTime}
        />
      </div>
      <details className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
        <summary className="cursor-pointer font-medium text-stone-800">The numbers behind the charts</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left tabular-nums" data-testid="market-history-table">
            <thead className="text-stone-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Block</th>
                <th scope="col" className="py-1 pr-3 font-medium">Time</th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">Pool (ETH)</th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">Supply</th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">Buy price</th>
                <th scope="col" className="py-1 text-right font-medium">Resale value</th>
              </tr>
            </thead>
            <tbody>
              {[...points].reverse().map((point) => (
                <tr key={point.blockNumber.toString()} data-block={point.blockNumber.toString()} className="border-t border-stone-100">
                  <th scope="row" className="py-1 pr-3 font-normal">{point.blockNumber.toString()}</th>
                  <td className="py-1 pr-3">{formatFullTime(Number(point.timestamp))}</td>
                  <td className="py-1 pr-3 text-right">{formatAmount(point.pool)}</td>
                  <td className="py-1 pr-3 text-right">{formatAmount(point.supply, 2)}</td>
                  <td className="py-1 pr-3 text-right">{formatAmount(point.buyPrice, 6)}</td>
                  <td className="py-1 text-right">{formatAmount(point.sellPrice, 6)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

/** Says what was read, so nobody mistakes a bounded window for the whole history. */
function Bounds({ history }: { history: MarketHistory }) {
  if (history.source === "indexer") {
    return (
      <p className="text-xs text-stone-600" data-testid="market-history-bounds">
        Built from the index of the capital token&apos;s events, blocks {history.fromBlock.toString()}–{history.toBlock.toString()}: every
        change since deployment{history.changesCapped ? `, the ${INDEXED_CHANGES} newest shown` : ""}, each point being the state after a
        change.
      </p>
    );
  }
  return (
    <p className="text-xs text-stone-600" data-testid="market-history-bounds">
      Built on the server from the capital token&apos;s events in blocks {history.fromBlock.toString()}–{history.toBlock.toString()}: at most
      the last {HISTORY_BLOCKS.toLocaleString("en-US")} blocks and the {HISTORY_CHANGES} newest changes, each point being the state after a
      change.
      {history.windowLimited && ` Changes before block ${history.fromBlock} are not shown.`}
      {history.changesCapped && ` More changes happened in these blocks than are shown.`}
      {history.unservedPoints > 0 &&
        ` ${history.unservedPoints} ${history.unservedPoints === 1 ? "point is" : "points are"} missing: the node keeps no state that old.`}
    </p>
  );
}
