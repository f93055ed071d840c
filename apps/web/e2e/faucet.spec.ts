import { parseEther } from "viem";
import { expect, test } from "./fixtures";

test.describe("local-chain faucet", () => {
  test.use({ walletAccount: "Hugo" });

  test("a newcomer with no ether gets 10 test ETH from the header; a funded account sees no faucet", async ({ page, shell, wallet, chain }) => {
    await chain.setBalance(wallet.address, 0n);
    await page.goto("/");
    await shell.connect(wallet.address);

    await shell.faucetButton.click();

    await expect(shell.faucetStatus).toHaveText("Now 10 ETH");
    expect(await chain.client.getBalance({ address: wallet.address })).toBe(parseEther("10"));

    await chain.setBalance(wallet.address, parseEther("1000"));
    await page.reload();
    await expect(shell.accountButton(wallet.address)).toBeVisible();
    await expect(shell.faucetButton).toBeHidden();
  });

  test("the faucet route refuses an account that holds plenty and a body that is no account", async ({ page, wallet, chain }) => {
    await chain.setBalance(wallet.address, parseEther("1000"));
    const rich = await page.request.post("/api/faucet", { data: { account: wallet.address } });
    expect(rich.status()).toBe(409);
    expect((await rich.json()).error).toContain("the faucet tops up accounts below 100 ETH");
    const junk = await page.request.post("/api/faucet", { data: { account: "nobody" } });
    expect(junk.status()).toBe(400);
  });
});
