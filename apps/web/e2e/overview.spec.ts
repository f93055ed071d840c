import { capitalTokenAbi } from "@scipio/sdk/abi";
import { formatAmount } from "../lib/format";
import { test, expect } from "./distribute-fixtures";
import { OverviewPage } from "./pages/overview-page";

test.describe("overview", () => {
  test("the charts gain a point for a buy once the page is reloaded", async ({ page, chain, community }) => {
    const overview = new OverviewPage(page);
    await overview.goto();
    await expect(page.getByTestId("market-history")).toContainText("No buys, sales or releases");

    await community.buyTokens("Carla", "0.5");
    const buyBlock = await chain.client.getBlockNumber();
    const token = chain.address("CapitalToken");
    const [pool] = await chain.client.readContract({ address: token, abi: capitalTokenAbi, functionName: "priceState" });
    const [, resaleValue] = await chain.client.readContract({ address: token, abi: capitalTokenAbi, functionName: "spotPrice" });
    await page.reload();

    // One marker per line: buy price and resale value on the price chart, the pool on its own.
    await expect(overview.chartPoint(overview.priceChart, buyBlock)).toHaveCount(2);
    await expect(overview.chartPoint(overview.poolChart, buyBlock)).toHaveCount(1);
    await expect(overview.poolChart.getByRole("img", { name: "Pool" })).toBeVisible();
    await expect(overview.poolChart).toContainText(/The pool rose from [\d.]+ to [\d.]+ ETH, over 1 change/);
    const row = await overview.historyRow(buyBlock);
    await expect(row).toContainText(formatAmount(pool));
    await expect(row).toContainText(formatAmount(resaleValue, 6));
    await expect(overview.historyBounds).toContainText(`${buyBlock}`);
  });

  test("a connected member sees their tokens and reputation and a way to their to-dos", async ({ page, wallet, community }) => {
    await community.buyTokens("Bruno", "0.2");
    await community.registerIdentity("Bruno", "bruno@guifi");
    const [tokens, reputation] = await Promise.all([community.tokenBalance("Bruno"), community.reputationBalance("Bruno")]);
    const overview = new OverviewPage(page);
    await overview.goto();
    await expect(overview.myPosition.getByRole("button", { name: "Connect wallet" })).toBeVisible();

    await overview.connect(wallet.address);

    await expect(overview.myTokens).toContainText(formatAmount(tokens, 2));
    await expect(overview.myReputation).toContainText(`${formatAmount(reputation, 2)} REP`);
    await overview.todosLink.click();
    await expect(page).toHaveURL(/\/me$/);
  });
});
