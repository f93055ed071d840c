import { disputeCourtAbi } from "@scipio/sdk/abi";
import { DISPUTE_STAGES, type DisputeStage } from "@scipio/sdk/protocol";
import { addressSchema } from "@scipio/sdk/schemas";
import type { Metadata } from "next";
import { IndexFreshnessNote } from "@/components/index-freshness";
import { DeadlineCountdown } from "@/components/operations/disputes-countdown";
import { MyDisputesIsland, OpenDisputeIsland } from "@/components/operations/disputes-islands";
import { DISPUTE_STAGE_LABELS, DISPUTE_STATUS_LABELS, SUBJECT_LABELS } from "@/components/operations/disputes-labels";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { formatChainTime } from "@/components/ui/time";
import { shortAddress } from "@/lib/format";
import { readDisputableRecords } from "@/lib/reads/consumption";
import { readDisputes, type DisputeFilter, type DisputeSummary } from "@/lib/reads/disputes";
import { readAtLatestBlock } from "@/lib/reads/read-at-latest-block";

export const metadata: Metadata = { title: "Disputes" };

type SearchParams = Promise<{ state?: string; stage?: string; party?: string; subject?: string }>;

const STATES = [
  { value: "open", label: "Open" },
  { value: "resolved", label: "Resolved" },
  { value: "all", label: "All" },
] as const;

function filterOf(params: Awaited<SearchParams>): DisputeFilter {
  const state = STATES.find((option) => option.value === params.state)?.value ?? "open";
  const stage = DISPUTE_STAGES.find((name) => name.toLowerCase() === params.stage?.toLowerCase()) as DisputeStage | undefined;
  const party = addressSchema.safeParse(params.party ?? "");
  return { state, stage, party: party.success ? party.data : undefined };
}

function conciliationFee() {
  return readAtLatestBlock(["DisputeCourt"], ({ client, contracts, block }) =>
    client.readContract({ address: contracts.DisputeCourt, abi: disputeCourtAbi, functionName: "stageFee", args: [0], blockNumber: block.number }),
  );
}

export default async function DisputesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filter = filterOf(params);
  const [read, subjects, fee] = await Promise.all([readDisputes(filter), readDisputableRecords(), conciliationFee()]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Disputes</h1>
        <p className="max-w-3xl text-stone-600">
          The network&apos;s court: an operator contests the feeder&apos;s consumption record, a declarer the rejection of its expense, or a
          participant brings a claim against another. Each stage — conciliation, mediation, arbitration — has its deposit, its resolver from
          governance&apos;s pool and its deadlines in chain time; the final ruling is applied to the record.
        </p>
      </div>
      <form method="get" action="/disputes" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3" aria-label="Filter the disputes">
        <div>
          <label htmlFor="dispute-state" className="block text-sm font-medium text-stone-700">
            State
          </label>
          <select id="dispute-state" name="state" defaultValue={filter.state} className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2">
            {STATES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="dispute-stage" className="block text-sm font-medium text-stone-700">
            Stage
          </label>
          <select id="dispute-stage" name="stage" defaultValue={filter.stage?.toLowerCase() ?? ""} className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2">
            <option value="">Every stage</option>
            {DISPUTE_STAGES.map((stage) => (
              <option key={stage} value={stage.toLowerCase()}>
                {DISPUTE_STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        </div>
        {filter.party && <input type="hidden" name="party" value={filter.party} />}
        <button type="submit" className="rounded-md border border-teal-700 bg-white px-4 py-2 font-semibold text-teal-800 hover:bg-teal-50">
          Show
        </button>
        <MyDisputesIsland current={filter.party} />
      </form>
      {read.status === "ok" ? (
        <section aria-labelledby="dispute-list-heading" className="space-y-3">
          <h2 id="dispute-list-heading" className="text-lg font-semibold">
            {filter.party ? `Disputes of ${shortAddress(filter.party)}` : filter.state === "open" ? "Open disputes" : filter.state === "resolved" ? "Resolved disputes" : "All disputes"}
            {filter.stage ? ` in ${filter.stage.toLowerCase()}` : ""}
          </h2>
          {read.freshness && <IndexFreshnessNote freshness={read.freshness} fallback="read from the court directly (the newest disputes)" />}
          {read.disputes.length === 0 ? (
            <p className="text-stone-600" data-testid="disputes-empty">
              No dispute matches.
            </p>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2" data-testid="dispute-list">
              {read.disputes.map((dispute) => (
                <DisputeCard key={dispute.id.toString()} dispute={dispute} chainNow={read.chainNow} />
              ))}
            </ul>
          )}
        </section>
      ) : (
        <ChainUnavailableNotice read={read} contract="dispute court" />
      )}
      {typeof fee === "bigint" && (
        // The anchor a rejected expense's "Contest in a dispute" link (on /expenses) lands on, with ?subject= picked.
        <div id="open-dispute">
          <OpenDisputeIsland
            fee={fee}
            preselect={params.subject}
            subjects={subjects.map((subject) => ({ ...subject }))}
          />
        </div>
      )}
    </div>
  );
}

function DisputeCard({ dispute, chainNow }: { dispute: DisputeSummary; chainNow: bigint }) {
  return (
    <li className="space-y-1 rounded-lg border border-stone-200 bg-white p-4" data-testid="dispute-card">
      <PageLink href={`/disputes/${dispute.id}`} className="font-semibold text-teal-800 underline-offset-2 hover:underline">
        Dispute #{dispute.id.toString()}: {SUBJECT_LABELS[dispute.subjectKind]}
      </PageLink>
      <p className="text-sm text-stone-700">
        <span data-testid="dispute-card-stage">{DISPUTE_STAGE_LABELS[dispute.stage]}</span> · <span data-testid="dispute-card-status">{DISPUTE_STATUS_LABELS[dispute.status]}</span>
      </p>
      <p className="text-sm text-stone-600">
        <span className="font-mono">{shortAddress(dispute.opener)}</span> against <span className="font-mono">{shortAddress(dispute.respondent)}</span>
      </p>
      {dispute.deadline !== undefined && (
        <p className="text-sm text-stone-600">
          Deadline {formatChainTime(dispute.deadline)} (<DeadlineCountdown deadline={dispute.deadline} chainNow={chainNow} />)
        </p>
      )}
    </li>
  );
}
