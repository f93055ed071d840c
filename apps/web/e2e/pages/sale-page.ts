import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

export class SalePage extends AppShell {
  readonly status: Locator;
  readonly proceeds: Locator;
  readonly buyPanel: Locator;
  readonly amount: Locator;
  readonly sptOut: Locator;
  readonly buyButton: Locator;
  readonly balance: Locator;
  readonly finalizePanel: Locator;
  readonly proceedsPanel: Locator;

  constructor(page: Page) {
    super(page);
    this.status = page.getByTestId("sale-status");
    this.proceeds = page.getByTestId("sale-proceeds");
    this.buyPanel = page.getByRole("region", { name: "Buy SPT" });
    this.amount = this.buyPanel.getByLabel("You pay");
    this.sptOut = this.buyPanel.getByTestId("spt-out");
    this.buyButton = this.buyPanel.getByRole("button", { name: /Buy SPT|Checking|Confirm|Waiting/ });
    this.balance = page.getByTestId("spt-balance");
    this.finalizePanel = page.getByRole("region", { name: "End the sale" });
    this.proceedsPanel = page.getByRole("region", { name: "Proceeds" });
  }

  async goto() {
    await this.page.goto("/sale");
    await expect(this.page.getByRole("heading", { name: "Platform token sale" })).toBeVisible();
  }

  sold(): Locator {
    return this.page.getByRole("meter", { name: "Sold" });
  }
}
