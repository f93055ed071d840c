// What the demo seed left on a chain, read through CommunityActions and printed as one JSON line for
// scripts/test/seed.test.mjs: the operating side's facts the newcomer's first look depends on.
import { compensationTableAbi, billingAbi, expenseLedgerAbi } from "@scipio/sdk/abi";
import { CommunityActions } from "@scipio/sdk/community";
import { demoAccounts } from "@scipio/sdk/demo";
import { parseDeployment } from "@scipio/sdk/deployments";
import { DISPUTE_STAGES, DISPUTE_STATUSES, EXPENSE_STATUSES } from "@scipio/sdk/protocol";
import { readFile } from "node:fs/promises";

const [rpcUrl, deploymentFile] = process.argv.slice(2) as [string, string];
const community = new CommunityActions(rpcUrl, parseDeployment(JSON.parse(await readFile(deploymentFile, "utf8"))));
const read = community.client.readContract.bind(community.client) as (request: unknown) => Promise<never>;
const table = community.address("CompensationTable");

const periods = [];
for (const period of [0n, 1n]) {
  const totals = await community.periodTotals(period);
  periods.push({ period: Number(period), closed: totals.closedAt > 0n, settled: String(totals.settled) });
}

const expenses: { period: number; status: string }[] = [];
const count: bigint = await read({ address: community.address("ExpenseLedger"), abi: expenseLedgerAbi, functionName: "expenseCount" });
for (let id = 1n; id <= count; id++) {
  const expense = await community.expense(id);
  expenses.push({ period: Number(expense.period), status: EXPENSE_STATUSES[expense.status]! });
}

const disputes = [];
for (let id = 1n; ; id++) {
  const dispute = await community.dispute(id).catch(() => undefined);
  if (!dispute || DISPUTE_STATUSES[dispute.status] === "None") break;
  disputes.push({
    subject: dispute.subject === community.address("ConsumptionLedger") ? "consumption" : dispute.subject,
    stage: DISPUTE_STAGES[dispute.stage],
    status: DISPUTE_STATUSES[dispute.status],
  });
}

const invoices = [];
for (const account of demoAccounts) {
  for (const period of [0n, 1n]) {
    const billing: { invoiced: boolean; fibreCustomers: number; wifiCustomers: number } = await read({
      address: community.address("Billing"),
      abi: billingAbi,
      functionName: "periodBillingOf",
      args: [account.address, period],
    });
    if (billing.invoiced) invoices.push({ operator: account.name, period: Number(period), fibre: billing.fibreCustomers, wifi: billing.wifiCustomers });
  }
}

const positions = [];
for (const account of demoAccounts) {
  for (const period of [0n, 1n]) {
    const position: { amount: bigint; paid: bigint; kind: number } = await read({
      address: table,
      abi: compensationTableAbi,
      functionName: "positionOf",
      args: [account.address, period],
    });
    if (position.kind === 0) continue;
    positions.push({ name: account.name, period: Number(period), kind: position.kind, amount: String(position.amount), paid: String(position.paid) });
  }
}
const unsettled = [];
for (const account of demoAccounts) {
  if (await read({ address: table, abi: compensationTableAbi, functionName: "hasUnsettledDebt", args: [account.address] })) unsettled.push(account.name);
}

console.log(JSON.stringify({ periods, expenses, disputes, invoices, positions, unsettled }));
