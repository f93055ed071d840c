import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

export class ProposePage extends AppShell {
  readonly form: Locator;
  readonly title: Locator;
  readonly summary: Locator;
  readonly cost: Locator;
  readonly stakingDays: Locator;
  readonly requiredCollateral: Locator;
  readonly proposeButton: Locator;

  constructor(page: Page) {
    super(page);
    this.form = page.getByTestId("propose-form");
    this.title = this.form.getByRole("textbox", { name: "Title", exact: true });
    this.summary = this.form.getByRole("textbox", { name: "Summary", exact: true });
    this.cost = this.form.getByRole("textbox", { name: "Cost", exact: true });
    this.stakingDays = this.form.getByRole("textbox", { name: "Staking open for", exact: true });
    this.requiredCollateral = this.form.getByTestId("required-collateral");
    this.proposeButton = this.form.getByRole("button", { name: /Propose project|Checking|Confirm|Waiting/ });
  }

  async goto() {
    await this.page.goto("/projects/new");
    await expect(this.page.getByRole("heading", { name: "Propose a project" })).toBeVisible();
  }

  collateral(kind: "Capital tokens" | "Reputation"): Locator {
    return this.form.getByRole("radio", { name: new RegExp(kind) });
  }
}
