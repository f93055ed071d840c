import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatUnits, type Address } from "viem";
import type { InvoiceDocument, InvoiceLine } from "../schemas/invoice.ts";

/**
 * The PDF of an invoice, drawn with pdf-lib (runs in the browser and on Node; no PDF syntax written here).
 * Kept in its own entry point, `@scipio/sdk/invoice/pdf`, so pages import it only when someone downloads.
 */
export interface InvoicePdfOptions {
  /** The document's CID, printed so the reader can rebuild the document and compare. */
  documentCid: string;
  /** One customer's invoice (its line and its kind's CPR contributions) instead of the operator's whole list. */
  customer?: Address;
  /** The IBT's symbol, e.g. "IBT-OSO27" (default "IBT"). */
  ibtSymbol?: string;
  /** The settlement currency (default "EUR"). */
  currency?: string;
  /** The PDF's creation date; fixed by default so the same invoice gives the same bytes. */
  createdAt?: Date;
}

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 48;
const LINE_HEIGHT = 14;
const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.4, 0.4, 0.4);
const SETTLEMENT_DECIMALS = 6;
const COLUMNS = [
  { title: "Customer", x: 0 },
  { title: "Kind", x: 250 },
  { title: "Tariff", x: 290 },
  { title: "Paid", x: 370 },
  { title: "Payments", x: 440 },
  { title: "Status", x: 490 },
] as const;

/** A writer that flows text down the page and onto new pages. */
class Flow {
  private page: PDFPage;
  private y = PAGE_HEIGHT - MARGIN;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  }

  /** Room for `lines` more lines, or a new page. */
  ensure(lines: number) {
    if (this.y - lines * LINE_HEIGHT >= MARGIN) return;
    this.page = this.pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  text(text: string, options: { size?: number; bold?: boolean; muted?: boolean; x?: number } = {}) {
    this.ensure(1);
    this.draw(text, options.x ?? 0, options);
    this.y -= (options.size ?? 10) + 4;
  }

  row(cells: readonly string[], options: { bold?: boolean } = {}) {
    this.ensure(1);
    cells.forEach((cell, index) => this.draw(cell, COLUMNS[index]!.x, { size: 8, bold: options.bold }));
    this.y -= LINE_HEIGHT - 2;
  }

  gap(points = 8) {
    this.y -= points;
  }

  private draw(text: string, x: number, options: { size?: number; bold?: boolean; muted?: boolean }) {
    this.page.drawText(text, {
      x: MARGIN + x,
      y: this.y,
      size: options.size ?? 10,
      font: options.bold ? this.bold : this.font,
      color: options.muted ? MUTED : INK,
    });
  }
}

/** Renders `document` (an operator's invoice, or one customer's with `options.customer`) as PDF bytes. */
export async function renderInvoicePdf(document: InvoiceDocument, options: InvoicePdfOptions): Promise<Uint8Array> {
  const ibt = options.ibtSymbol ?? "IBT";
  const currency = options.currency ?? "EUR";
  const lines = options.customer === undefined ? document.lines : document.lines.filter((line) => sameAccount(line, options.customer!));
  if (options.customer !== undefined && lines.length === 0) {
    throw new Error(`${options.customer} is not on this invoice`);
  }

  const pdf = await PDFDocument.create();
  const title = `Invoice - period ${document.period} - operator ${document.operator}`;
  pdf.setTitle(title);
  pdf.setSubject(`Scipio invoice document ${options.documentCid}`);
  pdf.setKeywords(["scipio", "invoice", `period:${document.period}`, `document:${options.documentCid}`]);
  pdf.setProducer("Scipio (pdf-lib)");
  pdf.setCreator("Scipio");
  const createdAt = options.createdAt ?? new Date(0);
  pdf.setCreationDate(createdAt);
  pdf.setModificationDate(createdAt);

  const flow = new Flow(pdf, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold));
  flow.text(options.customer === undefined ? "Invoice" : "Customer invoice", { size: 18, bold: true });
  flow.text(`Billing period ${document.period}`, { size: 12 });
  flow.gap();
  flow.text(`Operator: ${document.operator}`);
  if (options.customer !== undefined) flow.text(`Customer: ${lines[0]!.customer}`);
  flow.text(`Billing contract: ${document.billing} (chain ${document.chainId})`, { muted: true });
  flow.text(`Document CID: ${options.documentCid}`, { muted: true });
  flow.gap();

  const perCustomer = document.contributionsPerCustomer;
  flow.text("Contributions to the common pool resource (CPR)", { bold: true });
  if (options.customer === undefined) {
    const totals = document.totals;
    flow.text(`Customers at the period's end: ${totals.fibreCustomers} fibre, ${totals.wifiCustomers} WiFi`);
    flow.text(`Deployment of infrastructure: ${money(totals.deploymentContribution, currency)}`);
    flow.text(`Maintenance: ${money(totals.maintenanceContribution, currency)}`);
    flow.gap();
    flow.text("Income", { bold: true });
    flow.text(`Received: ${units(totals.ibtReceived, ibt)} in ${totals.payments} payment(s)`);
  } else {
    const kind = lines[0]!.kind;
    flow.text(`Deployment of infrastructure: ${money(perCustomer[kind].deployment, currency)}`);
    flow.text(`Maintenance: ${money(perCustomer[kind].maintenance, currency)}`);
  }
  flow.text(
    `Per customer and period: fibre ${money(perCustomer.fibre.deployment, currency)} + ${money(perCustomer.fibre.maintenance, currency)}, ` +
      `WiFi ${money(perCustomer.wifi.deployment, currency)} + ${money(perCustomer.wifi.maintenance, currency)}`,
    { muted: true, size: 8 },
  );
  flow.gap();

  flow.text(options.customer === undefined ? `Customers (${lines.length})` : "Your connection", { bold: true });
  flow.row(COLUMNS.map((column) => column.title), { bold: true });
  for (const line of lines) {
    flow.row([
      line.customer,
      line.kind === "fibre" ? "Fibre" : "WiFi",
      units(line.tariff, ibt),
      units(line.paid, ibt),
      String(line.payments),
      line.registeredAtEnd ? "customer" : "removed",
    ]);
  }
  flow.gap();
  flow.text("Anyone can rebuild this invoice's document from the billing contract's events and compare its CID.", {
    muted: true,
    size: 8,
  });
  return pdf.save();
}

function sameAccount(line: InvoiceLine, account: Address): boolean {
  return line.customer.toLowerCase() === account.toLowerCase();
}

function units(value: string, symbol: string): string {
  return `${formatUnits(BigInt(value), 18)} ${symbol}`;
}

function money(value: string, currency: string): string {
  const [whole, fraction = ""] = formatUnits(BigInt(value), SETTLEMENT_DECIMALS).split(".");
  return `${whole}.${fraction.padEnd(2, "0")} ${currency}`;
}
