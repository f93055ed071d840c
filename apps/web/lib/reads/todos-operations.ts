import "server-only";
import { billingAbi, compensationTableAbi, consumptionLedgerAbi, disputeCourtAbi, expenseLedgerAbi } from "@scipio/sdk/abi";
import { disputesOfParty, indexer } from "@scipio/sdk/indexer";
import { zeroAddress, type Address } from "viem";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
import { invoiceTodos } from "@/lib/todos/billing";
import { compensationTodos, type PositionOnChain } from "@/lib/todos/compensation";
import { consumptionTodos } from "@/lib/todos/consumption";
import { disputeTodos, type DisputeOnChain } from "@/lib/todos/disputes";
import { drawTodos, reviewTodos, type ExpenseOnChain } from "@/lib/todos/expenses";
import { periodAt, periodEnd, reviewEnd, type PeriodClock } from "@/lib/todos/period-clock";
import { sortTodos, type Todo } from "@/lib/todos/types";
import { readAtLatestBlock, type ChainUnavailable } from "./read-at-latest-block";

/** How far back the chain is searched when the index cannot be used, and how many closed periods are checked. */
const CHAIN_SCAN = 50n;
const RECENT_CLOSED_PERIODS = 8n;
/** Ended periods checked for an invoice not yet issued. */
const RECENT_INVOICE_PERIODS = 4n;
/** `IDisputeCourt.DisputeStatus.Resolved` and `AwaitingDecision`; `IExpenseLedger.ExpenseStatus.Pending`. */
const RESOLVED = 5;
const AWAITING_DECISION = 3;
const PENDING = 1;

export type OperationsTodosRead =
  | { status: "ok"; todos: Todo[]; chainNow: bigint; freshness: IndexFreshness }
  | ChainUnavailable;

const OPERATIONS = ["CompensationTable", "ExpenseLedger", "ConsumptionLedger", "DisputeCourt", "Billing"] as const;

/** The ids and periods worth checking on the chain: from the index, or from a bounded scan of the chain. */
type Candidates = { expenseIds: bigint[]; disputeIds: bigint[]; consumptionPeriods: bigint[]; positionPeriods: bigint[] };

const range = (from: bigint, to: bigint): bigint[] => {
  const values: bigint[] = [];
  for (let value = from; value <= to; value++) values.push(value);
  return values;
};
const unique = (values: bigint[]) => [...new Set(values.map(String))].map(BigInt);

/**
 * The operations to-dos of `account`: reviews drawn for it, consumption to validate, debts and credits, disputes that
 * wait for it, its expenses waiting for a draw and invoices to issue. The lists come from the index (with its
 * freshness) or, when it cannot be used, from a bounded scan of the chain; every item is then read from the chain at
 * the latest block, since each decides an action.
 */
export function readOperationsTodos(account: Address): Promise<OperationsTodosRead> {
  return readAtLatestBlock(OPERATIONS, async ({ client, block, contracts }): Promise<OperationsTodosRead> => {
    const blockNumber = block.number;
    const chainNow = block.timestamp;
    const table = { address: contracts.CompensationTable, abi: compensationTableAbi } as const;
    const ledger = { address: contracts.ExpenseLedger, abi: expenseLedgerAbi } as const;
    const consumptionLedger = { address: contracts.ConsumptionLedger, abi: consumptionLedgerAbi } as const;
    const court = { address: contracts.DisputeCourt, abi: disputeCourtAbi } as const;
    const billing = { address: contracts.Billing, abi: billingAbi } as const;

    const [genesis, periodLength, graceWindow, reviewWindow, answerWindow, nextPeriodToClose, expenseCount, disputeCount, tariff] = await Promise.all([
      client.readContract({ ...table, functionName: "genesis", blockNumber }),
      client.readContract({ ...table, functionName: "periodLength", blockNumber }),
      client.readContract({ ...table, functionName: "graceWindow", blockNumber }),
      client.readContract({ ...table, functionName: "reviewWindow", blockNumber }),
      client.readContract({ ...ledger, functionName: "answerWindow", blockNumber }),
      client.readContract({ ...table, functionName: "nextPeriodToClose", blockNumber }),
      client.readContract({ ...ledger, functionName: "expenseCount", blockNumber }),
      client.readContract({ ...court, functionName: "disputeCount", blockNumber }),
      client.readContract({ ...billing, functionName: "tariffOf", args: [account], blockNumber }),
    ]);
    const clock: PeriodClock = { genesis, periodLength, graceWindow, reviewWindow };
    const current = periodAt(clock, chainNow);
    // Periods whose review window is still open: the only ones with consumption left to validate.
    let firstOpen = current;
    while (firstOpen > 0n && reviewEnd(clock, firstOpen - 1n) > chainNow) firstOpen--;
    const recentClosed = nextPeriodToClose > 0n ? range(nextPeriodToClose > RECENT_CLOSED_PERIODS ? nextPeriodToClose - RECENT_CLOSED_PERIODS : 0n, nextPeriodToClose - 1n) : [];

    const me = account.toLowerCase();
    const indexed = await readFromIndex(async (indexClient) => {
      const lists = Promise.all([
        indexer.reviews(indexClient, { filter: { reviewer: me, open: true }, limit: 200 }),
        indexer.expenses(indexClient, { filter: { declarer: me, status: PENDING }, limit: 200 }),
        indexer.consumption(indexClient, { filter: { operator: me, state: "recorded" }, limit: 100 }),
        indexer.positions(indexClient, { filter: { account: me }, limit: 200 }),
        disputesOfParty(indexClient, account, { filter: { status_not: RESOLVED }, limit: 200 }),
        indexer.disputes(indexClient, { filter: { resolver: me, status: AWAITING_DECISION }, limit: 200 }),
      ]);
      // The page says the index was not used; the server log says why.
      const [reviews, expenses, consumption, positions, asParty, asResolver] = await lists.catch((error: unknown) => {
        console.warn(`to-dos of ${account}: the index was not used (${error instanceof Error ? error.message : String(error)})`);
        throw error;
      });
      return {
        indexedBlock: reviews.indexedBlock,
        candidates: {
          expenseIds: [...reviews.items.map((row) => row.expenseId), ...expenses.items.map((row) => row.id)],
          disputeIds: [...asParty.items, ...asResolver.items].map((row) => row.id),
          consumptionPeriods: consumption.items.map((row) => row.period),
          // Positions are recorded lazily: the recent closed periods are asked on the chain whether recorded or not.
          positionPeriods: positions.items.filter((row) => (row.kind === 1 && (row.remaining ?? 1n) > 0n) || row.kind >= 2).map((row) => row.period),
        } satisfies Candidates,
      };
    });
    const candidates: Candidates = indexed.ok
      ? indexed.value.candidates
      : {
          expenseIds: expenseCount > 0n ? range(expenseCount > CHAIN_SCAN ? expenseCount - CHAIN_SCAN + 1n : 1n, expenseCount) : [],
          disputeIds: disputeCount > 0n ? range(disputeCount > CHAIN_SCAN ? disputeCount - CHAIN_SCAN + 1n : 1n, disputeCount) : [],
          consumptionPeriods: current >= 0n ? range(firstOpen, current) : [],
          positionPeriods: [],
        };

    const expenseIds = unique(candidates.expenseIds).filter((id) => id > 0n && id <= expenseCount);
    const disputeIds = unique(candidates.disputeIds).filter((id) => id > 0n && id <= disputeCount);
    const positionPeriods = unique([...candidates.positionPeriods, ...recentClosed]).filter((period) => period < nextPeriodToClose);
    const consumptionPeriods = unique(candidates.consumptionPeriods);
    const invoicePeriods =
      tariff.token !== zeroAddress && current > 0n ? range(current > RECENT_INVOICE_PERIODS ? current - RECENT_INVOICE_PERIODS : 0n, current - 1n) : [];

    const [expenses, disputes, records, positions, billingPeriods] = await Promise.all([
      Promise.all(
        expenseIds.map(async (id): Promise<ExpenseOnChain> => {
          const [expense, reviewers] = await Promise.all([
            client.readContract({ ...ledger, functionName: "getExpense", args: [id], blockNumber }),
            client.readContract({ ...ledger, functionName: "reviewersOf", args: [id], blockNumber }),
          ]);
          return {
            id,
            declarer: expense.declarer,
            period: BigInt(expense.period),
            status: expense.status,
            drawAnchor: BigInt(expense.drawAnchor),
            reviewers: reviewers.map((slot) => ({ reviewer: slot.reviewer, drawnAt: BigInt(slot.drawnAt), verdict: slot.verdict })),
          };
        }),
      ),
      Promise.all(
        disputeIds.map(async (id): Promise<DisputeOnChain> => {
          const dispute = await client.readContract({ ...court, functionName: "getDispute", args: [id], blockNumber });
          return { id, ...dispute, resolvers: [...dispute.resolvers] };
        }),
      ),
      Promise.all(
        consumptionPeriods.map(async (period) => {
          const record = await client.readContract({ ...consumptionLedger, functionName: "recordOf", args: [account, period], blockNumber });
          return { period, consumption: BigInt(record.consumption), state: record.state };
        }),
      ),
      Promise.all(
        positionPeriods.map(async (period): Promise<PositionOnChain> => {
          const [position, net, claimable, totals] = await Promise.all([
            client.readContract({ ...table, functionName: "positionOf", args: [account, period], blockNumber }),
            client.readContract({ ...table, functionName: "netPositionOf", args: [account, period], blockNumber }),
            client.readContract({ ...table, functionName: "claimableOf", args: [account, period], blockNumber }),
            client.readContract({ ...table, functionName: "periodTotals", args: [period], blockNumber }),
          ]);
          return { period, kind: position.kind, amount: BigInt(position.amount), paid: BigInt(position.paid), net, claimable, recordingEndsAt: totals.recordingEndsAt };
        }),
      ),
      Promise.all(
        invoicePeriods
          .filter((period) => periodEnd(clock, period) <= chainNow)
          .map(async (period) => {
            const billed = await client.readContract({ ...billing, functionName: "periodBillingOf", args: [account, period], blockNumber });
            return { period, invoiced: billed.invoiced };
          }),
      ),
    ]);

    const todos = sortTodos([
      ...reviewTodos(account, expenses, clock, answerWindow, chainNow),
      ...drawTodos(account, expenses, clock, answerWindow, chainNow),
      ...consumptionTodos(records, clock, chainNow),
      ...compensationTodos(positions, chainNow),
      ...disputeTodos(account, disputes, chainNow),
      ...invoiceTodos(billingPeriods, clock, chainNow),
    ]);
    return { status: "ok", todos, chainNow, freshness: indexed.freshness };
  });
}
