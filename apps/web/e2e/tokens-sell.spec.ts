import { capitalTokenAbi } from "@scipio/sdk/abi";
import { formatEther } from "viem";
import { formatAmount } from "../lib/format";
import { expect, test } from "./distribute-fixtures";

test.describe("selling capital tokens", () => {
  test("a member sees the ether a sale pays before sending it, and page and chain agree afterwards", async ({
    tokensPage,
    wallet,
    chain,
    community,
  }) => {
    await community.buyTokens("Bruno", "1");
    const token = chain.address("CapitalToken");
    const held = await community.tokenBalance("Bruno");
    const amount = held / 2n;

    await tokensPage.goto();
    await tokensPage.connect(wallet.address);
    await expect(tokensPage.sellForm.getByText(`Balance: ${formatAmount(held)} tokens`)).toBeVisible();
    await tokensPage.sellAmount.fill(formatEther(amount));
    const quoted = await chain.client.readContract({ address: token, abi: capitalTokenAbi, functionName: "quoteSell", args: [amount] });
    await expect(tokensPage.sellForm.getByTestId("sell-ether-out")).toHaveText(`${formatAmount(quoted, 6)} ETH`);

    await tokensPage.sellButton.click();

    await expect(tokensPage.transactionConfirmed(tokensPage.sellForm)).toBeVisible();
    await expect(tokensPage.sellAmount).toHaveValue("");
    const [sold] = await chain.client.getContractEvents({ address: token, abi: capitalTokenAbi, eventName: "Sold", args: { seller: wallet.address } });
    expect(sold?.args).toMatchObject({ tokensIn: amount, etherOut: quoted });
    const left = await community.tokenBalance("Bruno");
    expect(left).toBe(held - amount);
    await expect(tokensPage.sellForm.getByText(`Balance: ${formatAmount(left)} tokens`)).toBeVisible();
    // The server-rendered market follows: the pool the Overview shows is the chain's.
    const [pool] = await chain.client.readContract({ address: token, abi: capitalTokenAbi, functionName: "priceState" });
    await tokensPage.navigate("Overview");
    await expect(tokensPage.page.getByTestId("stat-pool")).toContainText(`${formatAmount(pool)} ETH`);
  });
});
