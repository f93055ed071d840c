import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

type InvoiceFields = { invoiceNumber: string; issuerTaxId: string; invoicedPartyTaxId: string; amount: string; currency: string; date: string };

/** /expenses: the declare form and the declarer's own expenses. */
export class ExpensesPage extends AppShell {
  readonly form: Locator;
  readonly list: Locator;

  constructor(page: Page) {
    super(page);
    this.form = page.getByTestId("declare-expense");
    this.list = page.getByTestId("my-expenses");
  }

  async goto() {
    await this.page.goto("/expenses");
    await expect(this.page.getByRole("heading", { name: "Expenses", level: 1 })).toBeVisible();
  }

  field(label: "Invoice number" | "Issuer's tax id" | "Invoiced party's tax id" | "Amount" | "Currency" | "Invoice date"): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async fill(fields: InvoiceFields) {
    await this.field("Invoice number").fill(fields.invoiceNumber);
    await this.field("Issuer's tax id").fill(fields.issuerTaxId);
    await this.field("Invoiced party's tax id").fill(fields.invoicedPartyTaxId);
    await this.field("Amount").fill(fields.amount);
    await this.field("Currency").fill(fields.currency);
    await this.field("Invoice date").fill(fields.date);
  }

  async chooseInvoice(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.form.getByLabel("Invoice file").setInputFiles(file);
  }

  async submit() {
    await this.form.getByRole("button", { name: /Upload and declare|Declare the expense/ }).click();
  }

  row(expenseId: bigint): Locator {
    return this.list.locator(`li[data-expense-id="${expenseId}"]`);
  }
}

/** /reviews and /reviews/[id]: the drawn reviewer's queue and the evidence page. */
export class ReviewsPage extends AppShell {
  readonly queue: Locator;
  readonly verdict: Locator;
  readonly metadata: Locator;
  readonly invoice: Locator;

  constructor(page: Page) {
    super(page);
    this.queue = page.getByTestId("review-queue");
    this.verdict = page.getByTestId("verdict");
    this.metadata = page.getByTestId("evidence-metadata");
    this.invoice = page.getByTestId("evidence-file");
  }

  async gotoQueue() {
    await this.page.goto("/reviews");
    await expect(this.page.getByRole("heading", { name: "Reviews", level: 1 })).toBeVisible();
  }

  async gotoEvidence(expenseId: bigint) {
    await this.page.goto(`/reviews/${expenseId}`);
    await expect(this.page.getByRole("heading", { name: `Expense #${expenseId}`, level: 1 })).toBeVisible();
  }

  queueItem(expenseId: bigint): Locator {
    return this.queue.locator(`li[data-expense-id="${expenseId}"]`);
  }

  async validate() {
    await this.verdict.getByRole("button", { name: "Validate the expense" }).click();
  }

  async reject(reason: string) {
    await this.verdict.getByLabel("Reason for rejecting").fill(reason);
    await this.verdict.getByRole("button", { name: "Reject with this reason" }).click();
  }
}
