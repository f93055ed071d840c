import { disputeCourtAbi } from "@scipio/sdk/abi";
import type { Metadata } from "next";
import { IndexFreshnessNote } from "@/components/index-freshness";
import { ConsumptionIsland } from "@/components/operations/consumption-island";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { formatChainTime } from "@/components/ui/time";
import { periodDeadlines, readConsumption, type ConsumptionEntry } from "@/lib/reads/consumption";
import { readAtLatestBlock } from "@/lib/reads/read-at-latest-block";

export const metadata: Metadata = { title: "Consumption" };

type SearchParams = Promise<{ period?: string }>;

const STATE_STYLES: Record<ConsumptionEntry["state"], string> = {
  Recorded: "bg-amber-50 text-amber-900",
  Validated: "bg-teal-50 text-teal-900",
  Disputed: "bg-red-50 text-red-900",
  Voided: "bg-stone-100 text-stone-800",
};

function conciliationFee() {
  return readAtLatestBlock(["DisputeCourt"], ({ client, contracts, block }) =>
    client.readContract({ address: contracts.DisputeCourt, abi: disputeCourtAbi, functionName: "stageFee", args: [0], blockNumber: block.number }),
  );
}

export default async function ConsumptionPage({ searchParams }: { searchParams: SearchParams }) {
  const { period: periodParam } = await searchParams;
  const [read, fee] = await Promise.all([readConsumption(), conciliationFee()]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Consumption</h1>
        <p className="max-w-3xl text-stone-600">
          The feeder (the municipal aggregator) records each operator&apos;s consumption per period, in GB; it counts in the compensation table at
          once. The operator validates it, or raises an issue, which opens a dispute with the feeder and keeps the record and the operator&apos;s
          expenses out of the totals until the ruling. Unchallenged records count as validated when the review window ends.
        </p>
      </div>
      {read.status !== "ok" ? (
        <ChainUnavailableNotice read={read} contract="consumption ledger" />
      ) : (
        <>
          <section aria-labelledby="clock-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="consumption-clock">
            <h2 id="clock-heading" className="text-lg font-semibold">
              Period {read.clock.currentPeriod.toString()} is running
            </h2>
            <p className="text-sm text-stone-700">Chain time {formatChainTime(read.chainNow)}. Deadlines below are in chain time.</p>
          </section>
          {read.freshness && <IndexFreshnessNote freshness={read.freshness} fallback="read from the ledger directly" />}
          {read.clock.phases
            .filter(({ period }) => periodParam === undefined || period.toString() === periodParam)
            .map(({ period, phase }) => {
              const { factsUntil, reviewUntil } = periodDeadlines(read.clock, period);
              const rows = read.records.filter((record) => record.period === period);
              return (
                <section key={period.toString()} aria-labelledby={`period-${period}`} className="space-y-2" data-testid={`consumption-period-${period}`}>
                  <h2 id={`period-${period}`} className="text-lg font-semibold">
                    Period {period.toString()} · {phase.toLowerCase()}
                  </h2>
                  <p className="text-sm text-stone-600">
                    First records until {formatChainTime(factsUntil)} · review (validate or dispute) until {formatChainTime(reviewUntil)}
                  </p>
                  {rows.length === 0 ? (
                    <p className="text-sm text-stone-600">Nothing recorded.</p>
                  ) : (
                    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
                      <table className="w-full text-left text-sm">
                        <caption className="sr-only">Consumption records of period {period.toString()}</caption>
                        <thead className="bg-stone-50 text-stone-700">
                          <tr>
                            <th scope="col" className="px-3 py-2">Operator</th>
                            <th scope="col" className="px-3 py-2 text-right">GB</th>
                            <th scope="col" className="px-3 py-2">State</th>
                            <th scope="col" className="px-3 py-2">Feeder</th>
                          </tr>
                        </thead>
                        <tbody>
                          {rows.map((row) => (
                            <tr key={row.operator} className="border-t border-stone-200" data-testid="consumption-row" data-operator={row.operator}>
                              <td className="px-3 py-2 font-mono break-all">{row.operator}</td>
                              <td className="px-3 py-2 text-right tabular-nums" data-testid="consumption-gb">
                                {row.gigabytes.toString()}
                              </td>
                              <td className="px-3 py-2">
                                <span className={`rounded px-2 py-0.5 font-medium ${STATE_STYLES[row.state]}`} data-testid="consumption-state">
                                  {row.state}
                                </span>
                                {row.state === "Disputed" && (
                                  <>
                                    {" "}
                                    <PageLink href={`/disputes?party=${row.operator}`} className="text-teal-800 underline">
                                      its dispute
                                    </PageLink>
                                  </>
                                )}
                                {row.carried && <span className="text-stone-600"> (counts in a later period)</span>}
                              </td>
                              <td className="px-3 py-2 font-mono">{`${row.feeder.slice(0, 6)}…${row.feeder.slice(-4)}`}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                </section>
              );
            })}
          <ConsumptionIsland
            periods={read.clock.phases.map(({ period, phase }) => ({ period, phase, ...periodDeadlines(read.clock, period) }))}
            operators={read.operators}
            records={read.records.map(({ operator, period, gigabytes, state }) => ({ operator, period, gigabytes, state }))}
            maxConsumption={read.maxConsumption}
            conciliationFee={typeof fee === "bigint" ? fee : 0n}
            chainNow={read.chainNow}
          />
        </>
      )}
    </div>
  );
}
