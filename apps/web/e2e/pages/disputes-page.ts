import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

/** /consumption: the feeder's forms per operator and the operator's own records. */
export class ConsumptionPage extends AppShell {
  readonly feederPanel: Locator;
  readonly operatorPanel: Locator;

  constructor(page: Page) {
    super(page);
    this.feederPanel = page.getByTestId("feeder-record");
    this.operatorPanel = page.getByTestId("operator-consumption");
  }

  async goto() {
    await this.page.goto("/consumption");
    await expect(this.page.getByRole("heading", { name: "Consumption", level: 1 })).toBeVisible();
  }

  feederRow(operator: string): Locator {
    return this.feederPanel.locator(`[data-testid="feeder-row"][data-operator="${operator}"]`);
  }

  /** The feeder records `gigabytes` for `operator` in the selected period and waits for the confirmation. */
  async record(operator: string, gigabytes: string) {
    const row = this.feederRow(operator);
    await row.getByLabel(/GB for period/).fill(gigabytes);
    await row.getByRole("button", { name: "Record" }).click();
    await expect(row.getByTestId("feeder-row-recorded")).toContainText(`recorded ${gigabytes} GB`);
  }

  /** The table's row of `operator` in `period` (server-rendered from the index or the ledger). */
  tableRow(period: bigint, operator: string): Locator {
    return this.page.getByTestId(`consumption-period-${period}`).locator(`[data-testid="consumption-row"][data-operator="${operator}"]`);
  }

  operatorRecord(period: bigint): Locator {
    return this.operatorPanel.locator(`[data-testid="operator-record"][data-period="${period}"]`);
  }
}

/** /disputes/[id]: its stage and status, and the actions of whoever is connected. */
export class DisputePage extends AppShell {
  readonly stage: Locator;
  readonly status: Locator;
  readonly recordState: Locator;
  readonly finalEffect: Locator;

  constructor(page: Page) {
    super(page);
    this.stage = page.getByTestId("dispute-stage");
    this.status = page.getByTestId("dispute-status");
    this.recordState = page.getByTestId("dispute-record-state");
    this.finalEffect = page.getByTestId("dispute-final-effect");
  }

  async goto(id: bigint) {
    await this.page.goto(`/disputes/${id}`);
    await expect(this.page.getByRole("heading", { name: new RegExp(`^Dispute #${id}`), level: 1 })).toBeVisible();
  }

  /**
   * Presses a permissionless step's button ("Draw the resolver", "Make the ruling final" …); the page refreshes
   * once its block is in, so this waits for the status it leads to.
   */
  async progress(testId: "dispute-assignResolver" | "dispute-replaceResolver" | "dispute-finalize", button: string, nextStatus: string) {
    await this.page.getByTestId(testId).getByRole("button", { name: button }).click();
    await expect(this.status).toHaveText(nextStatus, { timeout: 20_000 });
  }

  /** The stage's resolver decides with a reason (the ruling picked by its label); waits for the decided status. */
  async decide(ruling: string, reason: string, nextStatus = "Decided, open to appeal") {
    const panel = this.page.getByTestId("decide-dispute");
    await panel.getByLabel("Ruling").selectOption({ label: ruling });
    await panel.getByLabel("Reason").fill(reason);
    await panel.getByRole("button", { name: "Publish the ruling" }).click();
    await expect(this.status).toHaveText(nextStatus, { timeout: 20_000 });
  }
}

/** The evidence-and-deposit form every stage uses (open, respond, escalate, raise an issue). */
export async function submitEvidence(form: Locator, statement: string, button: RegExp | string) {
  await form.getByLabel("Your statement").fill(statement);
  await form.getByRole("button", { name: button }).click();
}
