import type { Locator, Page } from "@playwright/test";
import { capitalTokenAbi } from "@scipio/sdk/abi";
import { parseEther } from "viem";
import { TEST_WALLET_NAME } from "./support/injected-wallet";
import { expect, test } from "./fixtures";

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is not reached in `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 30) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test.describe("keyboard", () => {
  test("a member connects and buys tokens with the keyboard alone", async ({ tokensPage, wallet, chain, page }) => {
    await tokensPage.goto();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();

    await tabTo(page, tokensPage.connectButton);
    await page.keyboard.press("Enter");
    const modal = page.getByRole("dialog");
    await expect(modal).toBeVisible();
    await tabTo(page, modal.getByRole("button", { name: TEST_WALLET_NAME }));
    await page.keyboard.press("Enter");
    await expect(tokensPage.accountButton(wallet.address)).toBeVisible();
    await expect(modal).toBeHidden();

    await tabTo(page, tokensPage.buyAmount);
    await page.keyboard.type("0.5");
    await expect(tokensPage.tokensOut).toHaveText(/tokens$/);
    const quoted = await chain.client.readContract({
      address: chain.address("CapitalToken"),
      abi: capitalTokenAbi,
      functionName: "quoteBuy",
      args: [parseEther("0.5")],
    });
    await page.keyboard.press("Enter");

    await expect(tokensPage.transactionConfirmed()).toBeVisible();
    const balance = await chain.client.readContract({
      address: chain.address("CapitalToken"),
      abi: capitalTokenAbi,
      functionName: "balanceOf",
      args: [wallet.address],
    });
    expect(balance).toBe(quoted);
  });

  test("focus stays on the connect button when the wallet code replaces it, however late it arrives", async ({ page }) => {
    await page.goto("/tokens");
    await expect(page.getByRole("heading", { name: "Capital tokens" })).toBeVisible();
    // From now on every script arrives late, as on a slow connection: the first key press starts loading the wallet stack.
    await page.route("**/_next/static/chunks/**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    const placeholderButton = page.getByRole("banner").getByRole("button", { name: "Connect Wallet" });
    await tabTo(page, placeholderButton);
    await expect(page.getByTestId("rk-connect-button")).toHaveCount(0);

    const rainbowKitButton = page.getByTestId("rk-connect-button");
    await expect(rainbowKitButton).toBeVisible();
    await expect(rainbowKitButton).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("dialog")).toBeVisible();
  });
});
