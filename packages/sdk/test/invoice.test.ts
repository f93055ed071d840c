import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { startEvidenceNode, type EvidenceNode } from "@scipio/evidence-node";
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from "pdf-lib";
import { getAddress, type Address } from "viem";
import {
  CUSTOMER_KIND,
  buildInvoiceDocument,
  invoiceDocumentCid,
  invoiceDocumentSchema,
  serializeInvoiceDocument,
  type BillingEventLog,
  type InvoiceInput,
} from "../src/invoice/index.ts";
import { renderInvoicePdf } from "../src/invoice/pdf.ts";
import { unixfsCidV1 } from "../src/ipfs/index.ts";

const BILLING = getAddress("0x00000000000000000000000000000000000b1111");
const OPERATOR = getAddress("0x00000000000000000000000000000000000a0001");
const OTHER_OPERATOR = getAddress("0x00000000000000000000000000000000000a0002");
const TOKEN = getAddress("0x0000000000000000000000000000000000071b70");
const account = (index: number): Address => getAddress(`0x${(0xc000 + index).toString(16).padStart(40, "0")}`);
const IBT = 10n ** 18n;

/** A history over periods 0–2: a tariff, fibre and WiFi customers, a removal, payments, another operator. */
function history(): BillingEventLog[] {
  let block = 0n;
  const at = () => ({ blockNumber: ++block, logIndex: 0 });
  return [
    { ...at(), eventName: "TariffSet", args: { operator: OPERATOR, token: TOKEN, fibre: 10n * IBT, wifi: 4n * IBT, period: 0n } },
    { ...at(), eventName: "CustomerRegistered", args: { operator: OPERATOR, customer: account(1), kind: CUSTOMER_KIND.fibre, period: 0n } },
    { ...at(), eventName: "CustomerRegistered", args: { operator: OPERATOR, customer: account(2), kind: CUSTOMER_KIND.wifi, period: 0n } },
    { ...at(), eventName: "CustomerRegistered", args: { operator: OPERATOR, customer: account(3), kind: CUSTOMER_KIND.wifi, period: 1n } },
    { ...at(), eventName: "CustomerPaid", args: { operator: OPERATOR, customer: account(1), token: TOKEN, amount: 10n * IBT, period: 1n } },
    { ...at(), eventName: "CustomerPaid", args: { operator: OPERATOR, customer: account(2), token: TOKEN, amount: 3n * IBT, period: 1n } },
    { ...at(), eventName: "CustomerPaid", args: { operator: OPERATOR, customer: account(2), token: TOKEN, amount: 1n * IBT, period: 1n } },
    { ...at(), eventName: "CustomerRemoved", args: { operator: OPERATOR, customer: account(2), kind: CUSTOMER_KIND.wifi, period: 1n } },
    { ...at(), eventName: "CustomerRegistered", args: { operator: OTHER_OPERATOR, customer: account(9), kind: CUSTOMER_KIND.fibre, period: 1n } },
    { ...at(), eventName: "CustomerPaid", args: { operator: OPERATOR, customer: account(1), token: TOKEN, amount: 10n * IBT, period: 2n } },
    { ...at(), eventName: "TariffSet", args: { operator: OPERATOR, token: TOKEN, fibre: 12n * IBT, wifi: 5n * IBT, period: 2n } },
  ];
}

function input(events: readonly BillingEventLog[], period = 1n): InvoiceInput {
  return {
    chainId: 31337,
    billing: BILLING,
    operator: OPERATOR,
    period,
    contributions: { fibreDeployment: 17_000_000n, fibreMaintenance: 6_000_000n, wifiDeployment: 4_000_000n, wifiMaintenance: 4_000_000n },
    events,
  };
}

/** Deterministic shuffle (the builder must not depend on the order events arrive in). */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  let state = 7;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

async function addToNode(node: EvidenceNode, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const form = new FormData();
  form.append("file", new Blob([bytes], { type: "application/json" }), "invoice.json");
  const response = await fetch(`${node.apiUrl}/api/v0/add?cid-version=1`, { method: "POST", body: form });
  assert.equal(response.status, 200, await response.clone().text());
  return ((await response.json()) as { Hash: string }).Hash;
}

describe("invoice document", () => {
  test("replays the period's customers, payments, tariff and contributions", () => {
    const document = buildInvoiceDocument(input(history()));
    assert.equal(document.period, 1);
    assert.deepEqual(document.tariff, { token: TOKEN, fibre: (10n * IBT).toString(), wifi: (4n * IBT).toString() });
    assert.deepEqual(
      document.lines.map((line) => [line.customer, line.kind, line.registeredAtEnd, line.paid, line.payments]),
      [
        [account(1), "fibre", true, (10n * IBT).toString(), 1],
        [account(2), "wifi", false, (4n * IBT).toString(), 2],
        [account(3), "wifi", true, "0", 0],
      ],
    );
    assert.deepEqual(document.totals, {
      ibtReceived: (14n * IBT).toString(),
      payments: 3,
      fibreCustomers: 1,
      wifiCustomers: 1,
      deploymentContribution: "21000000",
      maintenanceContribution: "10000000",
    });
    assert.equal(invoiceDocumentSchema.safeParse(document).success, true);
  });

  test("a later period takes the tariff in force at its end", () => {
    const document = buildInvoiceDocument(input(history(), 2n));
    assert.equal(document.tariff?.fibre, (12n * IBT).toString());
    assert.deepEqual(document.lines.map((line) => line.customer), [account(1), account(3)]);
    assert.equal(document.totals.ibtReceived, (10n * IBT).toString());
  });

  test("the same events in any order give byte-identical JSON and the same CID", async () => {
    const events = history();
    const first = serializeInvoiceDocument(buildInvoiceDocument(input(events)));
    const second = serializeInvoiceDocument(buildInvoiceDocument(input(shuffled(events))));
    assert.deepEqual(second, first);
    const reparsed = invoiceDocumentSchema.parse(JSON.parse(new TextDecoder().decode(first)));
    assert.deepEqual(serializeInvoiceDocument(reparsed), first);
    assert.equal(
      await invoiceDocumentCid(buildInvoiceDocument(input(shuffled(events)))),
      await invoiceDocumentCid(buildInvoiceDocument(input(events))),
    );
  });

  test("a different history gives a different CID", async () => {
    const events = history();
    const fewer = events.filter((event) => !(event.eventName === "CustomerPaid" && event.args.amount === 1n * IBT));
    assert.notEqual(
      await invoiceDocumentCid(buildInvoiceDocument(input(fewer))),
      await invoiceDocumentCid(buildInvoiceDocument(input(events))),
    );
  });

  test("the schema refuses a lowercase address and a fractional amount", () => {
    const document = buildInvoiceDocument(input(history()));
    const lowercase = { ...document, operator: "0xabcdefabcdefabcdefabcdefabcdefabcdefabcd" };
    assert.equal(invoiceDocumentSchema.safeParse(lowercase).success, false);
    const fractional = { ...document, totals: { ...document.totals, ibtReceived: "1.5" } };
    assert.equal(invoiceDocumentSchema.safeParse(fractional).success, false);
  });
});

describe("invoice document CID against the evidence node", () => {
  let node: EvidenceNode;
  let repo: string;
  before(async () => {
    repo = await mkdtemp(join(tmpdir(), "scipio-invoice-"));
    // The two-layer case sends 46 MB, above the node's default 32 MiB body limit.
    node = await startEvidenceNode({ repo, apiPort: 0, gatewayPort: 0, maxBodyBytes: 64 * 1024 * 1024 });
  });
  after(async () => {
    await node.close();
    await rm(repo, { recursive: true, force: true });
  });

  test("a small document is one raw leaf", async () => {
    const document = buildInvoiceDocument(input(history()));
    const cid = await invoiceDocumentCid(document);
    assert.match(cid, /^bafkrei/);
    assert.equal(await addToNode(node, serializeInvoiceDocument(document)), cid);
  });

  test("a document of 3,000 customers spans several chunks", async () => {
    let block = 100n;
    const events: BillingEventLog[] = [...history()];
    for (let index = 0; index < 3_000; index++) {
      const customer = account(100 + index);
      const kind = index % 3 === 0 ? CUSTOMER_KIND.wifi : CUSTOMER_KIND.fibre;
      events.push({ blockNumber: ++block, logIndex: 0, eventName: "CustomerRegistered", args: { operator: OPERATOR, customer, kind, period: 0n } });
      events.push({ blockNumber: block, logIndex: 1, eventName: "CustomerPaid", args: { operator: OPERATOR, customer, token: TOKEN, amount: BigInt(index + 1) * IBT, period: 1n } });
    }
    const bytes = serializeInvoiceDocument(buildInvoiceDocument(input(events)));
    assert.ok(bytes.length > 262_144, `${bytes.length} bytes`);
    assert.equal(await addToNode(node, bytes), await invoiceDocumentCid(buildInvoiceDocument(input(shuffled(events)))));
  });

  test("bytes beyond 174 chunks get a second layer, as the node builds it", async () => {
    const bytes = new Uint8Array(175 * 262_144 + 1000);
    for (let index = 0; index < bytes.length; index += 4096) bytes[index] = (index / 4096) % 251;
    assert.equal(await addToNode(node, bytes), (await unixfsCidV1(bytes)).toString());
  });

  test("empty bytes", async () => {
    assert.equal(await addToNode(node, new Uint8Array(0)), (await unixfsCidV1(new Uint8Array(0))).toString());
  });
});

/** The text a page draws, decoded from pdf-lib's hex strings (`<48656C6C6F> Tj`). */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents();
    const parts = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    return parts
      .filter((part): part is PDFRawStream => part instanceof PDFRawStream)
      .map((stream) => new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode()))
      .join("")
      .match(/<([0-9A-Fa-f]*)>\s*Tj/g)!
      .map((shown) => Buffer.from(shown.replace(/^<|>\s*Tj$/g, ""), "hex").toString("latin1"))
      .join("\n");
  });
}

describe("invoice PDF", () => {
  test("re-loads with its metadata, totals and every customer", async () => {
    const document = buildInvoiceDocument(input(history()));
    const cid = await invoiceDocumentCid(document);
    const bytes = await renderInvoicePdf(document, { documentCid: cid, ibtSymbol: "IBT-OSO27" });
    const pdf = await PDFDocument.load(bytes);
    assert.equal(pdf.getPageCount(), 1);
    assert.equal(pdf.getTitle(), `Invoice - period 1 - operator ${OPERATOR}`);
    assert.equal(pdf.getSubject(), `Scipio invoice document ${cid}`);
    const [text] = await pageTexts(bytes);
    assert.match(text!, /Deployment of infrastructure: 21\.00 EUR/);
    assert.match(text!, /Maintenance: 10\.00 EUR/);
    assert.match(text!, /Received: 14 IBT-OSO27 in 3 payment\(s\)/);
    for (const line of document.lines) assert.ok(text!.includes(line.customer), line.customer);
  });

  test("a customer's invoice shows its own line and its kind's contributions", async () => {
    const document = buildInvoiceDocument(input(history()));
    const bytes = await renderInvoicePdf(document, { documentCid: "bafkreitest", customer: account(1) });
    const [text] = await pageTexts(bytes);
    assert.match(text!, /Customer invoice/);
    assert.match(text!, /Deployment of infrastructure: 17\.00 EUR/);
    assert.ok(!text!.includes(account(3)));
    await assert.rejects(renderInvoicePdf(document, { documentCid: "bafkreitest", customer: account(42) }), /not on this invoice/);
  });

  test("many customers flow onto several pages; the same invoice gives the same bytes", async () => {
    const events: BillingEventLog[] = [...history()];
    for (let index = 0; index < 150; index++) {
      events.push({ blockNumber: 1000n + BigInt(index), logIndex: 0, eventName: "CustomerRegistered", args: { operator: OPERATOR, customer: account(200 + index), kind: CUSTOMER_KIND.fibre, period: 0n } });
    }
    const document = buildInvoiceDocument(input(events));
    const bytes = await renderInvoicePdf(document, { documentCid: "bafkreitest" });
    const pdf = await PDFDocument.load(bytes);
    assert.ok(pdf.getPageCount() >= 3, `${pdf.getPageCount()} pages`);
    const texts = await pageTexts(bytes);
    assert.ok(texts.at(-1)!.includes(account(349)));
    assert.deepEqual(await renderInvoicePdf(document, { documentCid: "bafkreitest" }), bytes);
  });
});

describe("invoice PDF stays out of first loads", () => {
  test("only @scipio/sdk/invoice/pdf imports pdf-lib", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const source = new URL("../src/", import.meta.url);
    const files = (await readdir(source, { recursive: true })).filter((file) => file.endsWith(".ts"));
    const importers = [];
    for (const file of files) {
      if (/from "pdf-lib"|import\("pdf-lib"\)/.test(await readFile(new URL(file, source), "utf8"))) importers.push(file);
    }
    assert.deepEqual(importers, ["invoice/pdf.ts"]);
    const exports = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")).exports as Record<string, string>;
    assert.deepEqual(Object.keys(exports).filter((key) => exports[key] === "./src/invoice/pdf.ts"), ["./invoice/pdf"]);
  });
});
