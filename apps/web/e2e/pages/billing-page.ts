import { expect, type Locator, type Page } from "@playwright/test";
import type { Address } from "viem";

/** `/billing` and an invoice page `/billing/invoices/[operator]/[period]`. */
export class BillingPage {
  readonly customerPanel: Locator;
  readonly payAmount: Locator;
  readonly payButton: Locator;
  readonly issuePanel: Locator;
  readonly invoiceEvent: Locator;
  readonly invoiceCheck: Locator;

  constructor(readonly page: Page) {
    this.customerPanel = page.getByTestId("customer-billing");
    this.payAmount = this.customerPanel.getByLabel("Amount to pay");
    this.payButton = this.customerPanel.getByRole("button", { name: "Approve and pay" });
    this.issuePanel = page.getByTestId("issue-invoice");
    this.invoiceEvent = page.getByTestId("invoice-event");
    this.invoiceCheck = page.getByTestId("invoice-check");
  }

  async goto() {
    await this.page.goto("/billing");
    await expect(this.page.getByRole("heading", { level: 1, name: "Billing" })).toBeVisible();
  }

  async gotoInvoice(operator: Address, period: bigint) {
    await this.page.goto(`/billing/invoices/${operator}/${period}`);
    await expect(this.page.getByRole("heading", { level: 1, name: `Invoice of period ${period}` })).toBeVisible();
  }
}
