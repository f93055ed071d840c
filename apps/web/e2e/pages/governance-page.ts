import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

export class GovernancePage extends AppShell {
  readonly firstReputationNote: Locator;
  readonly firstReputationForm: Locator;
  readonly firstReputationInput: Locator;
  readonly setFirstReputationButton: Locator;
  readonly attesterForm: Locator;

  constructor(page: Page) {
    super(page);
    this.firstReputationNote = page.getByTestId("first-reputation-note");
    this.firstReputationForm = page.getByTestId("first-reputation-form");
    this.firstReputationInput = this.firstReputationForm.getByLabel("New first reputation");
    this.setFirstReputationButton = this.firstReputationForm.getByRole("button", { name: /Set first reputation|Checking|Confirm|Waiting/ });
    this.attesterForm = page.getByTestId("attester-form");
  }

  async goto() {
    await this.page.goto("/governance");
    await expect(this.page.getByRole("heading", { name: "Governance", level: 1 })).toBeVisible();
  }

  /** The value shown for parameter `name` in the table of `contract` (the section's heading). */
  parameter(contract: string, name: string): Locator {
    return this.page
      .getByRole("region", { name: contract, exact: true })
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name, exact: true }) })
      .getByRole("cell")
      .first();
  }

  async setFirstReputation(amount: string) {
    await this.firstReputationInput.fill(amount);
    await this.setFirstReputationButton.click();
  }

  transactionConfirmed(): Locator {
    return this.firstReputationForm.getByTestId("transaction-confirmed");
  }
}
