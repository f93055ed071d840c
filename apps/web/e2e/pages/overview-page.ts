import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

export class OverviewPage extends AppShell {
  readonly priceChart: Locator;
  readonly poolChart: Locator;
  readonly historyTable: Locator;
  readonly historyBounds: Locator;
  readonly myPosition: Locator;
  readonly myTokens: Locator;
  readonly myReputation: Locator;
  readonly todosLink: Locator;

  constructor(page: Page) {
    super(page);
    this.priceChart = page.getByTestId("price-chart");
    this.poolChart = page.getByTestId("pool-chart");
    this.historyTable = page.getByTestId("market-history-table");
    this.historyBounds = page.getByTestId("market-history-bounds");
    this.myPosition = page.getByTestId("my-position");
    this.myTokens = this.myPosition.getByTestId("my-tokens");
    this.myReputation = this.myPosition.getByTestId("my-reputation");
    this.todosLink = this.myPosition.getByRole("link", { name: /My to-dos/ });
  }

  async goto() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  }

  /** The marker a chart draws for the state after `block`. */
  chartPoint(chart: Locator, block: bigint): Locator {
    return chart.locator(`circle[data-block="${block}"]`);
  }

  /** The row of "The numbers behind the charts" for `block` (opens the disclosure first). */
  async historyRow(block: bigint): Promise<Locator> {
    await this.page.getByText("The numbers behind the charts").click();
    return this.historyTable.locator(`tr[data-block="${block}"]`);
  }
}
