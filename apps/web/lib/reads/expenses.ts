import "server-only";
import { compensationTableAbi, disputeCourtAbi, expenseLedgerAbi, participantRegistryAbi } from "@scipio/sdk/abi";
import { indexer } from "@scipio/sdk/indexer";
import { digestToCid } from "@scipio/sdk/ipfs";
import { EXPENSE_STATUSES, type ExpenseStatusName } from "@scipio/sdk/protocol";
import { expenseRejectionDocumentSchema } from "@scipio/sdk/schemas/evidence";
import { erc20Abi, type Address, type Hex, type PublicClient } from "viem";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
import { readDocument } from "@/lib/reads/ipfs-documents";
import { readAtLatestBlock, type ChainUnavailable, type LatestBlock } from "@/lib/reads/read-at-latest-block";
import { getRuntimeConfig } from "@/lib/server-config";

/** `IPeriodClock.PeriodPhase` by index (the sdk's hooks module has the same list, but it is client code). */
export const PERIOD_PHASE_NAMES = ["Upcoming", "Running", "Grace", "Review", "Closable", "Closed"] as const;
export type PeriodPhaseName = (typeof PERIOD_PHASE_NAMES)[number];

/** Expenses a list shows at most (the newest first). */
const LIST_LIMIT = 50;
/** Expense ids the chain fallback scans back from the newest. */
const CHAIN_SCAN = 200n;
const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";
const ZERO_HASH: Hex = `0x${"0".repeat(64)}`;

export type Seat = {
  slot: number;
  /** Vacant until drawn (or after a redraw). */
  drawn: boolean;
  reviewer: Address;
  verdict: "none" | "validate" | "reject";
  /** When the drawn reviewer's answer window ends (0 while vacant). */
  answerBy: bigint;
};

export type ExpenseView = {
  id: bigint;
  declarer: Address;
  amount: bigint;
  period: bigint;
  status: ExpenseStatusName;
  drawAnchor: bigint;
  validations: number;
  rejections: number;
  rejectedAt: bigint;
  depositReleased: boolean;
  evidenceCid: string;
  seats: Seat[];
  /** The phase of the expense's period now. */
  periodPhase: PeriodPhaseName;
};

type LedgerRead = { client: PublicClient; block: LatestBlock; ledger: Address; table: Address; fromBlock: bigint };

const verdictName = (verdict: number): Seat["verdict"] => (verdict === 1 ? "validate" : verdict === 2 ? "reject" : "none");

/** One expense with its seats and its period's phase, at the render's block. */
async function expenseAt({ client, block, ledger, table, fromBlock }: LedgerRead, id: bigint, answerWindow: bigint): Promise<ExpenseView> {
  const at = { address: ledger, abi: expenseLedgerAbi, blockNumber: block.number } as const;
  const [expense, seats, declared] = await Promise.all([
    client.readContract({ ...at, functionName: "getExpense", args: [id] }),
    client.readContract({ ...at, functionName: "reviewersOf", args: [id] }),
    client.getContractEvents({ address: ledger, abi: expenseLedgerAbi, eventName: "ExpenseDeclared", args: { expenseId: id }, fromBlock, toBlock: block.number }),
  ]);
  const phase = await client.readContract({
    address: table,
    abi: compensationTableAbi,
    functionName: "phaseOf",
    args: [BigInt(expense.period)],
    blockNumber: block.number,
  });
  const event = declared[0]?.args;
  return {
    id,
    declarer: expense.declarer,
    amount: expense.amount,
    period: BigInt(expense.period),
    status: EXPENSE_STATUSES[expense.status] ?? "None",
    drawAnchor: expense.drawAnchor,
    validations: expense.validations,
    rejections: expense.rejections,
    rejectedAt: BigInt(expense.rejectedAt),
    depositReleased: expense.depositReleased,
    evidenceCid: event?.evidenceDigest ? digestToCid(event.evidenceDigest, event.evidenceCodec === 1 ? "dag-pb" : "raw") : "",
    seats: seats.map((seat, slot) => ({
      slot,
      drawn: seat.reviewer !== ZERO_ADDRESS,
      reviewer: seat.reviewer,
      verdict: verdictName(seat.verdict),
      answerBy: seat.reviewer === ZERO_ADDRESS ? 0n : BigInt(seat.drawnAt) + answerWindow,
    })),
    periodPhase: PERIOD_PHASE_NAMES[phase] ?? "Closed",
  };
}

function withLedger<Result>(read: (context: LedgerRead & { answerWindow: bigint; count: bigint; court: Address | undefined }) => Promise<Result>) {
  return readAtLatestBlock(["ExpenseLedger", "CompensationTable"], async ({ client, block, contracts, deployment }) => {
    const ledger = contracts.ExpenseLedger;
    const at = { address: ledger, abi: expenseLedgerAbi, blockNumber: block.number } as const;
    const [answerWindow, count] = await Promise.all([
      client.readContract({ ...at, functionName: "answerWindow" }),
      client.readContract({ ...at, functionName: "expenseCount" }),
    ]);
    const fromBlock = BigInt(deployment.deploymentBlock);
    return read({ client, block, ledger, table: contracts.CompensationTable, fromBlock, answerWindow, count, court: deployment.contracts.DisputeCourt });
  });
}

/** The ids the chain fallback looks at: the newest `CHAIN_SCAN` expenses, newest first. */
function recentIds(count: bigint): bigint[] {
  const ids: bigint[] = [];
  for (let id = count; id >= 1n && count - id < CHAIN_SCAN; id--) ids.push(id);
  return ids;
}

/*//////////////////////////////////////////////////////////////
                           MY EXPENSES
//////////////////////////////////////////////////////////////*/

export type RejectionReason = { slot: number; cid: string; reason: string | undefined };

export type MyExpense = ExpenseView & {
  reasons: RejectionReason[];
  /** The newest dispute the declarer opened about this expense (its rejection), if any. */
  disputeId: bigint | undefined;
  /** Rejected: until when the declarer may take the rejection to the court (chain time). */
  disputableUntil: bigint | undefined;
};

export type MyExpensesRead =
  | { status: "ok"; expenses: MyExpense[]; chainNow: bigint; blockNumber: bigint; freshness: IndexFreshness }
  | ChainUnavailable;

/**
 * The account's expenses, newest first: which ones from the index (the declarer filter; a chain scan of the
 * newest ids when the index cannot answer), each one's state, seats and rejection reasons from the chain at one
 * block, since those are what the declarer acts on.
 */
export async function readMyExpenses(account: Address): Promise<MyExpensesRead> {
  const indexed = await readFromIndex((client) =>
    indexer.expenses(client, { filter: { declarer: account.toLowerCase() as Address }, orderBy: "id", orderDirection: "desc", limit: LIST_LIMIT }),
  );
  const { gatewayUrl } = await getRuntimeConfig();
  return withLedger(async (context) => {
    let ids: bigint[];
    if (indexed.ok) {
      ids = indexed.value.items.map((row) => row.id).filter((id) => id <= context.count);
    } else {
      const scanned = await Promise.all(
        recentIds(context.count).map(async (id) => {
          const expense = await context.client.readContract({
            address: context.ledger,
            abi: expenseLedgerAbi,
            functionName: "getExpense",
            args: [id],
            blockNumber: context.block.number,
          });
          return expense.declarer.toLowerCase() === account.toLowerCase() ? id : undefined;
        }),
      );
      ids = scanned.filter((id) => id !== undefined).slice(0, LIST_LIMIT);
    }
    const [disputes, disputeWindow] = await Promise.all([
      disputesOpenedBy(context, account),
      context.client.readContract({ address: context.ledger, abi: expenseLedgerAbi, functionName: "DISPUTE_WINDOW", blockNumber: context.block.number }),
    ]);
    const expenses = await Promise.all(
      ids.map(async (id): Promise<MyExpense> => {
        const view = await expenseAt(context, id, context.answerWindow);
        const reasons = view.rejections > 0 ? await rejectionReasons(context, id, gatewayUrl) : [];
        const disputableUntil = view.status === "Rejected" && view.rejectedAt > 0n ? view.rejectedAt + disputeWindow : undefined;
        return { ...view, reasons, disputeId: disputes.get(id), disputableUntil };
      }),
    );
    return {
      status: "ok" as const,
      expenses,
      chainNow: context.block.timestamp,
      blockNumber: context.block.number,
      freshness: indexed.freshness,
    };
  });
}

/**
 * The disputes `account` opened about its expenses, by expense id (the newest per expense): the court's
 * `DisputeOpened` events filtered by the indexed subject (the expense ledger) and opener, at the render's block.
 */
async function disputesOpenedBy({ client, block, ledger, fromBlock, court }: LedgerRead & { court: Address | undefined }, account: Address): Promise<Map<bigint, bigint>> {
  const byExpense = new Map<bigint, bigint>();
  if (!court) return byExpense;
  const opened = await client.getContractEvents({ address: court, abi: disputeCourtAbi, eventName: "DisputeOpened", args: { subject: ledger, opener: account }, fromBlock, toBlock: block.number });
  for (const event of opened) {
    const expenseId = event.args.subjectId;
    const disputeId = event.args.disputeId;
    if (expenseId === undefined || disputeId === undefined) continue;
    if ((byExpense.get(expenseId) ?? 0n) < disputeId) byExpense.set(expenseId, disputeId);
  }
  return byExpense;
}

/** The reasons the rejecting reviewers gave, from their `ExpenseReviewed` events and the documents behind them. */
async function rejectionReasons({ client, block, ledger, fromBlock }: LedgerRead, id: bigint, gatewayUrl: string): Promise<RejectionReason[]> {
  const [events, seats] = await Promise.all([
    client.getContractEvents({ address: ledger, abi: expenseLedgerAbi, eventName: "ExpenseReviewed", args: { expenseId: id }, fromBlock, toBlock: block.number }),
    client.readContract({ address: ledger, abi: expenseLedgerAbi, functionName: "reviewersOf", args: [id], blockNumber: block.number }),
  ]);
  const rejections = events.filter((event) => event.args.verdict === 2 && event.args.reasonDigest && event.args.reasonDigest !== ZERO_HASH);
  return Promise.all(
    rejections.map(async (event) => {
      const cid = digestToCid(event.args.reasonDigest!, event.args.reasonCodec === 1 ? "dag-pb" : "raw");
      const document = await readDocument(cid, expenseRejectionDocumentSchema, gatewayUrl);
      const slot = seats.findIndex((seat) => seat.reviewer.toLowerCase() === event.args.reviewer?.toLowerCase());
      return { slot, cid, reason: document?.expenseId === id.toString() ? document.reason : undefined };
    }),
  );
}

/*//////////////////////////////////////////////////////////////
                        DECLARING: WHAT APPLIES
//////////////////////////////////////////////////////////////*/

export type DeclareContext = {
  status: "ok";
  deposit: bigint;
  reviewFee: bigint;
  answerWindow: bigint;
  currentPeriod: bigint;
  /** Periods that take declarations now: the running one, and the previous one while in its grace window. */
  openPeriods: { period: bigint; phase: PeriodPhaseName; endsAt: bigint }[];
  chainNow: bigint;
  /** For the connected account (when the address names one): what the chain would refuse before sending. */
  account?: {
    address: Address;
    refusals: string[];
    balance: bigint;
    eligibleReviewers: bigint;
  };
};

/** What the declare form says up front: deposit and fee, the open periods, and the account's refusals. */
export function readDeclareContext(account: Address | undefined): Promise<DeclareContext | ChainUnavailable> {
  return readAtLatestBlock(["ExpenseLedger", "CompensationTable", "ParticipantRegistry", "SettlementToken"], async ({ client, block, contracts }) => {
    const ledger = { address: contracts.ExpenseLedger, abi: expenseLedgerAbi, blockNumber: block.number } as const;
    const table = { address: contracts.CompensationTable, abi: compensationTableAbi, blockNumber: block.number } as const;
    const [deposit, reviewFee, answerWindow, currentPeriod, genesis, periodLength, graceWindow] = await Promise.all([
      client.readContract({ ...ledger, functionName: "deposit" }),
      client.readContract({ ...ledger, functionName: "reviewFee" }),
      client.readContract({ ...ledger, functionName: "answerWindow" }),
      client.readContract({ ...table, functionName: "currentPeriod" }),
      client.readContract({ ...table, functionName: "genesis" }),
      client.readContract({ ...table, functionName: "periodLength" }),
      client.readContract({ ...table, functionName: "graceWindow" }),
    ]);
    const candidates = currentPeriod > 0n ? [currentPeriod, currentPeriod - 1n] : [currentPeriod];
    const phases = await Promise.all(candidates.map((period) => client.readContract({ ...table, functionName: "phaseOf", args: [period] })));
    const openPeriods = candidates
      .map((period, index) => {
        const phase = PERIOD_PHASE_NAMES[phases[index]!] ?? "Closed";
        const end = genesis + (period + 1n) * periodLength;
        return { period, phase, endsAt: phase === "Grace" ? end + graceWindow : end };
      })
      .filter(({ phase }) => phase === "Running" || phase === "Grace");
    const context: DeclareContext = { status: "ok", deposit, reviewFee, answerWindow, currentPeriod, openPeriods, chainNow: block.timestamp };
    if (!account) return context;

    const [roles, entityHash, inDebt, eligibleReviewers, balance] = await Promise.all([
      client.readContract({ address: contracts.ParticipantRegistry, abi: participantRegistryAbi, functionName: "rolesOf", args: [account], blockNumber: block.number }),
      client.readContract({ ...ledger, functionName: "entityHashOf", args: [account] }),
      client.readContract({ ...table, functionName: "hasUnsettledDebt", args: [account] }),
      client.readContract({ ...ledger, functionName: "eligibleReviewerCount", args: [account] }),
      client.readContract({ address: contracts.SettlementToken, abi: erc20Abi, functionName: "balanceOf", args: [account], blockNumber: block.number }),
    ]);
    const has = (bit: number) => (roles & (1n << BigInt(bit))) !== 0n;
    const operatorOrAdministration = has(0) || has(3);
    const refusals: string[] = [];
    if (!operatorOrAdministration && !has(1)) {
      refusals.push("This account is not an operator, a public administration or an investor: only they declare expenses.");
    } else if (!operatorOrAdministration && entityHash === ZERO_HASH) {
      refusals.push("This investor's entity is not registered by the platform yet: investors declare once it is approved.");
    }
    if (inDebt) refusals.push("This account has an unsettled debt of a closed period: settle it on the compensation page before declaring.");
    if (eligibleReviewers < 3n) {
      refusals.push(`Only ${eligibleReviewers} reviewers other than you are eligible; an expense needs 3 to be drawn.`);
    }
    if (openPeriods.length === 0) refusals.push("No period takes declarations right now.");
    if (balance < deposit) {
      refusals.push(`The deposit is ${formatEuro(deposit)} and this account holds ${formatEuro(balance)} in the settlement token.`);
    }
    return { ...context, account: { address: account, refusals, balance, eligibleReviewers } };
  });
}

/** Settlement-token units (6 decimals) as euros, e.g. "10.00 €". */
export function formatEuro(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / 1_000_000n;
  const cents = (abs % 1_000_000n) / 10_000n;
  return `${negative ? "−" : ""}${whole.toLocaleString("en-US")}.${cents.toString().padStart(2, "0")} €`;
}

/*//////////////////////////////////////////////////////////////
                          THE REVIEW QUEUE
//////////////////////////////////////////////////////////////*/

export type QueueItem = { expenseId: bigint; period: bigint; amount: bigint; slot: number; answerBy: bigint; periodPhase: PeriodPhaseName };

export type ReviewQueueRead =
  | { status: "ok"; items: QueueItem[]; chainNow: bigint; freshness: IndexFreshness }
  | ChainUnavailable;

/**
 * The expenses drawn for `account` that it has not answered and that still take its verdict: the index's open
 * reviews (a scan of the newest expenses when it cannot answer), each checked against the chain at one block so
 * an expense decided since the index's block is gone from the queue. Never the account's own expenses.
 */
export async function readReviewQueue(account: Address): Promise<ReviewQueueRead> {
  const me = account.toLowerCase();
  const indexed = await readFromIndex((client) =>
    indexer.reviews(client, { filter: { reviewer: me as Address, open: true }, orderBy: "drawnBlock", orderDirection: "desc", limit: LIST_LIMIT }),
  );
  return withLedger(async (context) => {
    const ids = indexed.ok ? indexed.value.items.map((row) => row.expenseId).filter((id) => id <= context.count) : recentIds(context.count);
    const views = await Promise.all(ids.map((id) => expenseAt(context, id, context.answerWindow)));
    const items = views.flatMap((view): QueueItem[] => {
      if (view.status !== "Pending" || view.declarer.toLowerCase() === me) return [];
      if (!["Running", "Grace", "Review"].includes(view.periodPhase)) return [];
      const seat = view.seats.find((candidate) => candidate.drawn && candidate.reviewer.toLowerCase() === me && candidate.verdict === "none");
      if (!seat) return [];
      return [{ expenseId: view.id, period: view.period, amount: view.amount, slot: seat.slot, answerBy: seat.answerBy, periodPhase: view.periodPhase }];
    });
    items.sort((a, b) => (a.answerBy < b.answerBy ? -1 : a.answerBy > b.answerBy ? 1 : 0));
    return { status: "ok" as const, items, chainNow: context.block.timestamp, freshness: indexed.freshness };
  });
}

/*//////////////////////////////////////////////////////////////
                          ONE EXPENSE
//////////////////////////////////////////////////////////////*/

export type ExpenseForReview = {
  status: "ok";
  /** Never shown: the page passes on only what it needs (the entity hash, whether seats are filled). */
  expense: Omit<ExpenseView, "declarer">;
  /** The declarer's registered entity hash (zero when none): the evidence page compares the invoiced party with it. */
  registeredEntityHash: Hex;
  /** The invoice key the declaration carried (from its event). */
  invoiceKey: Hex | undefined;
  chainNow: bigint;
  blockNumber: bigint;
};

/** Expense `id` fresh from the chain for its evidence page; `not-found` for an id never declared. */
export function readExpenseForReview(id: bigint): Promise<ExpenseForReview | { status: "not-found" } | ChainUnavailable> {
  return withLedger(async (context) => {
    if (id < 1n || id > context.count) return { status: "not-found" as const };
    const view = await expenseAt(context, id, context.answerWindow);
    const at = { address: context.ledger, abi: expenseLedgerAbi, blockNumber: context.block.number } as const;
    const [registeredEntityHash, declared] = await Promise.all([
      context.client.readContract({ ...at, functionName: "entityHashOf", args: [view.declarer] }),
      context.client.getContractEvents({ address: context.ledger, abi: expenseLedgerAbi, eventName: "ExpenseDeclared", args: { expenseId: id }, fromBlock: context.fromBlock, toBlock: context.block.number }),
    ]);
    const { declarer, ...expense } = view;
    void declarer;
    return {
      status: "ok" as const,
      expense,
      registeredEntityHash,
      invoiceKey: declared[0]?.args.invoiceKey,
      chainNow: context.block.timestamp,
      blockNumber: context.block.number,
    };
  });
}
