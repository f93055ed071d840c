import { demoAccounts } from "@scipio/sdk/demo";
import { expect, test } from "./fixtures";

test.describe("wrong network", () => {
  test.use({ walletChainId: 1 });

  test("connecting asks the wallet to switch, and a later change of network shows a banner with the switch", async ({
    shell,
    wallet,
    page,
  }) => {
    await page.goto("/tokens");
    await shell.connect(wallet.address);
    expect(wallet.requests).toContain("wallet_switchEthereumChain");
    expect(wallet.chainId).toBe(31337);
    await expect(shell.networkBanner).toBeHidden();

    await wallet.switchChain(1);

    await expect(shell.networkBanner).toContainText("Your wallet is on Ethereum; Scipio runs on Local chain (anvil).");
    await expect(page.getByTestId("buy-form").getByRole("button", { name: "Buy tokens" })).toBeDisabled();
    await shell.networkBanner.getByRole("button", { name: "Switch to Local chain (anvil)" }).click();

    await expect(shell.networkBanner).toBeHidden();
    expect(wallet.chainId).toBe(31337);
  });
});

test.describe("dev wallet", () => {
  test("on the local chain a person acts as any demo account without an extension", async ({ shell, page }) => {
    const [governance, , , carla] = demoAccounts;
    await page.goto("/");
    await shell.connect(governance!.address, "Dev wallet (local chain only)");

    const picker = page.getByRole("banner").getByLabel("Act as demo account");
    await expect(picker).toBeVisible();
    await picker.selectOption({ label: "Carla — builder, operator" });

    await expect(shell.accountButton(carla!.address)).toBeVisible();
  });
});
