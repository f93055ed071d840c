import "server-only";
import { consumptionLedgerAbi, disputeCourtAbi, expenseLedgerAbi } from "@scipio/sdk/abi";
import { disputesOfParty, indexer } from "@scipio/sdk/indexer";
import { digestToCid } from "@scipio/sdk/ipfs";
import { DISPUTE_RESOLUTIONS, DISPUTE_STAGES, DISPUTE_STATUSES, type DisputeStage, type DisputeStatusName } from "@scipio/sdk/protocol";
import { disputeEvidenceDocumentSchema, disputeRulingDocumentSchema, type DisputeEvidenceDocument, type DisputeRulingDocument } from "@scipio/sdk/schemas";
import { getAddress, zeroAddress, type Address, type Hex } from "viem";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
import { getRuntimeConfig } from "@/lib/server-config";
import { readDocument } from "./ipfs-documents";
import { readAtLatestBlock, type ChainUnavailable } from "./read-at-latest-block";

/** The list shows at most this many disputes (newest first); the chain fallback reads as many. */
export const DISPUTES_SHOWN = 100;

/** The consumption ledger's record, the expense ledger's expense, or a free-form claim (no subject). */
export type DisputeSubjectKind = "consumption" | "expense" | "claim";

export type RulingName = "forOpener" | "forRespondent" | "tie";
const RULINGS: readonly RulingName[] = ["forOpener", "forRespondent", "tie"];

export type DisputeSummary = {
  id: bigint;
  subjectKind: DisputeSubjectKind;
  subjectId: bigint;
  opener: Address;
  respondent: Address;
  respondentExempt: boolean;
  stage: DisputeStage;
  status: DisputeStatusName;
  /** The current stage's resolver, once assigned. */
  resolver: Address | undefined;
  /** The deadline of the current status (response, decision or appeal); undefined when none runs. */
  deadline: bigint | undefined;
};

/** Which disputes the list shows: open (not resolved), resolved or all; one stage or every stage; one party's. */
export type DisputeFilter = { state: "open" | "resolved" | "all"; stage: DisputeStage | undefined; party: Address | undefined };

export type DisputesRead = ({ status: "ok"; disputes: DisputeSummary[]; chainNow: bigint } | ChainUnavailable) & { freshness?: IndexFreshness };

function subjectKindOf(subject: Address, contracts: Record<string, Address | undefined>): DisputeSubjectKind {
  if (subject.toLowerCase() === contracts.ConsumptionLedger?.toLowerCase()) return "consumption";
  if (subject.toLowerCase() === contracts.ExpenseLedger?.toLowerCase()) return "expense";
  return "claim";
}

const RESOLVED = DISPUTE_STATUSES.indexOf("Resolved");

function keep(summary: DisputeSummary, filter: DisputeFilter): boolean {
  if (filter.state === "open" && summary.status === "Resolved") return false;
  if (filter.state === "resolved" && summary.status !== "Resolved") return false;
  if (filter.stage && summary.stage !== filter.stage) return false;
  if (filter.party) {
    const party = filter.party.toLowerCase();
    if (summary.opener.toLowerCase() !== party && summary.respondent.toLowerCase() !== party) return false;
  }
  return true;
}

/**
 * The court's disputes, newest first, from the index (filtered there), or from the court itself (the newest
 * `DISPUTES_SHOWN`, filtered here) when the index cannot serve. Chain time comes with it for the countdowns.
 */
export async function readDisputes(filter: DisputeFilter): Promise<DisputesRead> {
  const { deployment } = await getRuntimeConfig();
  if (!deployment.contracts.DisputeCourt) return { status: "not-deployed" };
  const indexed = await readFromIndex(async (client) => {
    const where = {
      status: filter.state === "resolved" ? RESOLVED : undefined,
      status_not: filter.state === "open" ? RESOLVED : undefined,
      stage: filter.stage ? DISPUTE_STAGES.indexOf(filter.stage) : undefined,
    };
    const params = { filter: where, orderBy: "id" as const, orderDirection: "desc" as const, limit: DISPUTES_SHOWN };
    return filter.party ? disputesOfParty(client, filter.party, params) : indexer.disputes(client, params);
  });
  if (indexed.ok) {
    const chainNow = await chainTime();
    const disputes = indexed.value.items.map(
      (row): DisputeSummary => ({
        id: row.id,
        subjectKind: subjectKindOf(getAddress(row.subject), deployment.contracts),
        subjectId: row.subjectId,
        opener: getAddress(row.opener),
        respondent: getAddress(row.respondent),
        respondentExempt: row.respondentExempt,
        stage: DISPUTE_STAGES[row.stage] ?? "Conciliation",
        status: DISPUTE_STATUSES[row.status] ?? "None",
        resolver: row.resolver && BigInt(row.resolver) !== 0n ? getAddress(row.resolver) : undefined,
        deadline: currentDeadline(DISPUTE_STATUSES[row.status], row),
      }),
    );
    return { status: "ok", disputes, chainNow: chainNow ?? 0n, freshness: indexed.freshness };
  }
  return { ...(await readDisputesFromChain(filter)), freshness: indexed.freshness };
}

function currentDeadline(
  status: DisputeStatusName | undefined,
  row: { responseDeadline: bigint | null; decisionDeadline: bigint | null; appealDeadline: bigint | null },
): bigint | undefined {
  const value = status === "AwaitingResponse" ? row.responseDeadline : status === "AwaitingDecision" ? row.decisionDeadline : status === "Decided" ? row.appealDeadline : null;
  return value && value > 0n ? value : undefined;
}

async function chainTime(): Promise<bigint | undefined> {
  const read = await readAtLatestBlock([], async ({ block }) => block.timestamp);
  return typeof read === "bigint" ? read : undefined;
}

function readDisputesFromChain(filter: DisputeFilter): Promise<DisputesRead> {
  return readAtLatestBlock(["DisputeCourt"], async ({ client, block, contracts, deployment }) => {
    const read = { address: contracts.DisputeCourt, abi: disputeCourtAbi, blockNumber: block.number } as const;
    const count = await client.readContract({ ...read, functionName: "disputeCount" });
    const ids: bigint[] = [];
    for (let id = count; id > 0n && ids.length < DISPUTES_SHOWN; id--) ids.push(id);
    const views = await Promise.all(ids.map((id) => client.readContract({ ...read, functionName: "getDispute", args: [id] }).then((view) => ({ id, view }))));
    const disputes = views
      .map(({ id, view }) => summaryOf(id, view, deployment.contracts))
      .filter((summary) => keep(summary, filter));
    return { status: "ok" as const, disputes, chainNow: block.timestamp };
  });
}

type DisputeView = Awaited<ReturnType<typeof readDisputeView>>;
async function readDisputeView(client: import("viem").PublicClient, address: Address, id: bigint, blockNumber: bigint) {
  return client.readContract({ address, abi: disputeCourtAbi, functionName: "getDispute", args: [id], blockNumber });
}

function summaryOf(id: bigint, view: DisputeView, contracts: Record<string, Address | undefined>): DisputeSummary {
  const resolver = view.resolvers[view.stage];
  return {
    id,
    subjectKind: subjectKindOf(view.subject, contracts),
    subjectId: view.subjectId,
    opener: view.opener,
    respondent: view.respondent,
    respondentExempt: view.respondentExempt,
    stage: DISPUTE_STAGES[view.stage] ?? "Conciliation",
    status: DISPUTE_STATUSES[view.status] ?? "None",
    resolver: resolver && resolver !== zeroAddress ? resolver : undefined,
    deadline: view.deadline > 0n ? view.deadline : undefined,
  };
}

/*//////////////////////////////////////////////////////////////
                           ONE DISPUTE
//////////////////////////////////////////////////////////////*/

/** One step of the dispute's history, from the court's events (oldest first). */
export type DisputeEvent =
  | { kind: "opened" | "responded" | "escalated"; block: bigint; stage: DisputeStage; party: Address; fee: bigint; evidence: string; document: DisputeEvidenceDocument | undefined; responseDeadline: bigint | undefined }
  | { kind: "assigned"; block: bigint; stage: DisputeStage; resolver: Address; decisionDeadline: bigint }
  | { kind: "missed"; block: bigint; stage: DisputeStage; resolver: Address }
  | { kind: "decided"; block: bigint; stage: DisputeStage; resolver: Address; ruling: RulingName; reason: string; document: DisputeRulingDocument | DisputeEvidenceDocument | undefined; fee: bigint; appealDeadline: bigint | undefined }
  | { kind: "resolved"; block: bigint; ruling: RulingName; resolution: (typeof DISPUTE_RESOLUTIONS)[number] }
  | { kind: "refund"; block: bigint; party: Address; amount: bigint };

/** What the dispute is about, read fresh from its ledger: the record's state is the dispute's effect. */
export type DisputeSubjectRecord =
  | { kind: "consumption"; operator: Address; period: bigint; gigabytes: bigint; state: string }
  | { kind: "expense"; expenseId: bigint; declarer: Address; amount: bigint; period: bigint; status: string }
  | { kind: "claim" };

export type DisputeDetail = {
  summary: DisputeSummary;
  subject: DisputeSubjectRecord;
  broughtByRespondent: boolean;
  seedBlock: bigint;
  resolvers: readonly Address[];
  /** The ruling of each decided stage, in stage order (only the stages decided so far). */
  rulings: RulingName[];
  missedDeadlines: bigint;
  openerRefund: bigint;
  respondentRefund: bigint;
  depositsHeld: bigint;
  fees: Record<DisputeStage, bigint>;
  windows: { response: bigint; decision: bigint; appeal: bigint };
  deadlines: { response: bigint; decision: bigint; appeal: bigint };
  history: DisputeEvent[];
  /** Eligible to be drawn or taken in rotation: in the pool, not a party. */
  pool: readonly Address[];
  chainNow: bigint;
  blockNumber: bigint;
  gatewayUrl: string;
};

export type DisputeRead = { status: "ok"; dispute: DisputeDetail } | { status: "not-found" } | ChainUnavailable;

const CONSUMPTION_STATES = ["None", "Recorded", "Validated", "Disputed", "Voided"] as const;
export const EXPENSE_STATUSES = ["None", "Pending", "Validated", "Rejected", "Disputed", "Lapsed", "Forfeited", "Dismissed"] as const;

const cidOf = (digest: Hex, codec: number) => digestToCid(digest, codec === 1 ? "dag-pb" : "raw");
const stageName = (stage: number): DisputeStage => DISPUTE_STAGES[stage] ?? "Conciliation";
const rulingName = (ruling: number): RulingName => RULINGS[ruling] ?? "tie";

/** A dispute as its page shows it: the court's view, its deadlines and fees, its history and its subject's record. */
export async function readDispute(id: bigint): Promise<DisputeRead> {
  const { gatewayUrl } = await getRuntimeConfig();
  const read = await readAtLatestBlock(["DisputeCourt"], async ({ client, block, contracts, deployment }): Promise<DisputeRead> => {
    const blockNumber = block.number;
    const court = { address: contracts.DisputeCourt, abi: disputeCourtAbi, blockNumber } as const;
    const count = await client.readContract({ ...court, functionName: "disputeCount" });
    if (id < 1n || id > count) return { status: "not-found" };
    const [view, deadlines, windows, pool, ...fees] = await Promise.all([
      readDisputeView(client, contracts.DisputeCourt, id, blockNumber),
      client.readContract({ ...court, functionName: "deadlinesOf", args: [id] }),
      client.readContract({ ...court, functionName: "windows" }),
      client.readContract({ ...court, functionName: "getResolvers" }),
      ...DISPUTE_STAGES.map((_, stage) => client.readContract({ ...court, functionName: "stageFee", args: [stage] })),
    ]);
    const summary = summaryOf(id, view, deployment.contracts);
    const [history, subject] = await Promise.all([
      readHistory(client, contracts.DisputeCourt, id, BigInt(deployment.deploymentBlock), blockNumber, gatewayUrl),
      readSubject(client, summary, deployment.contracts, blockNumber),
    ]);
    const decidedStages = history.filter((event) => event.kind === "decided").length;
    const parties = [view.opener.toLowerCase(), view.respondent.toLowerCase()];
    return {
      status: "ok",
      dispute: {
        summary,
        subject,
        broughtByRespondent: view.broughtByRespondent,
        seedBlock: view.seedBlock,
        resolvers: view.resolvers,
        rulings: view.rulings.slice(0, decidedStages).map(rulingName),
        missedDeadlines: view.missedDeadlines,
        openerRefund: view.openerRefund,
        respondentRefund: view.respondentRefund,
        depositsHeld: view.depositsHeld,
        fees: { Conciliation: fees[0]!, Mediation: fees[1]!, Arbitration: fees[2]! },
        windows: { response: windows[0], decision: windows[1], appeal: windows[2] },
        deadlines: { response: deadlines[0], decision: deadlines[1], appeal: deadlines[2] },
        history,
        pool: pool.filter((account) => !parties.includes(account.toLowerCase())),
        chainNow: block.timestamp,
        blockNumber,
        gatewayUrl,
      },
    };
  });
  return read;
}

async function readHistory(
  client: import("viem").PublicClient,
  address: Address,
  id: bigint,
  fromBlock: bigint,
  toBlock: bigint,
  gatewayUrl: string,
): Promise<DisputeEvent[]> {
  const logs = await client.getContractEvents({ address, abi: disputeCourtAbi, fromBlock, toBlock });
  const mine = logs.filter((log) => "disputeId" in (log.args as object) && (log.args as { disputeId?: bigint }).disputeId === id);
  const events: DisputeEvent[] = [];
  let stage: DisputeStage = "Conciliation";
  for (const log of mine) {
    const block = log.blockNumber;
    switch (log.eventName) {
      case "DisputeOpened": {
        const { opener, fee, evidenceDigest, evidenceCodec, responseDeadline } = log.args;
        const evidence = cidOf(evidenceDigest!, evidenceCodec!);
        events.push({ kind: "opened", block, stage, party: opener!, fee: fee!, evidence, document: undefined, responseDeadline: responseDeadline ? responseDeadline : undefined });
        break;
      }
      case "DisputeResponded":
      case "DisputeEscalated": {
        const args = log.args as { stage: number; party: Address; fee: bigint; evidenceDigest: Hex; evidenceCodec: number; responseDeadline?: bigint };
        stage = stageName(args.stage);
        events.push({
          kind: log.eventName === "DisputeResponded" ? "responded" : "escalated",
          block,
          stage,
          party: args.party,
          fee: args.fee,
          evidence: cidOf(args.evidenceDigest, args.evidenceCodec),
          document: undefined,
          responseDeadline: args.responseDeadline ? args.responseDeadline : undefined,
        });
        break;
      }
      case "ResolverAssigned":
        events.push({ kind: "assigned", block, stage: stageName(log.args.stage!), resolver: log.args.resolver!, decisionDeadline: log.args.decisionDeadline! });
        break;
      case "ResolverMissedDeadline":
        events.push({ kind: "missed", block, stage: stageName(log.args.stage!), resolver: log.args.resolver! });
        break;
      case "DisputeDecided": {
        const { resolver, ruling, reasonDigest, reasonCodec, fee, appealDeadline } = log.args;
        events.push({
          kind: "decided",
          block,
          stage: stageName(log.args.stage!),
          resolver: resolver!,
          ruling: rulingName(ruling!),
          reason: cidOf(reasonDigest!, reasonCodec!),
          document: undefined,
          fee: fee!,
          appealDeadline: appealDeadline ? appealDeadline : undefined,
        });
        break;
      }
      case "DisputeResolved":
        events.push({ kind: "resolved", block, ruling: rulingName(log.args.ruling!), resolution: DISPUTE_RESOLUTIONS[log.args.resolution!] ?? "Decided" });
        break;
      case "RefundWithdrawn":
        events.push({ kind: "refund", block, party: log.args.account!, amount: log.args.amount! });
        break;
      default:
        break;
    }
  }
  // The statements and reasons, verified against their CIDs; one the gateway does not have is shown as a link only.
  await Promise.all(
    events.map(async (event) => {
      if (event.kind === "opened" || event.kind === "responded" || event.kind === "escalated") {
        event.document = await readDocument(event.evidence, disputeEvidenceDocumentSchema, gatewayUrl);
      } else if (event.kind === "decided") {
        event.document = (await readDocument(event.reason, disputeRulingDocumentSchema, gatewayUrl)) ?? (await readDocument(event.reason, disputeEvidenceDocumentSchema, gatewayUrl));
      }
    }),
  );
  return events;
}

async function readSubject(
  client: import("viem").PublicClient,
  summary: DisputeSummary,
  contracts: Record<string, Address | undefined>,
  blockNumber: bigint,
): Promise<DisputeSubjectRecord> {
  if (summary.subjectKind === "consumption" && contracts.ConsumptionLedger) {
    const ledger = { address: contracts.ConsumptionLedger, abi: consumptionLedgerAbi, blockNumber } as const;
    const [operator, period] = await client.readContract({ ...ledger, functionName: "recordOfSubject", args: [summary.subjectId] });
    const record = await client.readContract({ ...ledger, functionName: "recordOf", args: [operator, period] });
    return { kind: "consumption", operator, period, gigabytes: record.consumption, state: CONSUMPTION_STATES[record.state] ?? "None" };
  }
  if (summary.subjectKind === "expense" && contracts.ExpenseLedger) {
    const expense = await client.readContract({ address: contracts.ExpenseLedger, abi: expenseLedgerAbi, functionName: "getExpense", args: [summary.subjectId], blockNumber });
    return { kind: "expense", expenseId: summary.subjectId, declarer: expense.declarer, amount: BigInt(expense.amount), period: BigInt(expense.period), status: EXPENSE_STATUSES[expense.status] ?? "None" };
  }
  return { kind: "claim" };
}
