import "server-only";
import { billingAbi, compensationTableAbi, consumptionLedgerAbi } from "@scipio/sdk/abi";
import { indexer } from "@scipio/sdk/indexer";
import { getAddress, type Address } from "viem";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
import { readAtLatestBlock, type ChainUnavailable, type LatestBlockContext } from "./read-at-latest-block";

/** The most participants the table shows (the page says when there are more). */
export const COMPENSATION_ROWS = 200;

/** `IPeriodClock.PeriodPhase` by index, in the words the page uses. */
export const PHASES = ["upcoming", "running", "grace", "review", "closable", "closed"] as const;
export type Phase = (typeof PHASES)[number];

/** `ICompensationTable.PositionKind` by index. */
export const POSITION_KINDS = ["none", "debt", "credit", "late-credit"] as const;
export type PositionKindName = (typeof POSITION_KINDS)[number];

export type PeriodClock = {
  period: bigint;
  phase: Phase;
  startsAt: bigint;
  endsAt: bigint;
  graceEndsAt: bigint;
  reviewEndsAt: bigint;
  /** When the recording window ends (zero while the period is open). */
  recordingEndsAt: bigint;
  closedAt: bigint;
  /** Periods close in order: the one `close` takes next. */
  nextPeriodToClose: bigint;
};

export type CompensationRow = {
  account: Address;
  /** Has a consumption record of the period (or consumption carried into it). */
  operator: boolean;
  /** Validated expenses counted in the period: its own, carried in, and the platform fee for the platform. */
  expenses: bigint;
  /** Validated expenses waiting for the operator's consumption (not in the totals). */
  waiting: bigint;
  /** Consumption counted in the period, GB. */
  consumption: bigint;
  /** `⌈(ΣE + fee) · C_i / ΣC⌉`: its share of all expenses. */
  share: bigint;
  /** `E_i − share`: the chain's `netPositionOf` once closed, the same formula on today's totals before. */
  net: bigint;
  position: { kind: PositionKindName; amount: bigint; paid: bigint };
  /** The operator's CPR contributions for the period (deployment + maintenance), from its invoice when issued. */
  contributions?: { deployment: bigint; maintenance: bigint; invoiced: boolean };
};

export type CompensationTotals = {
  expenses: bigint;
  consumption: bigint;
  platformFee: bigint;
  totalCredit: bigint;
  lateCredit: bigint;
  settled: bigint;
};

export type CompensationView = {
  status: "ok";
  chainNow: bigint;
  block: bigint;
  currentPeriod: bigint;
  clock: PeriodClock;
  totals: CompensationTotals;
  platformFeeBps: bigint;
  platform: Address;
  rows: CompensationRow[];
  /** Participants found beyond `COMPENSATION_ROWS`. */
  omitted: number;
  /** Where the list of participants came from (their figures are the chain's). */
  freshness: IndexFreshness;
};

export type CompensationRead = CompensationView | { status: "before-genesis"; genesis: bigint } | { status: "not-found"; currentPeriod: bigint } | ChainUnavailable;

type Context = LatestBlockContext<"CompensationTable" | "ConsumptionLedger">;

/**
 * The compensation table of `period` (default: the latest period that is not running) at the latest block.
 * Who took part comes from the indexer (expenses credited to the period and their reviewers, consumption
 * records, recorded positions, invoices), or from the chain's events when the indexer is down or behind;
 * every figure on a row and the totals are read from the chain at one block, so they add up as the table does.
 */
export async function readCompensation(requested: bigint | undefined): Promise<CompensationRead> {
  const found = await readFromIndex(async (client) => {
    const base = await readAtLatestBlock(["CompensationTable"], async ({ client: chain, contracts, block }) => ({
      current: await currentPeriodAt(chain, contracts.CompensationTable, block.number),
    }));
    const current = "current" in base ? base.current : undefined;
    const period = requested ?? defaultPeriod(current);
    if (period === undefined) return { indexedBlock: undefined, period, accounts: [] as Address[], invoices: new Map() };
    const filter = { period } as const;
    const [credited, declared, consumption, carried, positions, invoices] = await Promise.all([
      indexer.expenses(client, { filter: { creditedPeriod: period }, limit: 1000 }),
      indexer.expenses(client, { filter, limit: 1000 }),
      indexer.consumption(client, { filter, limit: 1000 }),
      indexer.consumption(client, { filter: { carriedInto: period }, limit: 1000 }),
      indexer.positions(client, { filter, limit: 1000 }),
      indexer.invoices(client, { filter, limit: 1000 }),
    ]);
    const expenseIds = [...new Set([...credited.items, ...declared.items].map((expense) => expense.id))];
    const reviews = expenseIds.length === 0 ? [] : (await indexer.reviews(client, { filter: { expenseId_in: expenseIds }, limit: 1000 })).items;
    const accounts = [
      ...credited.items.map((row) => row.declarer),
      ...declared.items.map((row) => row.declarer),
      ...reviews.filter((review) => review.verdict !== 0).map((review) => review.reviewer),
      ...consumption.items.map((row) => row.operator),
      ...carried.items.map((row) => row.operator),
      ...positions.items.map((row) => row.account),
    ];
    const invoiceMap = new Map(invoices.items.map((row) => [getAddress(row.operator), { deployment: row.deploymentContribution, maintenance: row.maintenanceContribution }]));
    return { indexedBlock: credited.indexedBlock, period, accounts, invoices: invoiceMap, operators: [...consumption.items, ...carried.items].map((row) => row.operator) };
  });

  return readAtLatestBlock(["CompensationTable", "ConsumptionLedger"], async (context): Promise<CompensationRead> => {
    const { client, contracts, block } = context;
    const table = { address: contracts.CompensationTable, abi: compensationTableAbi, blockNumber: block.number } as const;
    const genesis = await client.readContract({ ...table, functionName: "genesis" });
    if (block.timestamp < genesis) return { status: "before-genesis", genesis };
    const currentPeriod = await client.readContract({ ...table, functionName: "currentPeriod" });
    const period = requested ?? defaultPeriod(currentPeriod)!;
    if (period > currentPeriod) return { status: "not-found", currentPeriod };

    let accounts: Address[];
    let operators: Address[];
    let invoices: Map<Address, { deployment: bigint; maintenance: bigint }>;
    let freshness: IndexFreshness;
    if (found.ok && found.value.period === period) {
      accounts = found.value.accounts;
      operators = found.value.operators ?? [];
      invoices = found.value.invoices;
      freshness = found.freshness;
    } else {
      ({ accounts, operators, invoices } = await participantsFromChain(context, period));
      freshness = found.ok ? { source: "chain", reason: "unavailable", indexerUrl: undefined } : found.freshness;
    }

    const read = <const Name extends "periodLength" | "graceWindow" | "reviewWindow" | "platformFeeBps" | "platform" | "nextPeriodToClose">(functionName: Name) =>
      client.readContract({ ...table, functionName });
    const [periodLength, grace, review, feeBps, platform, nextPeriodToClose, phaseIndex, totals] = await Promise.all([
      read("periodLength"),
      read("graceWindow"),
      read("reviewWindow"),
      read("platformFeeBps"),
      read("platform"),
      read("nextPeriodToClose"),
      client.readContract({ ...table, functionName: "phaseOf", args: [period] }),
      client.readContract({ ...table, functionName: "periodTotals", args: [period] }),
    ]);
    const startsAt = genesis + period * periodLength;
    const clock: PeriodClock = {
      period,
      phase: PHASES[phaseIndex]!,
      startsAt,
      endsAt: startsAt + periodLength,
      graceEndsAt: startsAt + periodLength + grace,
      reviewEndsAt: startsAt + periodLength + grace + review,
      recordingEndsAt: totals.recordingEndsAt,
      closedAt: totals.closedAt,
      nextPeriodToClose,
    };
    const closed = clock.phase === "closed";
    // The fee the table charges at close: frozen ΣE · bps (before close, today's ΣE).
    const platformFee = closed ? totals.platformFee : (totals.expenses * feeBps) / 10_000n;

    const unique = [...new Set([...accounts, platform].map((account) => getAddress(account)))];
    const operatorSet = new Set(operators.map((account) => getAddress(account)));
    const rows = await Promise.all(unique.map((account) => readRow(context, { account, period, closed, platform, platformFee, totals, operator: operatorSet.has(account) })));
    const shown = rows
      .filter((row) => row.expenses > 0n || row.waiting > 0n || row.consumption > 0n || row.net !== 0n || row.position.kind !== "none" || row.operator)
      .sort((a, b) => (a.net === b.net ? (a.account < b.account ? -1 : 1) : a.net > b.net ? -1 : 1));
    const visible = shown.slice(0, COMPENSATION_ROWS);
    if (contracts.CompensationTable && context.deployment.contracts.Billing) {
      const billing = context.deployment.contracts.Billing;
      await Promise.all(
        visible
          .filter((row) => row.operator)
          .map(async (row) => {
            const invoiced = invoices.get(row.account);
            if (invoiced) {
              row.contributions = { ...invoiced, invoiced: true };
              return;
            }
            const [deployment, maintenance] = await client.readContract({ address: billing, abi: billingAbi, functionName: "contributionsOf", args: [row.account, period], blockNumber: block.number });
            row.contributions = { deployment, maintenance, invoiced: false };
          }),
      );
    }
    return {
      status: "ok",
      chainNow: block.timestamp,
      block: block.number,
      currentPeriod,
      clock,
      totals: {
        expenses: totals.expenses,
        consumption: totals.consumption,
        platformFee,
        totalCredit: totals.totalCredit,
        lateCredit: totals.lateCredit,
        settled: totals.settled,
      },
      platformFeeBps: feeBps,
      platform: getAddress(platform),
      rows: visible,
      omitted: shown.length - visible.length,
      freshness,
    };
  });
}

/** The latest period that is not running (the one with figures to settle), or period 0 while it runs. */
function defaultPeriod(current: bigint | undefined): bigint | undefined {
  if (current === undefined) return undefined;
  return current > 0n ? current - 1n : 0n;
}

async function currentPeriodAt(client: Context["client"], address: Address, blockNumber: bigint): Promise<bigint | undefined> {
  try {
    return await client.readContract({ address, abi: compensationTableAbi, functionName: "currentPeriod", blockNumber });
  } catch {
    return undefined;
  }
}

async function readRow(
  { client, contracts, block }: Context,
  input: { account: Address; period: bigint; closed: boolean; platform: Address; platformFee: bigint; totals: { expenses: bigint; consumption: bigint }; operator: boolean },
): Promise<CompensationRow> {
  const { account, period, closed, platform, platformFee, totals } = input;
  const table = { address: contracts.CompensationTable, abi: compensationTableAbi, blockNumber: block.number } as const;
  const [entry, [counted, own], position, chainNet] = await Promise.all([
    client.readContract({ ...table, functionName: "entryOf", args: [account, period] }),
    client.readContract({ address: contracts.ConsumptionLedger, abi: consumptionLedgerAbi, functionName: "countedConsumption", args: [account, period], blockNumber: block.number }),
    client.readContract({ ...table, functionName: "positionOf", args: [account, period] }),
    closed ? client.readContract({ ...table, functionName: "netPositionOf", args: [account, period] }) : Promise.resolve(undefined),
  ]);
  const [countedExpenses, waiting, carriedExpenses, carriedConsumption] = entry;
  const expenses = countedExpenses + carriedExpenses + (account === getAddress(platform) ? platformFee : 0n);
  const consumption = (counted ? own : 0n) + carriedConsumption;
  const pool = totals.expenses + platformFee;
  const share = totals.consumption === 0n ? 0n : ceilDiv(pool * consumption, totals.consumption);
  const net = chainNet ?? (totals.consumption === 0n ? 0n : expenses - share);
  return {
    account,
    operator: input.operator || consumption > 0n || counted,
    expenses,
    waiting,
    consumption,
    share,
    net,
    position: { kind: POSITION_KINDS[position.kind] ?? "none", amount: position.amount, paid: position.paid },
  };
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** Who took part in `period`, from the table's and the ledgers' events (the indexer's answer, slower). */
async function participantsFromChain({ client, contracts, deployment, block }: Context, period: bigint) {
  const range = { fromBlock: BigInt(deployment.deploymentBlock), toBlock: block.number, strict: true } as const;
  const table = { address: contracts.CompensationTable, abi: compensationTableAbi, ...range } as const;
  const [credited, counted, carried, recorded] = await Promise.all([
    client.getContractEvents({ ...table, eventName: "ExpenseCredited", args: { period } }),
    client.getContractEvents({ ...table, eventName: "ConsumptionCounted", args: { period } }),
    client.getContractEvents({ ...table, eventName: "ConsumptionCarried" }),
    client.getContractEvents({ ...table, eventName: "PositionRecorded", args: { period } }),
  ]);
  const carriedIn = carried.filter((log) => log.args.intoPeriod === period).map((log) => log.args.operator);
  const operators = [...counted.map((log) => log.args.operator), ...carriedIn];
  const invoices = new Map<Address, { deployment: bigint; maintenance: bigint }>();
  const billing = deployment.contracts.Billing;
  if (billing) {
    const issued = await client.getContractEvents({ address: billing, abi: billingAbi, eventName: "InvoiceIssued", args: { period }, ...range });
    for (const log of issued) invoices.set(getAddress(log.args.operator), { deployment: log.args.deploymentContribution, maintenance: log.args.maintenanceContribution });
  }
  return {
    accounts: [...credited.map((log) => log.args.account), ...operators, ...recorded.map((log) => log.args.account)],
    operators,
    invoices,
  };
}
