import type { Metadata } from "next";
import { IndexFreshnessNote } from "@/components/index-freshness";
import { ClosePeriodIsland, PositionIsland } from "@/components/operations/money-compensation-islands";
import { formatEuro, formatGigabytes } from "@/components/operations/money-format";
import { NetPositionChart } from "@/components/operations/money-net-chart";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { formatChainTime, formatDuration } from "@/components/ui/time";
import { formatBps, shortAddress } from "@/lib/format";
import { readCompensation, type CompensationRow, type CompensationView, type Phase } from "@/lib/reads/compensation";

export const metadata: Metadata = { title: "Compensation" };

type SearchParams = Promise<{ period?: string }>;

function parsePeriod(value: string | undefined): bigint | undefined {
  return value && /^\d{1,9}$/.test(value) ? BigInt(value) : undefined;
}

export default async function CompensationPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const requested = parsePeriod(params.period);
  const read = await readCompensation(requested);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Compensation</h1>
        <p className="text-stone-600">
          Each period, every participant&apos;s validated expenses are weighed against its share of the network&apos;s consumption:{" "}
          net = E<sub>i</sub> − (ΣE + fee) · C<sub>i</sub> / ΣC. After close, debtors pay in and creditors claim what was paid.
        </p>
        {params.period !== undefined && requested === undefined && (
          <p role="status" className="text-sm text-amber-900">
            “{params.period}” is not a period number: showing the latest period that is not running.
          </p>
        )}
      </div>
      {read.status === "ok" ? (
        <CompensationBody view={read} />
      ) : read.status === "before-genesis" ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700">The first period starts {formatChainTime(read.genesis)}.</p>
      ) : read.status === "not-found" ? (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          Period {requested?.toString()} has not started: the period running is {read.currentPeriod.toString()}.{" "}
          <PageLink href="/compensation" className="font-medium text-teal-800 underline">
            Show the latest period
          </PageLink>
        </p>
      ) : (
        <ChainUnavailableNotice read={read} contract="compensation table" />
      )}
    </div>
  );
}

const PHASE_STEPS: { phase: Phase; label: string }[] = [
  { phase: "running", label: "Running" },
  { phase: "grace", label: "Grace" },
  { phase: "review", label: "Review" },
  { phase: "closable", label: "Closable" },
  { phase: "closed", label: "Closed" },
];

function CompensationBody({ view }: { view: CompensationView }) {
  const { clock, totals, rows, chainNow } = view;
  const period = clock.period;
  const closed = clock.phase === "closed";
  const pool = totals.expenses + totals.platformFee;
  const debts = rows.filter((row) => row.net < 0n).reduce((sum, row) => sum - row.net, 0n);
  const operators = rows.filter((row) => row.operator);
  return (
    <>
      <PeriodPicker current={view.currentPeriod} selected={period} />

      <section aria-labelledby="clock-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="period-clock" data-phase={clock.phase}>
        <h2 id="clock-heading" className="text-lg font-semibold">
          Period {period.toString()}: {phaseWords(clock.phase)}
        </h2>
        <ol className="grid gap-2 text-sm sm:grid-cols-5">
          {PHASE_STEPS.map((step) => {
            const ends = phaseEnd(step.phase, view);
            const current = step.phase === clock.phase;
            return (
              <li key={step.phase} aria-current={current ? "step" : undefined} className={`rounded-md border p-2 ${current ? "border-teal-600 bg-teal-50" : "border-stone-200"}`}>
                <p className="font-semibold text-stone-900">{step.label}</p>
                <p className="text-xs text-stone-600">{ends}</p>
              </li>
            );
          })}
        </ol>
        <p className="text-sm text-stone-700">
          Chain time {formatChainTime(chainNow)}.{" "}
          {clock.phase === "running" && `Facts of the period are accepted until ${formatChainTime(clock.endsAt)} (in ${formatDuration(Number(clock.endsAt - chainNow))}).`}
          {clock.phase === "grace" && `Late facts are accepted until ${formatChainTime(clock.graceEndsAt)}.`}
          {clock.phase === "review" && `Reviews, validations and disputes last until ${formatChainTime(clock.reviewEndsAt)} (in ${formatDuration(Number(clock.reviewEndsAt - chainNow))}).`}
          {clock.phase === "closable" &&
            (clock.nextPeriodToClose === period ? "Anyone may close it now." : `Periods close in order: period ${clock.nextPeriodToClose} closes first.`)}
          {closed &&
            (chainNow < clock.recordingEndsAt
              ? `Closed ${formatChainTime(clock.closedAt)}. Positions recorded until ${formatChainTime(clock.recordingEndsAt)} count towards the total credit; claims open then.`
              : `Closed ${formatChainTime(clock.closedAt)}; the recording window ended ${formatChainTime(clock.recordingEndsAt)}, so creditors claim.`)}
        </p>
        {clock.phase === "closable" && clock.nextPeriodToClose === period && <ClosePeriodIsland period={period} />}
      </section>

      <section aria-labelledby="totals-heading" className="space-y-3">
        <h2 id="totals-heading" className="text-lg font-semibold">
          Totals
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="period-totals">
          <Total label="Validated expenses ΣE" value={formatEuro(totals.expenses)} testId="total-expenses" />
          <Total label={`Platform fee (${formatBps(view.platformFeeBps)})`} value={formatEuro(totals.platformFee)} testId="total-fee" />
          <Total label="Consumption ΣC" value={formatGigabytes(totals.consumption)} testId="total-consumption" />
          <Total label="Total credit" value={closed ? formatEuro(totals.totalCredit) : "after close"} testId="total-credit" />
          <Total label="Debts" value={formatEuro(debts)} testId="total-debts" />
          <Total label="Paid in so far" value={formatEuro(totals.settled)} testId="total-settled" />
        </dl>
        {totals.lateCredit > 0n && <p className="text-sm text-stone-600">Credits recorded after the recording window: {formatEuro(totals.lateCredit)}.</p>}
        {closed && totals.consumption === 0n && (
          <p role="status" className="text-sm text-amber-900">
            No consumption counted in this period, so it is void: every position is zero and nothing is settled or claimed.
          </p>
        )}
        {!closed && <p className="text-sm text-stone-600">Until the period closes the figures move as facts are validated; the nets below are what today&apos;s totals would give.</p>}
      </section>

      <PositionIsland period={period} phase={clock.phase} chainNow={chainNow} recordingEndsAt={clock.recordingEndsAt} nets={rows.map(({ account, net }) => ({ account, net }))} />

      <section aria-labelledby="table-heading" className="space-y-3">
        <h2 id="table-heading" className="text-lg font-semibold">
          The table
        </h2>
        <IndexFreshnessNote freshness={view.freshness} fallback="read from the chain, with the participants found in its events" />
        {rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 bg-white p-5 text-stone-700">Nobody has a validated expense or counted consumption in period {period.toString()} yet.</p>
        ) : (
          <>
            <NetPositionChart title={`Net positions, period ${period}`} bars={rows.filter((row) => row.net !== 0n).map((row) => ({ account: row.account, net: row.net }))} testId="net-chart" />
            <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
              <table className="w-full min-w-[44rem] text-sm" data-testid="compensation-table">
                <caption className="sr-only">Each participant&apos;s figures in period {period.toString()}</caption>
                <thead className="bg-stone-50 text-left text-xs text-stone-600">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-semibold">Participant</th>
                    <th scope="col" className="px-3 py-2 text-right font-semibold">Expenses E<sub>i</sub></th>
                    <th scope="col" className="px-3 py-2 text-right font-semibold">Consumption C<sub>i</sub></th>
                    <th scope="col" className="px-3 py-2 text-right font-semibold">Share of ΣE + fee</th>
                    <th scope="col" className="px-3 py-2 text-right font-semibold">Net</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Recorded</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-100">
                  {rows.map((row) => (
                    <TableRow key={row.account} row={row} platform={view.platform} />
                  ))}
                </tbody>
                <tfoot className="bg-stone-50 font-semibold">
                  <tr>
                    <th scope="row" className="px-3 py-2 text-left">All</th>
                    <td className="px-3 py-2 text-right tabular-nums">{formatEuro(pool)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatGigabytes(totals.consumption)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatEuro(rows.reduce((sum, row) => sum + row.share, 0n))}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatEuro(rows.reduce((sum, row) => sum + row.net, 0n), { signed: true })}</td>
                    <td className="px-3 py-2" />
                  </tr>
                </tfoot>
              </table>
            </div>
            {view.omitted > 0 && <p className="text-sm text-stone-600">The table shows the largest {rows.length} positions; {view.omitted} more are left out.</p>}
            <p className="text-xs text-stone-600">Shares round up, so the nets add up to zero or fall short by less than a cent per consumer, never in the creditors&apos; favour.</p>
          </>
        )}
      </section>

      {operators.length > 0 && (
        <section aria-labelledby="reinvest-heading" className="space-y-3">
          <h2 id="reinvest-heading" className="text-lg font-semibold">
            Operators reinvest
          </h2>
          <p className="text-sm text-stone-600">
            Each operator&apos;s invoices state contributions to the common pool resource (deployment and maintenance per customer); its validated expenses
            show what it spent on the network.
          </p>
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full min-w-[36rem] text-sm" data-testid="reinvest-table">
              <caption className="sr-only">CPR contributions beside validated expenses, period {period.toString()}</caption>
              <thead className="bg-stone-50 text-left text-xs text-stone-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-semibold">Operator</th>
                  <th scope="col" className="px-3 py-2 text-right font-semibold">CPR contributions</th>
                  <th scope="col" className="px-3 py-2 text-right font-semibold">Validated expenses</th>
                  <th scope="col" className="px-3 py-2 font-semibold">Invoice</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {operators.map((row) => {
                  const contributions = row.contributions ? row.contributions.deployment + row.contributions.maintenance : 0n;
                  return (
                    <tr key={row.account} data-testid="reinvest-row" data-account={row.account}>
                      <th scope="row" className="px-3 py-2 text-left font-mono font-normal">{shortAddress(row.account)}</th>
                      <td className="px-3 py-2 text-right tabular-nums" data-testid="reinvest-contributions">
                        {formatEuro(contributions)}
                        {row.contributions && <span className="block text-xs text-stone-500">{`${formatEuro(row.contributions.deployment)} + ${formatEuro(row.contributions.maintenance)}`}</span>}
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums" data-testid="reinvest-expenses">{formatEuro(row.expenses)}</td>
                      <td className="px-3 py-2">
                        {row.contributions?.invoiced ? (
                          <PageLink href={`/billing/invoices/${row.account}/${period}`} className="text-teal-800 underline">
                            Invoice
                          </PageLink>
                        ) : (
                          <span className="text-stone-600">not issued</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}

function TableRow({ row, platform }: { row: CompensationRow; platform: string }) {
  const role = row.account === platform ? "platform" : row.operator ? "operator" : "participant";
  return (
    <tr data-testid="compensation-row" data-account={row.account} data-net={row.net.toString()} data-expenses={row.expenses.toString()} data-consumption={row.consumption.toString()}>
      <th scope="row" className="px-3 py-2 text-left font-normal">
        <span className="font-mono">{shortAddress(row.account)}</span> <span className="text-xs text-stone-600">{role}</span>
      </th>
      <td className="px-3 py-2 text-right tabular-nums">
        {formatEuro(row.expenses)}
        {row.waiting > 0n && <span className="block text-xs text-stone-500">{formatEuro(row.waiting)} waiting for consumption</span>}
      </td>
      <td className="px-3 py-2 text-right tabular-nums">{formatGigabytes(row.consumption)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{formatEuro(row.share)}</td>
      <td className={`px-3 py-2 text-right font-semibold tabular-nums ${row.net < 0n ? "text-red-800" : row.net > 0n ? "text-teal-800" : "text-stone-700"}`} data-testid="row-net">
        {formatEuro(row.net, { signed: true })}
      </td>
      <td className="px-3 py-2 text-xs text-stone-700" data-testid="row-recorded" data-kind={row.position.kind}>
        {recordedWords(row)}
      </td>
    </tr>
  );
}

function recordedWords({ position }: CompensationRow): string {
  if (position.kind === "none") return "not recorded";
  if (position.kind === "debt") return position.paid >= position.amount ? "debt, settled" : `debt, ${formatEuro(position.paid)} paid`;
  return `${position.kind === "late-credit" ? "late credit" : "credit"}, ${formatEuro(position.paid)} claimed`;
}

function Total({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-3">
      <dt className="text-xs text-stone-600">{label}</dt>
      <dd className="mt-1 font-semibold tabular-nums text-stone-900" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

function PeriodPicker({ current, selected }: { current: bigint; selected: bigint }) {
  const periods: bigint[] = [];
  for (let period = current; period >= 0n && periods.length < 52; period--) periods.push(period);
  return (
    <form method="get" action="/compensation" className="flex flex-wrap items-end gap-2" aria-label="Choose a period">
      <label className="text-sm font-medium text-stone-700">
        Period
        <select name="period" defaultValue={selected.toString()} className="mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2 font-normal focus:outline-2 focus:outline-teal-700">
          {periods.map((period) => (
            <option key={period.toString()} value={period.toString()}>
              {`Period ${period}${period === current ? " (running)" : ""}`}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-teal-700 bg-white px-4 py-2 font-semibold text-teal-800 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700">
        Show
      </button>
      {selected > 0n && (
        <PageLink href={`/compensation?period=${selected - 1n}`} className="px-2 py-2 text-sm text-teal-800 underline">
          Previous period
        </PageLink>
      )}
      {selected < current && (
        <PageLink href={`/compensation?period=${selected + 1n}`} className="px-2 py-2 text-sm text-teal-800 underline">
          Next period
        </PageLink>
      )}
    </form>
  );
}

function phaseWords(phase: Phase): string {
  return { upcoming: "upcoming", running: "running", grace: "grace window", review: "review window", closable: "ready to close", closed: "closed" }[phase];
}

function phaseEnd(phase: Phase, { clock }: CompensationView): string {
  if (phase === "running") return `ends ${formatChainTime(clock.endsAt)}`;
  if (phase === "grace") return `ends ${formatChainTime(clock.graceEndsAt)}`;
  if (phase === "review") return `ends ${formatChainTime(clock.reviewEndsAt)}`;
  if (phase === "closable") return `from ${formatChainTime(clock.reviewEndsAt)}`;
  return clock.closedAt > 0n ? `closed ${formatChainTime(clock.closedAt)}` : "not yet";
}
