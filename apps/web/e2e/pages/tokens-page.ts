import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

export class TokensPage extends AppShell {
  readonly buyForm: Locator;
  readonly buyAmount: Locator;
  readonly buyButton: Locator;
  readonly tokensOut: Locator;
  readonly resaleWarning: Locator;
  readonly sellForm: Locator;
  readonly sellAmount: Locator;
  readonly sellButton: Locator;

  constructor(page: Page) {
    super(page);
    this.buyForm = page.getByTestId("buy-form");
    this.buyAmount = this.buyForm.getByLabel("You pay");
    this.buyButton = this.buyForm.getByRole("button", { name: /Buy tokens|Connect wallet|Checking|Confirm|Waiting/ });
    this.tokensOut = this.buyForm.getByTestId("buy-tokens-out");
    this.resaleWarning = this.buyForm.getByTestId("resale-warning");
    this.sellForm = page.getByTestId("sell-form");
    this.sellAmount = this.sellForm.getByLabel("You sell");
    this.sellButton = this.sellForm.getByRole("button", { name: /Sell tokens/ });
  }

  async goto() {
    await this.page.goto("/tokens");
    await expect(this.page.getByRole("heading", { name: "Capital tokens" })).toBeVisible();
  }

  /** Types an ether amount and waits for the live quote. */
  async quoteBuy(ether: string) {
    await this.buyAmount.fill(ether);
    await expect(this.tokensOut).toHaveText(/tokens$/);
  }

  transactionError(form: Locator = this.buyForm): Locator {
    return form.getByTestId("transaction-error");
  }

  transactionConfirmed(form: Locator = this.buyForm): Locator {
    return form.getByTestId("transaction-confirmed");
  }
}
