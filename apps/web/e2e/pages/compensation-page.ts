import { expect, type Locator, type Page } from "@playwright/test";

/** `/compensation`: the period's clock, totals, the viewer's position and the table. */
export class CompensationPage {
  readonly clock: Locator;
  readonly totals: Locator;
  readonly position: Locator;
  readonly positionState: Locator;
  readonly rows: Locator;
  readonly settleAmount: Locator;
  readonly settleButton: Locator;

  constructor(readonly page: Page) {
    this.clock = page.getByTestId("period-clock");
    this.totals = page.getByTestId("period-totals");
    this.position = page.getByTestId("my-position");
    this.positionState = this.position.getByTestId("my-position-state");
    this.rows = page.getByTestId("compensation-table").getByTestId("compensation-row");
    this.settleAmount = this.position.getByLabel("Amount to settle");
    this.settleButton = this.position.getByRole("button", { name: "Approve and settle" });
  }

  async goto(period: bigint) {
    await this.page.goto(`/compensation?period=${period}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Compensation" })).toBeVisible();
  }

  total(testId: "total-expenses" | "total-fee" | "total-consumption" | "total-credit" | "total-debts" | "total-settled") {
    return this.totals.getByTestId(testId);
  }

  /** Every row as the page shows it: account and the figures it carries. */
  async tableRows() {
    return this.rows.evaluateAll((rows) =>
      rows.map((row) => ({
        account: row.getAttribute("data-account")!,
        net: BigInt(row.getAttribute("data-net")!),
        expenses: BigInt(row.getAttribute("data-expenses")!),
        consumption: BigInt(row.getAttribute("data-consumption")!),
        netText: row.querySelector('[data-testid="row-net"]')!.textContent!.trim(),
      })),
    );
  }
}
