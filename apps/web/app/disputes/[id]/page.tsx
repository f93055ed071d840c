import type { DisputeStage } from "@scipio/sdk/protocol";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeadlineCountdown } from "@/components/operations/disputes-countdown";
import { DisputeActionsIsland } from "@/components/operations/disputes-islands";
import { DISPUTE_STAGE_LABELS, DISPUTE_STATUS_LABELS, formatEuro, rulingLabel, SUBJECT_LABELS } from "@/components/operations/disputes-labels";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { Panel } from "@/components/ui/panel";
import { formatChainTime, formatDuration } from "@/components/ui/time";
import { readDispute, type DisputeDetail, type DisputeEvent } from "@/lib/reads/disputes";

export const metadata: Metadata = { title: "Dispute" };

const STAGES: readonly DisputeStage[] = ["Conciliation", "Mediation", "Arbitration"];
const ZERO = "0x0000000000000000000000000000000000000000";

export default async function DisputePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,20}$/.test(id)) notFound();
  const read = await readDispute(BigInt(id));
  if (read.status === "not-found") notFound();
  if (read.status !== "ok") return <ChainUnavailableNotice read={read} contract="dispute court" />;
  const dispute = read.dispute;
  const { summary } = dispute;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm">
          <PageLink href="/disputes" className="text-teal-800 underline">
            All disputes
          </PageLink>
        </p>
        <h1 className="text-2xl font-bold tracking-tight">
          Dispute #{summary.id.toString()}: {SUBJECT_LABELS[summary.subjectKind].toLowerCase()}
        </h1>
        <p className="text-stone-700">
          <strong data-testid="dispute-stage">{DISPUTE_STAGE_LABELS[summary.stage]}</strong> ·{" "}
          <span data-testid="dispute-status">{DISPUTE_STATUS_LABELS[summary.status]}</span>
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <SubjectPanel dispute={dispute} />
        <PartiesPanel dispute={dispute} />
        <StagesPanel dispute={dispute} />
        <DeadlinesPanel dispute={dispute} />
      </div>
      <DisputeActionsIsland
        disputeId={summary.id}
        subjectKind={summary.subjectKind}
        status={summary.status}
        stage={summary.stage}
        opener={summary.opener}
        respondent={summary.respondent}
        respondentExempt={summary.respondentExempt}
        broughtByRespondent={dispute.broughtByRespondent}
        resolver={summary.resolver}
        deadline={summary.deadline ?? 0n}
        seedBlock={dispute.seedBlock}
        blockNumber={dispute.blockNumber}
        fees={dispute.fees}
        openerRefund={dispute.openerRefund}
        respondentRefund={dispute.respondentRefund}
        chainNow={dispute.chainNow}
      />
      <HistoryPanel dispute={dispute} />
    </div>
  );
}

function Address({ value, testId }: { value: string; testId?: string }) {
  return (
    <span className="font-mono text-sm break-all" data-testid={testId}>
      {value}
    </span>
  );
}

function SubjectPanel({ dispute }: { dispute: DisputeDetail }) {
  const { subject, summary } = dispute;
  const resolved = summary.status === "Resolved";
  const finalRuling = [...dispute.history].reverse().find((event) => event.kind === "resolved");
  return (
    <Panel title="What it is about" testId="dispute-subject">
      {subject.kind === "consumption" && (
        <p className="text-sm text-stone-700">
          The feeder&apos;s{" "}
          <PageLink href={`/consumption?period=${subject.period}`} className="text-teal-800 underline">
            consumption record of period {subject.period.toString()}
          </PageLink>{" "}
          for operator <Address value={subject.operator} />: {subject.gigabytes.toString()} GB. The operator wins → the record is voided (the
          feeder records it again); the feeder wins or a tie → it counts as validated.
        </p>
      )}
      {subject.kind === "expense" && (
        <p className="text-sm text-stone-700">
          The rejection of{" "}
          <PageLink href="/expenses" className="text-teal-800 underline">
            expense #{subject.expenseId.toString()}
          </PageLink>{" "}
          ({formatEuro(subject.amount)}, period {subject.period.toString()}). The declarer wins → the expense is validated and credited; a tie
          → the rejection stands and the deposit is returned; the platform wins → the deposit is forfeited.
        </p>
      )}
      {subject.kind === "claim" && <p className="text-sm text-stone-700">A free-form claim between two participants: the ruling is recorded, with no automatic effect.</p>}
      {subject.kind !== "claim" && (
        <p className="text-sm text-stone-700">
          The record now:{" "}
          <strong data-testid="dispute-record-state">{subject.kind === "consumption" ? subject.state : subject.status}</strong>
        </p>
      )}
      {resolved && finalRuling?.kind === "resolved" && (
        <p className="rounded-md border border-teal-300 bg-teal-50 p-3 text-sm text-teal-950" data-testid="dispute-final-effect">
          Final ruling: <strong>{rulingLabel(finalRuling.ruling, summary.subjectKind)}</strong> ({finalRuling.resolution === "Default" ? "by default" : finalRuling.resolution === "Lapsed" ? "the stage lapsed" : "decided"}).{" "}
          {subject.kind === "consumption" && `The consumption record is ${subject.state.toLowerCase()}.`}
          {subject.kind === "expense" && `Expense #${subject.expenseId} is ${subject.status.toLowerCase()}.`}
          {subject.kind === "claim" && "Recorded; it has no automatic effect."}
        </p>
      )}
    </Panel>
  );
}

function PartiesPanel({ dispute }: { dispute: DisputeDetail }) {
  const { summary } = dispute;
  return (
    <Panel title="Parties and deposits" testId="dispute-parties">
      <dl className="space-y-2 text-sm text-stone-700">
        <div>
          <dt className="text-stone-600">A — opened it</dt>
          <dd>
            <Address value={summary.opener} testId="dispute-opener" />
          </dd>
        </div>
        <div>
          <dt className="text-stone-600">B — respondent{summary.respondentExempt ? " (exempt: deposits nothing to match, never loses by default)" : ""}</dt>
          <dd>
            <Address value={summary.respondent} testId="dispute-respondent" />
          </dd>
        </div>
        <div>
          <dt className="text-stone-600">Stage deposits</dt>
          <dd>
            {STAGES.map((stage) => `${stage} ${formatEuro(dispute.fees[stage])}`).join(" · ")}
          </dd>
        </div>
        <div>
          <dt className="text-stone-600">Held by the court for this stage</dt>
          <dd data-testid="dispute-deposits-held">{formatEuro(dispute.depositsHeld)}</dd>
        </div>
        {(dispute.openerRefund > 0n || dispute.respondentRefund > 0n) && (
          <div>
            <dt className="text-stone-600">Refunds to withdraw</dt>
            <dd>
              A {formatEuro(dispute.openerRefund)} · B {formatEuro(dispute.respondentRefund)}
            </dd>
          </div>
        )}
      </dl>
    </Panel>
  );
}

function StagesPanel({ dispute }: { dispute: DisputeDetail }) {
  const current = STAGES.indexOf(dispute.summary.stage);
  return (
    <Panel title="Stages" testId="dispute-stages">
      <ol className="space-y-2 text-sm">
        {STAGES.map((stage, index) => {
          const resolver = dispute.resolvers[index];
          const ruling = dispute.rulings[index];
          const reached = index <= current;
          return (
            <li
              key={stage}
              aria-current={index === current ? "step" : undefined}
              className={`rounded-md border p-2 ${index === current ? "border-teal-600 bg-teal-50" : "border-stone-200"} ${reached ? "text-stone-800" : "text-stone-600"}`}
              data-testid={`dispute-stage-${stage.toLowerCase()}`}
            >
              <strong>{DISPUTE_STAGE_LABELS[stage]}</strong>
              {!reached && " — not reached"}
              {reached && resolver && resolver !== ZERO && (
                <>
                  {" "}
                  · resolver <Address value={resolver} testId={`dispute-resolver-${stage.toLowerCase()}`} />
                </>
              )}
              {reached && (!resolver || resolver === ZERO) && " · resolver not assigned yet"}
              {ruling && <> · ruled: {rulingLabel(ruling, dispute.summary.subjectKind)}</>}
            </li>
          );
        })}
      </ol>
      {dispute.missedDeadlines > 0n && <p className="text-sm text-amber-900">{dispute.missedDeadlines.toString()} resolver(s) missed this stage&apos;s deadline and were replaced.</p>}
      <p className="text-xs text-stone-600">Resolvers eligible in rotation (in the pool, not a party): {dispute.pool.length}.</p>
    </Panel>
  );
}

function DeadlinesPanel({ dispute }: { dispute: DisputeDetail }) {
  const rows: { label: string; value: bigint; window: bigint }[] = [
    { label: "Response", value: dispute.deadlines.response, window: dispute.windows.response },
    { label: "Decision", value: dispute.deadlines.decision, window: dispute.windows.decision },
    { label: "Appeal", value: dispute.deadlines.appeal, window: dispute.windows.appeal },
  ];
  return (
    <Panel title="Deadlines (chain time)" testId="dispute-deadlines">
      <dl className="space-y-2 text-sm text-stone-700">
        {rows.map((row) => (
          <div key={row.label} data-testid={`deadline-${row.label.toLowerCase()}`}>
            <dt className="text-stone-600">
              {row.label} (window {formatDuration(Number(row.window))})
            </dt>
            <dd>
              {row.value > 0n ? (
                <>
                  {formatChainTime(row.value)} — <DeadlineCountdown deadline={row.value} chainNow={dispute.chainNow} />
                </>
              ) : (
                "not running"
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-stone-600">Chain time at this view: {formatChainTime(dispute.chainNow)}.</p>
    </Panel>
  );
}

function eventText(event: DisputeEvent, subject: DisputeDetail["summary"]["subjectKind"]): string {
  switch (event.kind) {
    case "opened":
      return `Opened: ${event.party} deposited ${formatEuro(event.fee)} for conciliation.`;
    case "responded":
      return `${event.party} matched the ${event.stage.toLowerCase()} deposit of ${formatEuro(event.fee)}.`;
    case "escalated":
      return `${event.party} escalated to ${event.stage.toLowerCase()}, depositing ${formatEuro(event.fee)}.`;
    case "assigned":
      return `${event.stage} resolver assigned: ${event.resolver}, to decide by ${formatChainTime(event.decisionDeadline)}.`;
    case "missed":
      return `${event.stage} resolver ${event.resolver} missed its deadline.`;
    case "decided":
      return `${event.stage} decided by ${event.resolver}: ${rulingLabel(event.ruling, subject)}; fee ${formatEuro(event.fee)}${event.appealDeadline ? `; appeal until ${formatChainTime(event.appealDeadline)}` : " (final)"}.`;
    case "resolved":
      return `Resolved: ${rulingLabel(event.ruling, subject)} (${event.resolution.toLowerCase()}).`;
    case "refund":
      return `${event.party} withdrew ${formatEuro(event.amount)}.`;
  }
}

function HistoryPanel({ dispute }: { dispute: DisputeDetail }) {
  const gateway = dispute.gatewayUrl.replace(/\/$/, "");
  return (
    <Panel title="History, evidence and rulings" testId="dispute-history">
      <ol className="space-y-3 text-sm text-stone-700">
        {dispute.history.map((event, index) => {
          const cid = event.kind === "decided" ? event.reason : "evidence" in event ? event.evidence : undefined;
          const document = "document" in event ? event.document : undefined;
          const text = document ? ("text" in document ? document.text : document.reason) : undefined;
          return (
            <li key={index} className="border-l-2 border-stone-300 pl-3" data-testid={`dispute-event-${event.kind}`}>
              <p>
                <span className="text-stone-600">Block {event.block.toString()}:</span> {eventText(event, dispute.summary.subjectKind)}
              </p>
              {text && <blockquote className="mt-1 border-l-2 border-teal-600 pl-2 whitespace-pre-wrap text-stone-800">{text}</blockquote>}
              {cid && (
                <p className="mt-1 text-xs">
                  {event.kind === "decided" ? "Reason" : "Evidence"}:{" "}
                  <a href={`${gateway}/ipfs/${cid}`} className="font-mono break-all text-teal-800 underline" rel="noreferrer" target="_blank">
                    {cid}
                  </a>
                  {cid && !document && " (not readable from the gateway right now, or not a dispute document)"}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
