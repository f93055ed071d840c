import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

export class IdentityPage extends AppShell {
  readonly form: Locator;
  readonly identity: Locator;
  readonly registerButton: Locator;
  readonly refusal: Locator;
  readonly registered: Locator;
  readonly reputationBalance: Locator;

  constructor(page: Page) {
    super(page);
    this.form = page.getByTestId("identity-form");
    this.identity = this.form.getByLabel("Identity");
    this.registerButton = this.form.getByRole("button", { name: /Register and receive reputation|Checking|Confirm|Waiting/ });
    this.refusal = page.getByTestId("attest-problem");
    this.registered = page.getByTestId("identity-registered");
    this.reputationBalance = page.getByTestId("reputation-balance");
  }

  async goto() {
    await this.page.goto("/identity");
    await expect(this.page.getByRole("heading", { name: "Identity", level: 1 })).toBeVisible();
  }

  async register(identity: string) {
    await this.identity.fill(identity);
    await this.registerButton.click();
  }
}
