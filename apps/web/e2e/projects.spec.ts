import { capitalTokenAbi } from "@scipio/sdk/abi";
import { formatEther, parseEther } from "viem";
import { formatAmount } from "../lib/format";
import { expect, test } from "./distribute-fixtures";
import { resolveAccount } from "./support/injected-wallet";

const PROPOSED = 1;
const STAKED = 2;
const ACTIVE = 3;
const EXPIRED = 8;

test.describe("proposing and staking", () => {
  test.use({ walletAccount: "Carla" });

  test("a proposal reaches both requirements and becomes Staked", async ({ proposePage, projectPage, wallet, community, chain, page }) => {
    await community.fundedCommunity();
    await proposePage.goto();
    await proposePage.connect(wallet.address);

    await proposePage.title.fill("Fibre link Can Pujades – Sant Pere");
    await proposePage.summary.fill("A 2 km fibre backbone between two supernodes.");
    await proposePage.cost.fill("0.1");
    await proposePage.stakingDays.fill("7");
    // The collateral is 5% of the tokens to be staked: ceil(supply · C / pool), from the chain as it is now.
    const token = { address: chain.address("CapitalToken"), abi: capitalTokenAbi } as const;
    const [pool, supply] = await Promise.all([
      chain.client.readContract({ ...token, functionName: "availablePool" }),
      chain.client.readContract({ ...token, functionName: "totalSupply" }),
    ]);
    const requiredTokens = (supply * parseEther("0.1") + pool - 1n) / pool;
    const collateral = (requiredTokens * 500n + 9_999n) / 10_000n;
    await expect(proposePage.requiredCollateral).toHaveText(`${formatAmount(collateral)} tokens`);
    await proposePage.proposeButton.click();

    await expect(page).toHaveURL(/\/projects\/1$/);
    await expect(projectPage.stageBadge).toHaveText("Proposed");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Fibre link Can Pujades – Sant Pere");
    const proposed = await community.project(1n);
    expect(proposed.stage).toBe(PROPOSED);
    expect(proposed.proposer).toBe(resolveAccount("Carla"));
    expect(proposed.requiredTokens).toBe(requiredTokens);

    // Bruno offers more tokens than are still required: the page says what will be staked.
    await wallet.switchAccount("Bruno");
    await expect(projectPage.stakeForm("tokens")).toBeVisible();
    await projectPage.stakeAmount("tokens").fill(formatEther(requiredTokens + parseEther("5")));
    await expect(projectPage.stakeForm("tokens").getByTestId("stake-tokens-clamp")).toContainText("is still required");
    await projectPage.stakeButton("tokens").click();
    await expect(projectPage.stakeForm("tokens").getByTestId("transaction-confirmed")).toBeVisible();
    expect((await community.stakeOf(1n, "Bruno")).tokens).toBe(requiredTokens);

    // The stake that meets both requirements moves the project on, and the refreshed page drops the
    // stake forms (their confirmation can vanish before it is seen): the stage is the evidence here.
    await wallet.switchAccount("Dídac");
    await projectPage.stakeAmount("reputation").fill(formatEther(proposed.requiredReputation));
    await projectPage.stakeButton("reputation").click();

    await expect(projectPage.stageBadge).toHaveText("Staked");
    const staked = await community.project(1n);
    expect(staked.stage).toBe(STAKED);
    expect(staked.stakedTokens).toBe(staked.requiredTokens);
    expect(staked.stakedReputation).toBe(staked.requiredReputation);
  });
});

test.describe("task lists", () => {
  test.use({ walletAccount: "Bruno" });

  test("two lists are submitted, one is backed above half, and after the period anyone advances it to Active", async ({
    projectPage,
    wallet,
    community,
    chain,
    page,
  }) => {
    const projectId = await community.stakedProject();
    await projectPage.goto(projectId);
    await projectPage.connect(wallet.address);

    await projectPage.writeTaskList([
      { title: "Survey the route", share: "30" },
      { title: "Lay the fibre", share: "70", details: "2 km, aerial where poles exist" },
    ]);
    await projectPage.submitTaskList();
    await expect(projectPage.list(1)).toContainText("Lay the fibre");

    await wallet.switchAccount("Dídac");
    await projectPage.writeTaskList([{ title: "Everything in one go", share: "100" }]);
    await projectPage.submitTaskList();
    await expect(projectPage.list(2)).toContainText("Everything in one go");
    // Each author backs its own list: half the weight each, so neither leads.
    await expect(projectPage.taskLists.getByTestId("leading-list")).toHaveCount(0);

    await projectPage.list(1).getByRole("button", { name: "Switch my backing to this list" }).click();
    await expect(projectPage.list(1).getByTestId("leading-list")).toHaveText("Leading (above 50%)");
    expect((await community.project(projectId)).leadingList).toBe(1n);

    const { stageDeadline } = await community.project(projectId);
    await chain.mineAt(stageDeadline + 1n);
    await wallet.switchAccount("Ada");
    await page.reload();
    await expect(projectPage.stageChangeDue).toBeVisible();
    await projectPage.stageChangeDue.getByRole("button", { name: "Advance project" }).click();

    await expect(projectPage.stageBadge).toHaveText("Active");
    await expect(projectPage.list(1).getByTestId("leading-list")).toHaveText("Accepted");
    const active = await community.project(projectId);
    expect(active.stage).toBe(ACTIVE);
    expect(active.leadingList).toBe(1n);
  });

  test("weightings that do not total 100% are refused with what to fix, keeping every typed task", async ({
    projectPage,
    wallet,
    community,
  }) => {
    const projectId = await community.stakedProject();
    await projectPage.goto(projectId);
    await projectPage.connect(wallet.address);

    await projectPage.writeTaskList([
      { title: "Survey the route", share: "30" },
      { title: "Lay the fibre", share: "60" },
    ]);
    await projectPage.submitTaskList();

    await expect(projectPage.editor.getByTestId("task-list-problem")).toHaveText(
      "The shares add up to 90%; they must total exactly 100% (10% left to assign)",
    );
    const rows = projectPage.editor.getByTestId("task-row");
    await expect(rows.nth(0).getByLabel("Title")).toHaveValue("Survey the route");
    await expect(rows.nth(1).getByLabel("Share of cost")).toHaveValue("60");
    expect(wallet.requests).not.toContain("eth_sendTransaction");
  });
});

test.describe("expiry", () => {
  test.use({ walletAccount: "Ada" });

  test("a project whose deadline passes unmet is expired by any visitor and its stakers withdraw", async ({
    projectPage,
    wallet,
    community,
    chain,
  }) => {
    await community.fundedCommunity();
    const projectId = await community.propose("Carla", { cost: "0.1" });
    const stake = parseEther("10");
    const before = await community.tokenBalance("Bruno");
    await community.stakeTokens("Bruno", projectId, stake);
    const { stakingDeadline } = await community.project(projectId);
    await chain.mineAt(stakingDeadline + 1n);

    await projectPage.goto(projectId);
    await projectPage.connect(wallet.address);
    await projectPage.stageChangeDue.getByRole("button", { name: "Expire project" }).click();
    await expect(projectPage.stageBadge).toHaveText("Expired");
    expect((await community.project(projectId)).stage).toBe(EXPIRED);

    await wallet.switchAccount("Bruno");
    await projectPage.stakePanel.getByRole("button", { name: "Withdraw my stake" }).click();
    await expect(projectPage.stakePanel.getByTestId("my-staked-tokens")).toHaveText("0");
    expect(await community.tokenBalance("Bruno")).toBe(before);
    expect((await community.stakeOf(projectId, "Bruno")).tokens).toBe(0n);
  });
});

test.describe("bad input", () => {
  test.use({ walletAccount: "Bruno" });

  test("an invalid stake amount and an invalid cost say what to fix and keep what was typed", async ({
    projectPage,
    proposePage,
    wallet,
    community,
  }) => {
    await community.fundedCommunity();
    const projectId = await community.propose("Carla", { cost: "0.1" });
    await projectPage.goto(projectId);
    await projectPage.connect(wallet.address);

    await projectPage.stakeAmount("tokens").fill("12,5");
    await expect(projectPage.stakeAmount("tokens")).toHaveAccessibleDescription("Use digits and at most 18 decimals, e.g. 0.25");
    await projectPage.stakeAmount("tokens").fill("999999999");
    await expect(projectPage.stakeAmount("tokens")).toHaveAccessibleDescription(/^You have [\d.]+ tokens available: enter at most that$/);
    await projectPage.stakeButton("tokens").click();
    await expect(projectPage.stakeAmount("tokens")).toHaveValue("999999999");

    await proposePage.goto();
    await proposePage.title.fill("A tower");
    await proposePage.cost.fill("0");
    await proposePage.proposeButton.click();
    await expect(proposePage.cost).toHaveAccessibleDescription("The amount must be greater than zero");
    await expect(proposePage.summary).toHaveAccessibleDescription("Say what the project builds and why");
    await expect(proposePage.title).toHaveValue("A tower");
    expect(wallet.requests).not.toContain("eth_sendTransaction");
  });
});
