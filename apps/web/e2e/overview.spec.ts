import { capitalTokenAbi } from "@scipio/sdk/abi";
import { formatAmount } from "../lib/format";
import { test, expect } from "./distribute-fixtures";
import { OverviewPage } from "./pages/overview-page";
import { test as tasksTest } from "./tasks-fixtures";

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

  test("a week the local chain's clock was moved ahead is drawn narrow and marked, not as a week-long ramp", async ({ page, chain, community }) => {
    const overview = new OverviewPage(page);
    await community.buyTokens("Carla", "0.5");
    // The first buys a minute apart (drawn as time passing, not as a jump): what the chart measures then
    // does not hang on whether two blocks landed in the same second of the chain's clock.
    await chain.increaseTime(60);
    await community.buyTokens("Bruno", "0.2");
    await chain.increaseTime(7 * 86_400);
    await community.buyTokens("Carla", "0.3");

    await overview.goto();

    await expect(overview.timeJumps(overview.priceChart)).toHaveCount(1);
    await expect(overview.timeJumps(overview.priceChart)).toContainText("+7 d");
    await expect(overview.priceChart).toContainText("The chain's clock was moved ahead once (7 d");
    // The week takes a small share of the width: the buys before it are not squeezed against the left edge.
    const markers = overview.priceChart.locator("circle");
    const xs = await markers.evaluateAll((circles) => circles.map((circle) => Number(circle.getAttribute("cx"))));
    const [first, last] = [Math.min(...xs), Math.max(...xs)];
    const jumpX = Number(await overview.timeJumps(overview.priceChart).locator("line").getAttribute("x1"));
    expect((jumpX - first) / (last - first)).toBeGreaterThan(0.5);
  });

  test("a connected member sees their tokens and reputation", async ({ page, wallet, community }) => {
    await community.buyTokens("Bruno", "0.2");
    await community.registerIdentity("Bruno", "bruno@guifi");
    const [tokens, reputation] = await Promise.all([community.tokenBalance("Bruno"), community.reputationBalance("Bruno")]);
    const overview = new OverviewPage(page);
    await overview.goto();
    await expect(overview.myPosition.getByRole("button", { name: "Connect wallet" })).toBeVisible();

    await overview.connect(wallet.address);

    await expect(overview.myTokens).toContainText(formatAmount(tokens, 2));
    await expect(overview.myReputation).toContainText(`${formatAmount(reputation, 2)} REP`);
    await expect(overview.stakes).toContainText("You have no stake in a project.");
    await expect(overview.withdraw.getByTestId("nothing-to-withdraw")).toBeVisible();
  });
});

tasksTest.describe("overview: stakes", () => {
  tasksTest.use({ walletAccount: "Bruno" });

  tasksTest("a member's stakes are listed with what each returns, and one withdraw takes back a Complete and an Expired stake", async ({
    page,
    wallet,
    tasks,
    chain,
  }) => {
    await tasks.votersAndValidators();
    const completeId = await tasks.activeProject([10_000]);
    const expiredId = await tasks.propose("Carla", { cost: "0.01" });
    const expiredStake = (await tasks.project(expiredId)).requiredTokens / 2n;
    await tasks.stakeTokens("Bruno", expiredId, expiredStake);
    await tasks.complete(completeId);
    const { stakingDeadline } = await tasks.project(expiredId);
    if ((await chain.now()) <= stakingDeadline) await chain.mineAt(stakingDeadline + 1n);
    await tasks.expire(expiredId);
    const complete = await tasks.project(completeId);
    const completeStake = (await tasks.stakeOf(completeId, "Bruno")).tokens;
    // ProjectRegistry.withdrawStake: 1% of the cost, shared by token stake.
    const etherReward = (completeStake * ((complete.cost * 100n) / 10_000n)) / complete.stakedTokens;
    const tokensBefore = await tasks.tokenBalance("Bruno");

    const overview = new OverviewPage(page);
    await overview.goto();
    await overview.connect(wallet.address);
    await expect(overview.stake(completeId)).toContainText("Complete");
    await expect(overview.stake(completeId)).toContainText(`Withdrawable with its reward: ${formatAmount(etherReward)} ETH`);
    await expect(overview.stake(expiredId)).toContainText("Expired");
    await expect(overview.stake(expiredId)).toContainText("Withdrawable in full");

    await overview.withdraw.getByRole("button", { name: "Withdraw everything" }).click();
    await expect(overview.withdraw.getByTestId("nothing-to-withdraw")).toBeVisible({ timeout: 20_000 });
    expect(await tasks.stakeOf(completeId, "Bruno")).toMatchObject({ tokens: 0n, reputation: 0n });
    expect(await tasks.stakeOf(expiredId, "Bruno")).toMatchObject({ tokens: 0n, reputation: 0n });
    expect((await tasks.tokenBalance("Bruno")) - tokensBefore).toBe(completeStake + expiredStake);
    expect(await tasks.owedTo("Bruno")).toBe(0n);
    await expect(overview.stakes).toContainText("You have no stake in a project.");
  });
});
