import { getAddress, type Address, type PublicClient } from "viem";
import { billingAbi } from "../abi/generated.ts";
import { digestToCid } from "../ipfs/cid.ts";
import { unixfsCidV1 } from "../ipfs/unixfs-cid.ts";
import { CID_CODEC, CUSTOMER_KIND, type CustomerKindName } from "../protocol.ts";
import { invoiceDocumentSchema, type InvoiceDocument, type InvoiceLine } from "../schemas/invoice.ts";

/** The CPR contribution per customer and period, in settlement base units (`IBilling.contributions()`). */
export interface ContributionsPerCustomer {
  fibreDeployment: bigint;
  fibreMaintenance: bigint;
  wifiDeployment: bigint;
  wifiMaintenance: bigint;
}

type Located = { blockNumber: bigint; logIndex: number };

/** The billing events the document is built from, as viem decodes them (`parseEventLogs`, `getContractEvents`). */
export type BillingEventLog = Located &
  (
    | { eventName: "TariffSet"; args: { operator: Address; token: Address; fibre: bigint; wifi: bigint; period: bigint } }
    | { eventName: "CustomerRegistered"; args: { operator: Address; customer: Address; kind: number; period: bigint } }
    | { eventName: "CustomerRemoved"; args: { operator: Address; customer: Address; kind: number; period: bigint } }
    | {
        eventName: "CustomerPaid";
        args: { operator: Address; customer: Address; token: Address; amount: bigint; period: bigint };
      }
  );

export interface InvoiceInput {
  chainId: number;
  /** The billing contract. */
  billing: Address;
  operator: Address;
  period: bigint;
  contributions: ContributionsPerCustomer;
  /** Billing events of any operators and periods, in any order: the builder picks and orders what it needs. */
  events: readonly BillingEventLog[];
}

type CustomerState = { kind: CustomerKindName; registered: boolean; paid: bigint; payments: number };

const kindName = (kind: number): CustomerKindName => {
  if (kind === CUSTOMER_KIND.fibre) return "fibre";
  if (kind === CUSTOMER_KIND.wifi) return "wifi";
  throw new Error(`Unknown customer kind ${kind}`);
};

/**
 * The operator's invoice document for `period`, replayed from the billing events: the customers registered at
 * the period's end, plus any who paid in it and were removed before it ended, one line each (sorted by
 * account), with the tariff in force at the period's end and what each paid. Pure: the same events give the
 * same document whatever order they arrive in.
 */
export function buildInvoiceDocument(input: InvoiceInput): InvoiceDocument {
  const operator = getAddress(input.operator);
  const events = input.events
    .filter((event) => getAddress(event.args.operator) === operator && event.args.period <= input.period)
    .sort((a, b) => (a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1));

  const customers = new Map<Address, CustomerState>();
  let tariff: InvoiceDocument["tariff"] = null;
  for (const event of events) {
    if (event.eventName === "TariffSet") {
      tariff = { token: getAddress(event.args.token), fibre: event.args.fibre.toString(), wifi: event.args.wifi.toString() };
      continue;
    }
    const account = getAddress(event.args.customer);
    const state = customers.get(account) ?? { kind: "fibre", registered: false, paid: 0n, payments: 0 };
    customers.set(account, state);
    if (event.eventName === "CustomerRegistered") {
      state.kind = kindName(event.args.kind);
      state.registered = true;
    } else if (event.eventName === "CustomerRemoved") {
      state.registered = false;
    } else if (event.args.period === input.period) {
      state.paid += event.args.amount;
      state.payments += 1;
    }
  }

  const lines: InvoiceLine[] = [...customers.entries()]
    .filter(([, state]) => state.registered || state.payments > 0)
    .sort(([a], [b]) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))
    .map(([customer, state]) => ({
      customer,
      kind: state.kind,
      registeredAtEnd: state.registered,
      tariff: tariff === null ? "0" : tariff[state.kind],
      paid: state.paid.toString(),
      payments: state.payments,
    }));

  const counted = (kind: CustomerKindName) => BigInt(lines.filter((line) => line.registeredAtEnd && line.kind === kind).length);
  const fibre = counted("fibre");
  const wifi = counted("wifi");
  const perCustomer = input.contributions;
  return {
    kind: "scipio.invoice",
    version: 1,
    chainId: input.chainId,
    billing: getAddress(input.billing),
    operator,
    period: Number(input.period),
    tariff,
    contributionsPerCustomer: {
      fibre: { deployment: perCustomer.fibreDeployment.toString(), maintenance: perCustomer.fibreMaintenance.toString() },
      wifi: { deployment: perCustomer.wifiDeployment.toString(), maintenance: perCustomer.wifiMaintenance.toString() },
    },
    totals: {
      ibtReceived: lines.reduce((sum, line) => sum + BigInt(line.paid), 0n).toString(),
      payments: lines.reduce((sum, line) => sum + line.payments, 0),
      fibreCustomers: Number(fibre),
      wifiCustomers: Number(wifi),
      deploymentContribution: (fibre * perCustomer.fibreDeployment + wifi * perCustomer.wifiDeployment).toString(),
      maintenanceContribution: (fibre * perCustomer.fibreMaintenance + wifi * perCustomer.wifiMaintenance).toString(),
    },
    lines,
  };
}

/** JSON with every object's keys sorted and no whitespace: one byte sequence per document, whoever writes it. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The document's bytes as uploaded: canonical JSON (UTF-8), after checking it against the schema. */
export function serializeInvoiceDocument(document: InvoiceDocument): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(invoiceDocumentSchema.parse(document)));
}

/** The CIDv1 the evidence node (and `ipfs add --cid-version=1`) gives the document's bytes. */
export async function invoiceDocumentCid(document: InvoiceDocument): Promise<string> {
  return (await unixfsCidV1(serializeInvoiceDocument(document))).toString();
}

/**
 * Everything `buildInvoiceDocument` needs, read from the chain: the contributions per customer and the
 * operator's billing events since `fromBlock` (the deployment block).
 */
export async function loadInvoiceInput(
  client: PublicClient,
  options: { billing: Address; operator: Address; period: bigint; fromBlock: bigint },
): Promise<InvoiceInput> {
  const { billing, operator, period, fromBlock } = options;
  const read = (eventName: BillingEventLog["eventName"]) =>
    client.getContractEvents({ address: billing, abi: billingAbi, eventName, args: { operator }, fromBlock, strict: true });
  const [contributions, ...logs] = await Promise.all([
    client.readContract({ address: billing, abi: billingAbi, functionName: "contributions" }),
    read("TariffSet"),
    read("CustomerRegistered"),
    read("CustomerRemoved"),
    read("CustomerPaid"),
  ]);
  return {
    chainId: await client.getChainId(),
    billing,
    operator,
    period,
    contributions,
    events: logs.flat() as unknown as BillingEventLog[],
  };
}

/** What `checkIssuedInvoice` found: the CID the invoice names, the CID rebuilt from the events, and whether they agree. */
export interface InvoiceCheck {
  issuedCid: string;
  rebuiltCid: string;
  matches: boolean;
  document: InvoiceDocument;
}

/**
 * Rebuilds `operator`'s invoice document for `period` from the chain and compares its CID with the one its
 * `InvoiceIssued` event names (the CID is the issuer's word: this is how anyone checks it). Undefined while
 * the invoice has not been issued.
 */
export async function checkIssuedInvoice(
  client: PublicClient,
  options: { billing: Address; operator: Address; period: bigint; fromBlock: bigint },
): Promise<InvoiceCheck | undefined> {
  const [issued] = await client.getContractEvents({
    address: options.billing,
    abi: billingAbi,
    eventName: "InvoiceIssued",
    args: { operator: options.operator, period: options.period },
    fromBlock: options.fromBlock,
    strict: true,
  });
  if (issued === undefined) return undefined;
  const issuedCid = digestToCid(issued.args.documentDigest, issued.args.documentCodec === CID_CODEC.raw ? "raw" : "dag-pb");
  const document = buildInvoiceDocument(await loadInvoiceInput(client, options));
  const rebuiltCid = await invoiceDocumentCid(document);
  return { issuedCid, rebuiltCid, matches: issuedCid === rebuiltCid, document };
}
