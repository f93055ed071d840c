import { expect, type Locator, type Page } from "@playwright/test";
import { TEST_WALLET_NAME } from "../support/injected-wallet";

/** What every page shares: the header with the connect button, the network banner, notifications. */
export class AppShell {
  readonly connectButton: Locator;
  readonly networkBanner: Locator;
  readonly toasts: Locator;
  /** The local chain's faucet next to the account button. */
  readonly faucetButton: Locator;
  readonly faucetStatus: Locator;

  constructor(readonly page: Page) {
    this.connectButton = page.getByRole("banner").getByRole("button", { name: "Connect Wallet" });
    this.networkBanner = page.getByRole("alert").filter({ hasText: "Wrong network" });
    this.toasts = page.getByTestId("transaction-toast");
    this.faucetButton = page.getByRole("banner").getByRole("button", { name: /test ETH/ });
    this.faucetStatus = page.getByRole("banner").getByTestId("faucet-status");
  }

  /** The account button RainbowKit shows once connected ("0x3C44…93BC"). */
  accountButton(address: string): Locator {
    const short = `${address.slice(0, 4)}…${address.slice(-4)}`;
    return this.page.getByRole("banner").getByRole("button", { name: new RegExp(short, "i") });
  }

  /** Connects through the RainbowKit modal, choosing `walletName` among the discovered wallets. */
  async connect(address: string, walletName = TEST_WALLET_NAME) {
    const modal = this.page.getByRole("dialog");
    // A press while the header swaps its placeholder button for RainbowKit's (the wallet stack arriving) can be
    // lost, as a press before hydration is: press again, as a person would, until the modal is there.
    await expect(async () => {
      if (!(await modal.isVisible())) await this.connectButton.click({ timeout: 2_000 });
      await expect(modal).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await modal.getByRole("button", { name: walletName }).click();
    await expect(this.accountButton(address)).toBeVisible();
    await expect(modal).toBeHidden();
  }

  async navigate(linkName: "Overview" | "Tokens" | "Projects" | "Identity" | "Governance") {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: linkName }).click();
    await expect(this.page.getByRole("link", { name: linkName, exact: true })).toHaveAttribute("aria-current", "page");
  }
}
