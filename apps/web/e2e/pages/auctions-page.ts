import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

/** /bandwidth-tokens and a token's page: the operator creates its IBT and lets the auctions mint it. */
export class BandwidthTokensPage extends AppShell {
  readonly createPanel: Locator;
  readonly minterPanel: Locator;

  constructor(page: Page) {
    super(page);
    this.createPanel = page.getByRole("region", { name: "Create a bandwidth token" });
    this.minterPanel = page.getByRole("region", { name: "Auctions" });
  }

  async goto() {
    await this.page.goto("/bandwidth-tokens");
    await expect(this.page.getByRole("heading", { name: "Bandwidth tokens", level: 1 })).toBeVisible();
  }

  async create({ name, symbol }: { name: string; symbol: string }) {
    await this.createPanel.getByLabel("Name").fill(name);
    await this.createPanel.getByLabel("Symbol").fill(symbol);
    await this.createPanel.getByRole("button", { name: "Create the token" }).click();
    await expect(this.createPanel.getByTestId("transaction-confirmed")).toBeVisible();
  }
}

/** /auctions and /auctions/[id]. */
export class AuctionsPage extends AppShell {
  readonly createPanel: Locator;
  readonly offered: Locator;
  readonly price: Locator;
  readonly createButton: Locator;
  readonly bidPanel: Locator;
  readonly bidAmount: Locator;
  readonly bidButton: Locator;
  readonly allocation: Locator;
  readonly allocationLeft: Locator;
  readonly bought: Locator;

  constructor(page: Page) {
    super(page);
    this.createPanel = page.getByRole("region", { name: "Create an auction" });
    this.offered = this.createPanel.getByLabel("IBT offered");
    this.price = this.createPanel.getByLabel("Price");
    this.createButton = this.createPanel.getByRole("button", { name: /Create the auction|Checking|Confirm|Waiting/ });
    this.bidPanel = page.getByRole("region", { name: "Bid" });
    this.bidAmount = this.bidPanel.getByLabel("IBT to buy");
    this.bidButton = this.bidPanel.getByRole("button", { name: /^Bid$|Checking|Confirm|Waiting/ });
    this.allocation = page.getByTestId("my-allocation");
    this.allocationLeft = page.getByTestId("my-allocation-left");
    this.bought = page.getByTestId("my-bought");
  }

  async gotoList() {
    await this.page.goto("/auctions");
    await expect(this.page.getByRole("heading", { name: "Bandwidth auctions" })).toBeVisible();
  }

  async gotoAuction(id: bigint) {
    await this.page.goto(`/auctions/${id}`);
    await expect(this.page.getByRole("heading", { name: new RegExp(`Auction #${id}`) })).toBeVisible();
  }

  sold(): Locator {
    return this.page.getByRole("meter", { name: "Sold" });
  }

  /** Bids `amount` IBT and waits for the confirmation (or, for the bid that sells out, for the form to go). */
  async bid(amount: string, { soldOut = false } = {}) {
    await this.bidAmount.fill(amount);
    await expect(this.bidPanel.getByTestId("bid-cost")).not.toHaveText("—");
    await this.bidButton.click();
    if (soldOut) {
      await expect(this.bidPanel).toHaveCount(0);
      return;
    }
    await expect(this.bidPanel.getByTestId("transaction-confirmed")).toBeVisible();
    await expect(this.bidAmount).toHaveValue("");
  }

  claimPanel(title: "Your IBT" | "Proceeds" | "Common Pool"): Locator {
    return this.page.getByRole("region", { name: title });
  }
}
