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
  readonly stakes: Locator;
  readonly withdraw: Locator;

  constructor(page: Page) {
    super(page);
    this.priceChart = page.getByTestId("price-chart");
    this.poolChart = page.getByTestId("pool-chart");
    this.historyTable = page.getByTestId("market-history-table");
    this.historyBounds = page.getByTestId("market-history-bounds");
    this.myPosition = page.getByTestId("my-position");
    this.myTokens = this.myPosition.getByTestId("my-tokens");
    this.myReputation = this.myPosition.getByTestId("my-reputation");
    this.stakes = this.myPosition.getByTestId("my-stakes");
    this.withdraw = this.myPosition.getByTestId("todo-withdraw");
  }

  async goto() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  }

  /** The row of "My stakes" for a project. */
  stake(projectId: bigint): Locator {
    return this.stakes.getByTestId("my-stake").filter({ has: this.page.getByRole("link", { name: `#${projectId}`, exact: true }) });
  }

  /** The marker a chart draws for the state after `block`. */
  chartPoint(chart: Locator, block: bigint): Locator {
    return chart.locator(`circle[data-block="${block}"]`);
  }

  /** The marks a chart draws where the chain's clock jumped ahead with no blocks in between. */
  timeJumps(chart: Locator): Locator {
    return chart.getByTestId("time-jump");
  }

  /** The row of "The numbers behind the charts" for `block` (opens the disclosure first). */
  async historyRow(block: bigint): Promise<Locator> {
    await this.page.getByText("The numbers behind the charts").click();
    return this.historyTable.locator(`tr[data-block="${block}"]`);
  }
}
