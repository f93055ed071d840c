import {
  compensationPeriod,
  consumption,
  customer,
  customerPayment,
  dispute,
  expense,
  expenseEntity,
  governanceCall,
  governanceOperation,
  invoice,
  position,
  resolver,
  review,
  tariff,
} from "ponder:schema";
import type { Context, Event } from "ponder:registry";
import { expenseLedgerAbi } from "@scipio/sdk/abi";
import { zeroAddress, type Address } from "viem";
import type { HandlerMap } from "./types";

/** IExpenseLedger.ExpenseStatus, IExpenseLedger.Verdict and IDisputeCourt.DisputeStatus, as stored. */
const EXPENSE_VALIDATED = 2;
const EXPENSE_REJECTED = 3;
const EXPENSE_DISPUTED = 4;
const VERDICT_VALIDATE = 1;
const AWAITING_RESPONSE = 1;
const AWAITING_RESOLVER = 2;
const AWAITING_DECISION = 3;
const DECIDED = 4;
const RESOLVED = 5;

type CountedArgs = { event: Event<"CompensationTable:ConsumptionCounted">; context: Context<"CompensationTable:ConsumptionCounted"> };

/**
 * How the compensation table took an operator's consumption at closing. The ledger's row normally exists;
 * if it does not (a consumption the ledger never recorded), the table's figures make one.
 */
function consumptionCounted(counted: "counted" | "carried" | "withheld") {
  return async (args: unknown) => {
    const { event, context } = args as CountedArgs;
    const { operator, period, consumption: amount, expenses } = event.args;
    const carriedInto = "intoPeriod" in event.args ? (event.args as { intoPeriod: bigint }).intoPeriod : null;
    const change = { counted, carriedInto, expensesAtClose: expenses, updatedBlock: event.block.number };
    await context.db
      .insert(consumption)
      .values({ operator, period, feeder: zeroAddress, amount, carried: false, state: "recorded", recordedBlock: event.block.number, ...change })
      .onConflictDoUpdate(change);
  };
}

type PositionArgs = { event: Event<"CompensationTable:DebtSettled">; context: Context<"CompensationTable:DebtSettled"> };

/** A settlement or claim of a position; one the table never recorded (none in practice) is skipped. */
async function updatePosition(args: unknown, account: Address, change: (row: typeof position.$inferSelect) => Partial<typeof position.$inferInsert>) {
  const { event, context } = args as PositionArgs;
  const key = { period: event.args.period, account };
  if (!(await context.db.find(position, key))) return;
  await context.db.update(position, key).set((row) => ({ ...change(row), updatedBlock: event.block.number }));
}

type ResolverArgs = { event: Event<"DisputeCourt:ResolverAdded">; context: Context<"DisputeCourt:ResolverAdded"> };

async function updateResolver(args: unknown, account: Address, change: (row: typeof resolver.$inferSelect) => Partial<typeof resolver.$inferInsert>) {
  const { event, context } = args as ResolverArgs;
  const initial = { account, active: false, assigned: 0, decided: 0, missed: 0, earningsWithdrawn: 0n, addedBlock: event.block.number, updatedBlock: event.block.number };
  await context.db.insert(resolver).values(initial).onConflictDoNothing();
  await context.db.update(resolver, { account }).set((row) => ({ ...change(row), updatedBlock: event.block.number }));
}

type ExpenseArgs = { event: Event<"ExpenseLedger:ExpenseValidated">; context: Context<"ExpenseLedger:ExpenseValidated"> };

/**
 * The expense left Pending: its seated reviewers who did not answer can no longer, so their reviews leave
 * the queues. The seats are read at the event's block (at most `REVIEWERS`, so the loop is bounded).
 */
async function closeReviews(args: unknown, expenseId: bigint) {
  const { event, context } = args as ExpenseArgs;
  const seats = await context.client.readContract({ address: event.log.address, abi: expenseLedgerAbi, functionName: "reviewersOf", args: [expenseId] });
  for (const { reviewer } of seats) {
    if (reviewer === zeroAddress || !(await context.db.find(review, { expenseId, reviewer }))) continue;
    await context.db.update(review, { expenseId, reviewer }).set({ open: false, updatedBlock: event.block.number });
  }
}

export const operationHandlers = {
  /*//////////////////////////////////////////////////////////////
                        GOVERNANCE TIMELOCK
  //////////////////////////////////////////////////////////////*/
  "GovernanceTimelock:CallScheduled": async ({ event, context }) => {
    const { id, index, target, value, data, predecessor, delay } = event.args;
    const call = { target, value, data, executed: false, scheduledBlock: event.block.number };
    await context.db.insert(governanceCall).values({ operationHash: id, index, ...call }).onConflictDoUpdate(call);
    const fields = {
      status: "scheduled",
      predecessor,
      delay,
      readyAt: event.block.timestamp + delay,
      scheduledBlock: event.block.number,
      updatedBlock: event.block.number,
    };
    // A batch emits one event per call; an operation cancelled before may be scheduled again.
    await context.db
      .insert(governanceOperation)
      .values({ id, callCount: 1, salt: null, ...fields })
      .onConflictDoUpdate((row) => (row.status === "scheduled" && row.scheduledBlock === event.block.number ? { callCount: row.callCount + 1 } : { ...fields, callCount: 1 }));
  },
  "GovernanceTimelock:CallSalt": async ({ event, context }) => {
    await context.db.update(governanceOperation, { id: event.args.id }).set({ salt: event.args.salt });
  },
  "GovernanceTimelock:CallExecuted": async ({ event, context }) => {
    const { id, index } = event.args;
    await context.db.update(governanceCall, { operationHash: id, index }).set({ executed: true });
    await context.db.update(governanceOperation, { id }).set({ status: "executed", updatedBlock: event.block.number });
  },
  "GovernanceTimelock:Cancelled": async ({ event, context }) => {
    await context.db.update(governanceOperation, { id: event.args.id }).set({ status: "cancelled", updatedBlock: event.block.number });
  },
  "GovernanceTimelock:MinDelayChange": null,

  /*//////////////////////////////////////////////////////////////
                          SETTLEMENT TOKEN
  //////////////////////////////////////////////////////////////*/
  "SettlementToken:Approval": null,
  "SettlementToken:Transfer": null,

  /*//////////////////////////////////////////////////////////////
                        COMPENSATION TABLE
  //////////////////////////////////////////////////////////////*/
  "CompensationTable:PeriodClosed": async ({ event, context }) => {
    const { period, expenses, platformFee, consumption: total, voided } = event.args;
    await context.db.insert(compensationPeriod).values({
      id: period,
      expenses,
      platformFee,
      consumption: total,
      voided,
      closedBlock: event.block.number,
      closedAt: event.block.timestamp,
    });
  },
  "CompensationTable:PositionRecorded": async ({ event, context }) => {
    const { account, period, net, kind } = event.args;
    const fields = { net, kind, updatedBlock: event.block.number };
    await context.db
      .insert(position)
      .values({ account, period, settled: 0n, remaining: null, claimed: 0n, recordedBlock: event.block.number, ...fields })
      .onConflictDoUpdate(fields);
  },
  "CompensationTable:DebtSettled": async (args) => {
    const { debtor, amount, remaining } = args.event.args;
    await updatePosition(args, debtor, (row) => ({ settled: row.settled + amount, remaining }));
  },
  "CompensationTable:CreditClaimed": async (args) => {
    const { creditor, amount } = args.event.args;
    await updatePosition(args, creditor, (row) => ({ claimed: row.claimed + amount }));
  },
  // Each credit is part of the position recorded at closing; its row in activity is enough.
  "CompensationTable:ExpenseCredited": null,
  "CompensationTable:ConsumptionCounted": consumptionCounted("counted"),
  "CompensationTable:ConsumptionCarried": consumptionCounted("carried"),
  "CompensationTable:ConsumptionWithheld": consumptionCounted("withheld"),

  /*//////////////////////////////////////////////////////////////
                        CONSUMPTION LEDGER
  //////////////////////////////////////////////////////////////*/
  "ConsumptionLedger:ConsumptionRecorded": async ({ event, context }) => {
    const { operator, period, feeder, consumption: amount, carried } = event.args;
    const fields = { feeder, amount, carried, state: "recorded", updatedBlock: event.block.number };
    await context.db
      .insert(consumption)
      .values({ operator, period, recordedBlock: event.block.number, ...fields })
      .onConflictDoUpdate(fields);
  },
  "ConsumptionLedger:ConsumptionValidated": async ({ event, context }) => {
    const { operator, period } = event.args;
    await context.db.update(consumption, { operator, period }).set({ state: "validated", updatedBlock: event.block.number });
  },
  "ConsumptionLedger:ConsumptionDisputed": async ({ event, context }) => {
    const { operator, period, subjectId } = event.args;
    await context.db.update(consumption, { operator, period }).set({ state: "disputed", disputeSubjectId: subjectId, updatedBlock: event.block.number });
  },
  "ConsumptionLedger:ConsumptionRuled": async ({ event, context }) => {
    const { operator, period, ruling, carried } = event.args;
    await context.db.update(consumption, { operator, period }).set({ state: "ruled", ruling, carried, updatedBlock: event.block.number });
  },

  /*//////////////////////////////////////////////////////////////
                          EXPENSE LEDGER
  //////////////////////////////////////////////////////////////*/
  "ExpenseLedger:ExpenseDeclared": async ({ event, context }) => {
    const a = event.args;
    await context.db.insert(expense).values({
      id: a.expenseId,
      declarer: a.declarer,
      period: a.period,
      amount: a.amount,
      invoiceKey: a.invoiceKey,
      evidenceDigest: a.evidenceDigest,
      evidenceCodec: a.evidenceCodec,
      drawAnchor: a.drawAnchor,
      status: 1,
      validations: 0,
      rejections: 0,
      declaredBlock: event.block.number,
      declaredAt: event.block.timestamp,
      updatedBlock: event.block.number,
    });
  },
  "ExpenseLedger:ReviewerDrawn": async ({ event, context }) => {
    const { expenseId, slot, reviewer, answerBy } = event.args;
    const fields = { slot, answerBy, replaced: false, open: true, updatedBlock: event.block.number };
    await context.db
      .insert(review)
      .values({ expenseId, reviewer, verdict: 0, drawnBlock: event.block.number, ...fields })
      .onConflictDoUpdate(fields);
  },
  "ExpenseLedger:ReviewerReplaced": async ({ event, context }) => {
    const { expenseId, reviewer } = event.args;
    await context.db.update(review, { expenseId, reviewer }).set({ replaced: true, open: false, updatedBlock: event.block.number });
  },
  "ExpenseLedger:ExpenseReviewed": async ({ event, context }) => {
    const { expenseId, reviewer, verdict, reasonDigest, reasonCodec } = event.args;
    await context.db.update(review, { expenseId, reviewer }).set({ verdict, reasonDigest, reasonCodec, open: false, updatedBlock: event.block.number });
    await context.db.update(expense, { id: expenseId }).set((row) => ({
      validations: row.validations + (verdict === VERDICT_VALIDATE ? 1 : 0),
      rejections: row.rejections + (verdict === VERDICT_VALIDATE ? 0 : 1),
      updatedBlock: event.block.number,
    }));
  },
  "ExpenseLedger:ExpenseValidated": async (args) => {
    const { event, context } = args;
    const { expenseId, creditedPeriod } = event.args;
    await context.db.update(expense, { id: expenseId }).set({ status: EXPENSE_VALIDATED, creditedPeriod, updatedBlock: event.block.number });
    await closeReviews(args, expenseId);
  },
  "ExpenseLedger:ExpenseRejected": async (args) => {
    const { event, context } = args;
    const { expenseId, disputableUntil } = event.args;
    await context.db.update(expense, { id: expenseId }).set({ status: EXPENSE_REJECTED, disputableUntil, updatedBlock: event.block.number });
    await closeReviews(args, expenseId);
  },
  "ExpenseLedger:ExpenseDisputed": async ({ event, context }) => {
    await context.db.update(expense, { id: event.args.expenseId }).set({ status: EXPENSE_DISPUTED, updatedBlock: event.block.number });
  },
  "ExpenseLedger:ExpenseStatusChanged": async (args) => {
    const { event, context } = args;
    await context.db.update(expense, { id: event.args.expenseId }).set({ status: event.args.status, updatedBlock: event.block.number });
    await closeReviews(args, event.args.expenseId);
  },
  "ExpenseLedger:ExpenseDrawDeferred": async ({ event, context }) => {
    await context.db.update(expense, { id: event.args.expenseId }).set({ drawAnchor: event.args.drawAnchor, updatedBlock: event.block.number });
  },
  "ExpenseLedger:DepositReleased": async ({ event, context }) => {
    await context.db.update(expense, { id: event.args.expenseId }).set({ depositReleasedTo: event.args.recipient, updatedBlock: event.block.number });
  },
  "ExpenseLedger:EntityRegistered": async ({ event, context }) => {
    const { account, entityHash } = event.args;
    await context.db
      .insert(expenseEntity)
      .values({ account, entityHash, registeredBlock: event.block.number })
      .onConflictDoUpdate({ entityHash, registeredBlock: event.block.number });
  },

  /*//////////////////////////////////////////////////////////////
                           DISPUTE COURT
  //////////////////////////////////////////////////////////////*/
  "DisputeCourt:DisputeOpened": async ({ event, context }) => {
    const a = event.args;
    await context.db.insert(dispute).values({
      id: a.disputeId,
      subject: a.subject,
      subjectId: a.subjectId,
      opener: a.opener,
      respondent: a.respondent,
      respondentExempt: a.respondentExempt,
      stage: 0,
      status: a.respondentExempt ? AWAITING_RESOLVER : AWAITING_RESPONSE,
      feesPaid: a.fee,
      evidenceDigest: a.evidenceDigest,
      responseDeadline: a.respondentExempt ? null : a.responseDeadline,
      openedBlock: event.block.number,
      openedAt: event.block.timestamp,
      updatedBlock: event.block.number,
    });
  },
  "DisputeCourt:DisputeResponded": async ({ event, context }) => {
    const { disputeId, stage, fee } = event.args;
    await context.db
      .update(dispute, { id: disputeId })
      .set((row) => ({ stage, status: AWAITING_RESOLVER, feesPaid: row.feesPaid + fee, updatedBlock: event.block.number }));
  },
  "DisputeCourt:ResolverSeedRenewed": async ({ event, context }) => {
    await context.db.update(dispute, { id: event.args.disputeId }).set({ status: AWAITING_RESOLVER, updatedBlock: event.block.number });
  },
  "DisputeCourt:ResolverAssigned": async (args) => {
    const { event, context } = args;
    const { disputeId, stage, resolver: account, decisionDeadline } = event.args;
    await context.db
      .update(dispute, { id: disputeId })
      .set({ stage, status: AWAITING_DECISION, resolver: account, decisionDeadline, updatedBlock: event.block.number });
    await updateResolver(args, account, (row) => ({ assigned: row.assigned + 1 }));
  },
  "DisputeCourt:ResolverMissedDeadline": async (args) => {
    const { event, context } = args;
    const { disputeId, resolver: account } = event.args;
    await context.db.update(dispute, { id: disputeId }).set({ status: AWAITING_RESOLVER, resolver: null, decisionDeadline: null, updatedBlock: event.block.number });
    await updateResolver(args, account, (row) => ({ missed: row.missed + 1 }));
  },
  "DisputeCourt:DisputeDecided": async (args) => {
    const { event, context } = args;
    const { disputeId, stage, resolver: account, ruling, appealDeadline } = event.args;
    await context.db.update(dispute, { id: disputeId }).set({ stage, status: DECIDED, ruling, appealDeadline, updatedBlock: event.block.number });
    await updateResolver(args, account, (row) => ({ decided: row.decided + 1 }));
  },
  "DisputeCourt:DisputeEscalated": async ({ event, context }) => {
    const { disputeId, stage, fee, responseDeadline } = event.args;
    await context.db.update(dispute, { id: disputeId }).set((row) => ({
      stage,
      // An exempt respondent has nothing to match: the stage waits for its resolver at once.
      status: responseDeadline === 0n ? AWAITING_RESOLVER : AWAITING_RESPONSE,
      responseDeadline: responseDeadline === 0n ? null : responseDeadline,
      resolver: null,
      decisionDeadline: null,
      appealDeadline: null,
      feesPaid: row.feesPaid + fee,
      updatedBlock: event.block.number,
    }));
  },
  "DisputeCourt:DisputeResolved": async ({ event, context }) => {
    const { disputeId, ruling, resolution } = event.args;
    await context.db.update(dispute, { id: disputeId }).set({ status: RESOLVED, ruling, resolution, updatedBlock: event.block.number });
  },
  "DisputeCourt:RefundWithdrawn": null,
  "DisputeCourt:EarningsWithdrawn": async (args) => {
    const { resolver: account, amount } = args.event.args;
    await updateResolver(args, account, (row) => ({ earningsWithdrawn: row.earningsWithdrawn + amount }));
  },
  "DisputeCourt:ResolverAdded": async (args) => {
    await updateResolver(args, args.event.args.resolver, () => ({ active: true }));
  },
  "DisputeCourt:ResolverRemoved": async (args) => {
    await updateResolver(args, args.event.args.resolver, () => ({ active: false }));
  },

  /*//////////////////////////////////////////////////////////////
                              BILLING
  //////////////////////////////////////////////////////////////*/
  "Billing:CustomerRegistered": async ({ event, context }) => {
    const { operator, customer: account, kind, period } = event.args;
    const fields = { kind, registeredPeriod: period, removedPeriod: null, active: true, updatedBlock: event.block.number };
    await context.db
      .insert(customer)
      .values({ operator, customer: account, ...fields })
      .onConflictDoUpdate(fields);
  },
  "Billing:CustomerRemoved": async ({ event, context }) => {
    const { operator, customer: account, period } = event.args;
    await context.db.update(customer, { operator, customer: account }).set({ removedPeriod: period, active: false, updatedBlock: event.block.number });
  },
  "Billing:CustomerPaid": async ({ event, context }) => {
    const { operator, customer: account, token, amount, period } = event.args;
    await context.db.insert(customerPayment).values({
      id: event.id,
      operator,
      customer: account,
      token,
      amount,
      period,
      blockNumber: event.block.number,
      timestamp: event.block.timestamp,
    });
  },
  "Billing:InvoiceIssued": async ({ event, context }) => {
    const a = event.args;
    await context.db.insert(invoice).values({
      operator: a.operator,
      period: a.period,
      ibtReceived: a.ibtReceived,
      payments: a.payments,
      fibreCustomers: a.fibreCustomers,
      wifiCustomers: a.wifiCustomers,
      deploymentContribution: a.deploymentContribution,
      maintenanceContribution: a.maintenanceContribution,
      documentDigest: a.documentDigest,
      documentCodec: a.documentCodec,
      issuer: a.issuer,
      issuedBlock: event.block.number,
      issuedAt: event.block.timestamp,
    });
  },
  "Billing:TariffSet": async ({ event, context }) => {
    const { operator, token, fibre, wifi, period } = event.args;
    const fields = { token, fibre, wifi, setBlock: event.block.number };
    await context.db.insert(tariff).values({ operator, period, ...fields }).onConflictDoUpdate(fields);
  },
} satisfies Partial<HandlerMap>;
