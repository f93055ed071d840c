import { capitalTokenAbi } from "@scipio/sdk/abi";
import { parseEther } from "viem";
import { CommunityActions } from "@scipio/sdk/community";
import { TRANSACTION_GAS_HEADROOM } from "@scipio/sdk";
import { formatAmount } from "../lib/format";
import { expect, test } from "./fixtures";
import { resolveAccount } from "./support/injected-wallet";
import { TokensPage } from "./pages/tokens-page";

test.describe("buying capital tokens", () => {
  test("a visitor without a wallet sees the forms at once, inert, and live quotes from their first touch", async ({ page, chain }) => {
    const tokensPage = new TokensPage(page);
    await tokensPage.goto();
    const preview = page.getByRole("form", { name: "Buy" });
    await expect(preview.getByLabel("You pay")).toBeDisabled();
    await expect(preview.getByRole("button", { name: "Connect wallet" })).toBeEnabled();
    await expect(page.getByRole("form", { name: "Sell" }).getByLabel("You sell")).toBeDisabled();
    await expect(tokensPage.buyForm).toHaveCount(0);

    await page.mouse.move(20, 20);
    await tokensPage.buyAmount.fill("0.5");

    const quoted = await chain.client.readContract({
      address: chain.address("CapitalToken"),
      abi: capitalTokenAbi,
      functionName: "quoteBuy",
      args: [parseEther("0.5")],
    });
    await expect(tokensPage.tokensOut).toHaveText(`${formatAmount(quoted)} tokens`);
    await expect(tokensPage.buyButton).toHaveText("Connect wallet");
  });

  test("a member connects through the wallet modal and buys tokens with ether", async ({ tokensPage, wallet, chain, page }) => {
    const token = chain.address("CapitalToken");
    const [poolBefore] = await chain.client.readContract({ address: token, abi: capitalTokenAbi, functionName: "priceState" });

    await tokensPage.goto();
    await tokensPage.connect(wallet.address);
    await tokensPage.quoteBuy("0.5");
    const quoted = await chain.client.readContract({
      address: token,
      abi: capitalTokenAbi,
      functionName: "quoteBuy",
      args: [parseEther("0.5")],
    });
    await expect(tokensPage.resaleWarning).toBeVisible();

    await tokensPage.buyButton.click();

    await expect(tokensPage.transactionConfirmed()).toBeVisible();
    await expect(tokensPage.toasts.filter({ hasText: "Confirmed." })).toBeVisible();
    await expect(tokensPage.buyAmount).toHaveValue("");

    const balance = await chain.client.readContract({
      address: token,
      abi: capitalTokenAbi,
      functionName: "balanceOf",
      args: [wallet.address],
    });
    expect(balance).toBe(quoted);
    const [poolAfter] = await chain.client.readContract({ address: token, abi: capitalTokenAbi, functionName: "priceState" });
    expect(poolAfter - poolBefore).toBe(parseEther("0.5"));
    // The page shows what the chain holds: the sell form's balance and the server-rendered pool.
    await expect(tokensPage.sellForm.getByText(`Balance: ${formatAmount(balance)} tokens`)).toBeVisible();
    await tokensPage.navigate("Overview");
    await expect(page.getByTestId("stat-pool")).toContainText(`${formatAmount(poolAfter)} ETH`);
    expect(wallet.requests).toContain("eth_sendTransaction");
  });

  test("a buy estimated before another member's buy moves the pool in a new block still goes through", async ({ tokensPage, wallet, chain }) => {
    const token = chain.address("CapitalToken");
    const community = new CommunityActions(chain.rpcUrl, chain.deployment);
    await tokensPage.goto();
    await tokensPage.connect(wallet.address);
    await tokensPage.quoteBuy("0.5");
    const [poolBefore] = await chain.client.readContract({ address: token, abi: capitalTokenAbi, functionName: "priceState" });
    const blockBefore = await chain.client.getBlockNumber();
    // The app has estimated; before the wallet sends, Carla's buy lands in its own block an hour later.
    wallet.beforeNextSend(async () => {
      await chain.increaseTime(3600);
      await community.buy(resolveAccount("Carla"), "2");
    });

    await tokensPage.buyButton.click();

    await expect(tokensPage.transactionConfirmed()).toBeVisible();
    const [sent] = wallet.sentTransactions.slice(-1);
    expect(sent?.gas).toBeDefined();
    const receipts = await Promise.all(
      [blockBefore + 1n, blockBefore + 2n].map((number) => chain.client.getBlock({ blockNumber: number, includeTransactions: true })),
    );
    const carlaBuy = receipts[0]!.transactions[0]!;
    const memberBuy = receipts[1]!.transactions[0]!;
    expect(carlaBuy.from.toLowerCase()).toBe(resolveAccount("Carla").toLowerCase());
    expect(memberBuy.from.toLowerCase()).toBe(wallet.address.toLowerCase());
    const receipt = await chain.client.getTransactionReceipt({ hash: memberBuy.hash });
    expect(receipt.status).toBe("success");
    // The limit sent covers what the buy used with the headroom to spare.
    expect(BigInt(sent!.gas!) - receipt.gasUsed >= TRANSACTION_GAS_HEADROOM - 5_000n).toBe(true);
    const [poolAfter] = await chain.client.readContract({ address: token, abi: capitalTokenAbi, functionName: "priceState" });
    expect(poolAfter - poolBefore).toBe(parseEther("2.5"));
  });

  test("a rejected signature shows the sdk's message and keeps the typed amount", async ({ tokensPage, wallet, chain }) => {
    await tokensPage.goto();
    await tokensPage.connect(wallet.address);
    await tokensPage.quoteBuy("0.25");
    wallet.rejectNext("eth_sendTransaction");

    await tokensPage.buyButton.click();

    await expect(tokensPage.transactionError()).toContainText("You rejected the request in your wallet. Nothing was sent.");
    await expect(tokensPage.buyAmount).toHaveValue("0.25");
    await expect(tokensPage.buyButton).toHaveText("Buy tokens");
    const balance = await chain.client.readContract({
      address: chain.address("CapitalToken"),
      abi: capitalTokenAbi,
      functionName: "balanceOf",
      args: [wallet.address],
    });
    expect(balance).toBe(0n);
  });
});
