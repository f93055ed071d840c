import "server-only";
import { bandwidthTokenAbi, bandwidthTokenFactoryAbi, billingAbi, compensationTableAbi } from "@scipio/sdk/abi";
import { indexer } from "@scipio/sdk/indexer";
import { digestToCid } from "@scipio/sdk/ipfs";
import { CID_CODEC, type CustomerKindName } from "@scipio/sdk/protocol";
import { getAddress, zeroAddress, type Address, type Hex } from "viem";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
import { readAtLatestBlock, type ChainUnavailable, type LatestBlockContext } from "./read-at-latest-block";

/** The most rows of each list the page shows. */
export const BILLING_ROWS = 500;

export type TariffView = { operator: Address; token: Address; symbol: string; fibre: bigint; wifi: bigint };
export type CustomerView = { operator: Address; customer: Address; kind: CustomerKindName; registeredPeriod: bigint };
export type PaymentView = { operator: Address; customer: Address; amount: bigint; period: bigint };
export type InvoiceView = {
  operator: Address;
  period: bigint;
  ibtReceived: bigint;
  payments: bigint;
  fibreCustomers: bigint;
  wifiCustomers: bigint;
  deploymentContribution: bigint;
  maintenanceContribution: bigint;
  cid: string;
  issuer: Address;
};

export type BillingOverview = {
  status: "ok";
  chainNow: bigint;
  currentPeriod: bigint;
  periodEndsAt: bigint;
  contributions: { fibreDeployment: bigint; fibreMaintenance: bigint; wifiDeployment: bigint; wifiMaintenance: bigint };
  tariffs: TariffView[];
  /** Customers registered now. */
  customers: CustomerView[];
  /** Payments of the period running. */
  payments: PaymentView[];
  /** Issued invoices, newest period first. */
  invoices: InvoiceView[];
  /** The bandwidth tokens each operator may bill in (for its tariff form). */
  tokens: { address: Address; symbol: string; operator: Address }[];
  freshness: IndexFreshness;
};

export type BillingRead = BillingOverview | { status: "before-genesis"; genesis: bigint } | ChainUnavailable;

type Context = LatestBlockContext<"Billing" | "CompensationTable">;

const KIND: Record<number, CustomerKindName> = { 1: "fibre", 2: "wifi" };
const cidOf = (digest: Hex, codec: number) => digestToCid(digest, codec === CID_CODEC.raw ? "raw" : "dag-pb");

type InvoiceFields = Omit<InvoiceView, "operator" | "issuer" | "cid"> & { operator: string; issuer: string; documentDigest: Hex; documentCodec: number };

/** An invoice as the pages show it, from the event's fields: a log's arguments or the index's row. */
function invoiceView(fields: InvoiceFields): InvoiceView {
  return {
    operator: getAddress(fields.operator),
    period: fields.period,
    ibtReceived: fields.ibtReceived,
    payments: fields.payments,
    fibreCustomers: fields.fibreCustomers,
    wifiCustomers: fields.wifiCustomers,
    deploymentContribution: fields.deploymentContribution,
    maintenanceContribution: fields.maintenanceContribution,
    cid: cidOf(fields.documentDigest, fields.documentCodec),
    issuer: getAddress(fields.issuer),
  };
}

/**
 * Billing as of the latest block: every operator's tariff, customers and this period's payments, and the
 * invoices issued. Lists from the indexer, or replayed from the billing contract's events when it is down.
 */
export async function readBillingOverview(): Promise<BillingRead> {
  return readAtLatestBlock(["Billing", "CompensationTable"], async (context): Promise<BillingRead> => {
    const { client, contracts, block } = context;
    const table = { address: contracts.CompensationTable, abi: compensationTableAbi, blockNumber: block.number } as const;
    const [genesis, periodLength] = await Promise.all([
      client.readContract({ ...table, functionName: "genesis" }),
      client.readContract({ ...table, functionName: "periodLength" }),
    ]);
    if (block.timestamp < genesis) return { status: "before-genesis", genesis };
    const currentPeriod = (block.timestamp - genesis) / periodLength;
    const contributions = await client.readContract({ address: contracts.Billing, abi: billingAbi, functionName: "contributions", blockNumber: block.number });

    const indexed = await readFromIndex(async (indexerClient) => {
      const [tariffs, customers, payments, invoices] = await Promise.all([
        indexer.tariffs(indexerClient, { orderBy: "period", orderDirection: "desc", limit: 1000 }),
        indexer.customers(indexerClient, { filter: { active: true }, limit: 1000 }),
        indexer.customerPayments(indexerClient, { filter: { period: currentPeriod }, limit: 1000 }),
        indexer.invoices(indexerClient, { orderBy: "period", orderDirection: "desc", limit: 200 }),
      ]);
      return { indexedBlock: tariffs.indexedBlock, tariffs: tariffs.items, customers: customers.items, payments: payments.items, invoices: invoices.items };
    });

    let lists: Omit<BillingOverview, "status" | "chainNow" | "currentPeriod" | "periodEndsAt" | "contributions" | "tokens" | "freshness" | "tariffs"> & {
      tariffs: Omit<TariffView, "symbol">[];
    };
    if (indexed.ok) {
      const latest = new Map<Address, Omit<TariffView, "symbol">>();
      // Newest period first; within a period the indexer keeps the last tariff set.
      for (const row of indexed.value.tariffs) {
        const operator = getAddress(row.operator);
        if (!latest.has(operator)) latest.set(operator, { operator, token: getAddress(row.token), fibre: row.fibre, wifi: row.wifi });
      }
      lists = {
        tariffs: [...latest.values()],
        customers: indexed.value.customers.map((row) => ({ operator: getAddress(row.operator), customer: getAddress(row.customer), kind: KIND[row.kind] ?? "fibre", registeredPeriod: row.registeredPeriod })),
        payments: indexed.value.payments.map((row) => ({ operator: getAddress(row.operator), customer: getAddress(row.customer), amount: row.amount, period: row.period })),
        invoices: indexed.value.invoices.map((row) => invoiceView(row)),
      };
    } else {
      lists = await billingFromChain(context, currentPeriod);
    }

    const tariffs = await Promise.all(
      lists.tariffs
        .filter((tariff) => tariff.token !== zeroAddress)
        .map(async (tariff) => ({ ...tariff, symbol: await client.readContract({ address: tariff.token, abi: bandwidthTokenAbi, functionName: "symbol", blockNumber: block.number }) })),
    );
    return {
      status: "ok",
      chainNow: block.timestamp,
      currentPeriod,
      periodEndsAt: genesis + (currentPeriod + 1n) * periodLength,
      contributions,
      ...lists,
      tariffs,
      customers: lists.customers.slice(0, BILLING_ROWS),
      payments: lists.payments.slice(0, BILLING_ROWS),
      tokens: await operatorTokens(context),
      freshness: indexed.freshness,
    };
  });
}

/** Every bandwidth token the factory made, with its operator (what a tariff may name). */
async function operatorTokens({ client, deployment, block }: Context) {
  const factory = deployment.contracts.BandwidthTokenFactory;
  if (!factory) return [];
  const created = await client.getContractEvents({
    address: factory,
    abi: bandwidthTokenFactoryAbi,
    eventName: "BandwidthTokenCreated",
    fromBlock: BigInt(deployment.deploymentBlock),
    toBlock: block.number,
    strict: true,
  });
  return Promise.all(
    created.map(async (log) => {
      const address = getAddress(log.args.token);
      const read = { address, abi: bandwidthTokenAbi, blockNumber: block.number } as const;
      const [symbol, operator] = await Promise.all([client.readContract({ ...read, functionName: "symbol" }), client.readContract({ ...read, functionName: "operator" })]);
      return { address, symbol, operator: getAddress(operator) };
    }),
  );
}

/** The same lists replayed from the billing contract's events (slower: the indexer does this once). */
async function billingFromChain({ client, contracts, deployment, block }: Context, currentPeriod: bigint) {
  const logs = await client.getContractEvents({
    address: contracts.Billing,
    abi: billingAbi,
    fromBlock: BigInt(deployment.deploymentBlock),
    toBlock: block.number,
    strict: true,
  });
  const tariffs = new Map<Address, Omit<TariffView, "symbol">>();
  const customers = new Map<string, CustomerView>();
  const payments: PaymentView[] = [];
  const invoices: InvoiceView[] = [];
  for (const log of logs) {
    if (log.eventName === "TariffSet") {
      const operator = getAddress(log.args.operator);
      tariffs.set(operator, { operator, token: getAddress(log.args.token), fibre: log.args.fibre, wifi: log.args.wifi });
    } else if (log.eventName === "CustomerRegistered") {
      const operator = getAddress(log.args.operator);
      const customer = getAddress(log.args.customer);
      customers.set(`${operator}:${customer}`, { operator, customer, kind: KIND[log.args.kind] ?? "fibre", registeredPeriod: log.args.period });
    } else if (log.eventName === "CustomerRemoved") {
      customers.delete(`${getAddress(log.args.operator)}:${getAddress(log.args.customer)}`);
    } else if (log.eventName === "CustomerPaid") {
      if (log.args.period === currentPeriod) payments.push({ operator: getAddress(log.args.operator), customer: getAddress(log.args.customer), amount: log.args.amount, period: log.args.period });
    } else if (log.eventName === "InvoiceIssued") {
      invoices.push(invoiceView(log.args));
    }
  }
  invoices.sort((a, b) => (a.period === b.period ? 0 : a.period > b.period ? -1 : 1));
  return { tariffs: [...tariffs.values()], customers: [...customers.values()], payments: payments.reverse(), invoices: invoices.slice(0, 200) };
}

export type InvoiceDetail = {
  status: "ok";
  operator: Address;
  period: bigint;
  chainNow: bigint;
  currentPeriod: bigint;
  /** The period has ended, so its invoice may be issued. */
  ended: boolean;
  hasTariff: boolean;
  symbol: string;
  invoice: InvoiceView | undefined;
  /** What billing holds for the period now (payments so far while it runs). */
  billing: { ibtReceived: bigint; payments: number };
  deploymentBlock: bigint;
};

export type InvoiceRead = InvoiceDetail | { status: "before-genesis" } | ChainUnavailable;

/** One operator's invoice for one period, read fresh from the chain (its event and billing's record). */
export function readInvoice(operator: Address, period: bigint): Promise<InvoiceRead> {
  return readAtLatestBlock(["Billing", "CompensationTable"], async ({ client, contracts, block, deployment }): Promise<InvoiceRead> => {
    const read = { address: contracts.Billing, abi: billingAbi, blockNumber: block.number } as const;
    const table = { address: contracts.CompensationTable, abi: compensationTableAbi, blockNumber: block.number } as const;
    const genesis = await client.readContract({ ...table, functionName: "genesis" });
    if (block.timestamp < genesis) return { status: "before-genesis" };
    const periodLength = await client.readContract({ ...table, functionName: "periodLength" });
    const currentPeriod = (block.timestamp - genesis) / periodLength;
    const [tariff, record] = await Promise.all([
      client.readContract({ ...read, functionName: "tariffOf", args: [operator] }),
      client.readContract({ ...read, functionName: "periodBillingOf", args: [operator, period] }),
    ]);
    const hasTariff = tariff.token !== zeroAddress;
    const symbol = hasTariff ? await client.readContract({ address: tariff.token, abi: bandwidthTokenAbi, functionName: "symbol", blockNumber: block.number }) : "IBT";
    let invoice: InvoiceView | undefined;
    if (record.invoiced) {
      const [log] = await client.getContractEvents({
        address: contracts.Billing,
        abi: billingAbi,
        eventName: "InvoiceIssued",
        args: { operator, period },
        fromBlock: BigInt(deployment.deploymentBlock),
        toBlock: block.number,
        strict: true,
      });
      if (log) {
        invoice = invoiceView(log.args);
      }
    }
    return {
      status: "ok",
      operator: getAddress(operator),
      period,
      chainNow: block.timestamp,
      currentPeriod,
      ended: period < currentPeriod,
      hasTariff,
      symbol,
      invoice,
      billing: { ibtReceived: record.ibtReceived, payments: record.payments },
      deploymentBlock: BigInt(deployment.deploymentBlock),
    };
  });
}
