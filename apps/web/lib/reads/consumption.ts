import "server-only";
import { compensationTableAbi, consumptionLedgerAbi, expenseLedgerAbi } from "@scipio/sdk/abi";
import { indexer } from "@scipio/sdk/indexer";
import { getAddress, type Address } from "viem";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
import { readAtLatestBlock, type ChainUnavailable } from "./read-at-latest-block";
import { readParticipantsFromChain } from "./participants";

/** How many periods back the page lists (the running one and the ones before it). */
export const CONSUMPTION_PERIODS_SHOWN = 4n;

export const PERIOD_PHASES = ["Upcoming", "Running", "Grace", "Review", "Closable", "Closed"] as const;
export type PeriodPhaseName = (typeof PERIOD_PHASES)[number];

/** The compensation table's clock, as the consumption page needs it. */
export type PeriodClock = {
  currentPeriod: bigint;
  genesis: bigint;
  periodLength: bigint;
  graceWindow: bigint;
  reviewWindow: bigint;
  /** The phase of every listed period, newest first (the running one first). */
  phases: { period: bigint; phase: PeriodPhaseName }[];
};

/** When `period` stops taking first records (its grace window ends) and when its review window ends. */
export function periodDeadlines(clock: Pick<PeriodClock, "genesis" | "periodLength" | "graceWindow" | "reviewWindow">, period: bigint) {
  const end = clock.genesis + (period + 1n) * clock.periodLength;
  return { factsUntil: end + clock.graceWindow, reviewUntil: end + clock.graceWindow + clock.reviewWindow };
}

export type ConsumptionState = "Recorded" | "Validated" | "Disputed" | "Voided";

export type ConsumptionEntry = { operator: Address; period: bigint; feeder: Address; gigabytes: bigint; state: ConsumptionState; carried: boolean };

export type ConsumptionRead =
  | ({
      status: "ok";
      clock: PeriodClock;
      maxConsumption: bigint;
      operators: Address[];
      feeders: Address[];
      records: ConsumptionEntry[];
      chainNow: bigint;
    } & { freshness?: IndexFreshness })
  | ChainUnavailable;

const CHAIN_STATES = [undefined, "Recorded", "Validated", "Disputed", "Voided"] as const;

/** The indexer's state words; a ruled record is Voided when the operator (the opener) won, Validated otherwise. */
function indexedState(state: string, ruling: number | null): ConsumptionState {
  if (state === "validated") return "Validated";
  if (state === "disputed") return "Disputed";
  if (state === "ruled") return ruling === 0 ? "Voided" : "Validated";
  return "Recorded";
}

/** The clock, the operators and feeders, and the consumption records of the last `CONSUMPTION_PERIODS_SHOWN` periods. */
export async function readConsumption(): Promise<ConsumptionRead> {
  // Who may record and whose record may be recorded decide the feeder's transactions: read at the head, not from the index.
  const [clockRead, participants] = await Promise.all([readClock(), readParticipantsFromChain()]);
  if ("status" in clockRead) return clockRead;
  const { clock, maxConsumption, chainNow } = clockRead;
  const members = (key: string) => (participants.status === "ok" ? participants.roles.find((entry) => entry.role.key === key)?.accounts ?? [] : []).map((account) => getAddress(account));
  const operators = members("operator");
  const feeders = members("feeder");
  const oldest = clock.currentPeriod >= CONSUMPTION_PERIODS_SHOWN - 1n ? clock.currentPeriod - CONSUMPTION_PERIODS_SHOWN + 1n : 0n;
  const indexed = await readFromIndex((client) => indexer.consumption(client, { filter: { period_gte: oldest.toString() }, orderBy: "period", orderDirection: "desc", limit: 500 }));
  if (indexed.ok) {
    const records = indexed.value.items.map(
      (row): ConsumptionEntry => ({
        operator: getAddress(row.operator),
        period: row.period,
        feeder: getAddress(row.feeder),
        gigabytes: row.amount,
        state: indexedState(row.state, row.ruling),
        carried: row.carried,
      }),
    );
    return { status: "ok", clock, maxConsumption, operators, feeders, records, chainNow, freshness: indexed.freshness };
  }
  const records = await readRecordsFromChain(operators, oldest, clock.currentPeriod);
  if (!Array.isArray(records)) return records;
  return { status: "ok", clock, maxConsumption, operators, feeders, records, chainNow, freshness: indexed.freshness };
}

function readClock() {
  return readAtLatestBlock(["CompensationTable", "ConsumptionLedger"], async ({ client, block, contracts }) => {
    const table = { address: contracts.CompensationTable, abi: compensationTableAbi, blockNumber: block.number } as const;
    const [currentPeriod, genesis, periodLength, graceWindow, reviewWindow, maxConsumption] = await Promise.all([
      client.readContract({ ...table, functionName: "currentPeriod" }),
      client.readContract({ ...table, functionName: "genesis" }),
      client.readContract({ ...table, functionName: "periodLength" }),
      client.readContract({ ...table, functionName: "graceWindow" }),
      client.readContract({ ...table, functionName: "reviewWindow" }),
      client.readContract({ address: contracts.ConsumptionLedger, abi: consumptionLedgerAbi, functionName: "MAX_CONSUMPTION", blockNumber: block.number }),
    ]);
    const periods: bigint[] = [];
    for (let period = currentPeriod; period >= 0n && periods.length < Number(CONSUMPTION_PERIODS_SHOWN); period--) periods.push(period);
    const phases = await Promise.all(
      periods.map(async (period) => ({ period, phase: PERIOD_PHASES[await client.readContract({ ...table, functionName: "phaseOf", args: [period] })] ?? "Closed" })),
    );
    const clock: PeriodClock = { currentPeriod, genesis, periodLength, graceWindow, reviewWindow, phases };
    return { clock, maxConsumption, chainNow: block.timestamp };
  });
}

function readRecordsFromChain(operators: Address[], oldest: bigint, newest: bigint) {
  return readAtLatestBlock(["ConsumptionLedger"], async ({ client, block, contracts }) => {
    const reads: Promise<ConsumptionEntry | undefined>[] = [];
    for (let period = newest; period >= oldest; period--) {
      for (const operator of operators) {
        reads.push(
          client
            .readContract({ address: contracts.ConsumptionLedger, abi: consumptionLedgerAbi, functionName: "recordOf", args: [operator, period], blockNumber: block.number })
            .then((record) => {
              const state = CHAIN_STATES[record.state];
              return state ? { operator, period, feeder: record.feeder, gigabytes: record.consumption, state, carried: record.carried } : undefined;
            }),
        );
      }
      if (period === 0n) break;
    }
    return (await Promise.all(reads)).filter((entry): entry is ConsumptionEntry => entry !== undefined);
  });
}

/*//////////////////////////////////////////////////////////////
                WHAT A VIEWER MAY BRING TO THE COURT
//////////////////////////////////////////////////////////////*/

/** A record its owner may still dispute: a Recorded consumption in its review window, or a Rejected expense in its dispute window. */
export type DisputableRecord =
  | { kind: "consumption"; owner: Address; period: bigint; gigabytes: bigint; until: bigint }
  | { kind: "expense"; owner: Address; expenseId: bigint; amount: bigint; period: bigint; until: bigint };

/** Every record that can be taken to the court now; the form offers the connected account its own. */
export async function readDisputableRecords(): Promise<DisputableRecord[]> {
  const [consumption, expenses] = await Promise.all([readConsumption(), readRejectedExpenses()]);
  const records: DisputableRecord[] = [];
  if (consumption.status === "ok") {
    for (const entry of consumption.records) {
      const { reviewUntil } = periodDeadlines(consumption.clock, entry.period);
      if (entry.state === "Recorded" && !entry.carried && consumption.chainNow < reviewUntil) {
        records.push({ kind: "consumption", owner: entry.operator, period: entry.period, gigabytes: entry.gigabytes, until: reviewUntil });
      }
    }
  }
  records.push(...expenses);
  return records;
}

/** The newest expenses this many deep are looked at for rejections still open to dispute. */
const EXPENSES_SCANNED = 200;

async function readRejectedExpenses(): Promise<DisputableRecord[]> {
  const REJECTED = 3;
  const indexed = await readFromIndex((client) => indexer.expenses(client, { filter: { status: REJECTED }, orderBy: "id", orderDirection: "desc", limit: EXPENSES_SCANNED }));
  const read = await readAtLatestBlock(["ExpenseLedger"], async ({ client, block, contracts }) => {
    const ledger = { address: contracts.ExpenseLedger, abi: expenseLedgerAbi, blockNumber: block.number } as const;
    const window = await client.readContract({ ...ledger, functionName: "DISPUTE_WINDOW" });
    let ids: bigint[];
    if (indexed.ok) ids = indexed.value.items.map((row) => row.id);
    else {
      const count = await client.readContract({ ...ledger, functionName: "expenseCount" });
      ids = [];
      for (let id = count; id > 0n && ids.length < EXPENSES_SCANNED; id--) ids.push(id);
    }
    // The status is read fresh: the index may be a block behind a rejection that was just disputed.
    const expenses = await Promise.all(ids.map((id) => client.readContract({ ...ledger, functionName: "getExpense", args: [id] }).then((expense) => ({ id, expense }))));
    return expenses
      .filter(({ expense }) => expense.status === REJECTED && BigInt(expense.rejectedAt) + window > block.timestamp)
      .map(({ id, expense }): DisputableRecord => ({
        kind: "expense",
        owner: expense.declarer,
        expenseId: id,
        amount: BigInt(expense.amount),
        period: BigInt(expense.period),
        until: BigInt(expense.rejectedAt) + window,
      }));
  });
  return Array.isArray(read) ? read : [];
}
