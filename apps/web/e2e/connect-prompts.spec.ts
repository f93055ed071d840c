import { demoAccounts } from "@scipio/sdk/demo";
import { test, expect } from "./tasks-fixtures";
import { AppShell } from "./pages/app-shell";

test.describe("a visitor without a wallet", () => {
  test("wallet panels say how to connect before the wallet code loads, and their button connects", async ({ page, community }) => {
    const projectId = await community.stakedProject();
    const prompts = [
      { path: `/projects/${projectId}`, panel: "My stake", text: "Connect your wallet to see and change your stake." },
      { path: `/projects/${projectId}`, panel: "Propose a task list", text: "Connect your wallet to write one." },
      { path: "/projects/new", panel: "Your proposal", text: "Connect your wallet to propose" },
      { path: "/identity", panel: "Register your identity", text: "Connect the account that should receive the reputation." },
      { path: "/me", panel: "My to-dos", text: "Connect your wallet to see what needs you" },
    ];
    for (const { path, panel, text } of prompts) {
      await page.goto(path);
      await expect(page.getByRole("region", { name: panel })).toContainText(text);
    }
    // Nobody touched the pages: the wallet stack (RainbowKit's own button with it) never loaded.
    await expect(page.getByTestId("rk-connect-button")).toHaveCount(0);

    await page.goto(`/projects/${projectId}`);
    const stakePanel = page.getByRole("region", { name: "My stake" });
    const modal = page.getByRole("dialog");
    // A click that lands before hydration does nothing, as on any server-rendered page: press again until the modal opens.
    await expect(async () => {
      await stakePanel.getByRole("button", { name: "Connect wallet" }).click();
      await expect(modal).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await modal.getByRole("button", { name: "Dev wallet (local chain only)" }).click();

    const [governance] = demoAccounts;
    await expect(new AppShell(page).accountButton(governance!.address)).toBeVisible();
    await expect(stakePanel.getByTestId("my-staked-tokens")).toHaveText("0");
    await expect(stakePanel.getByRole("button", { name: "Connect wallet" })).toHaveCount(0);
    expect((await community.stakeOf(projectId, governance!.address)).tokens).toBe(0n);
  });

  test("a task whose claimer missed its deadline offers the slash, with a way to connect, before the wallet code loads", async ({
    page,
    tasks,
    chain,
  }) => {
    const projectId = await tasks.claimedProject();
    await chain.mineAt((await tasks.task(projectId, 0)).deadline + 1n);

    await page.goto(`/projects/${projectId}/tasks/0`);
    await expect(page.getByRole("region", { name: "Deadline missed" })).toContainText("Connect a wallet to slash and reopen the task.");
    await expect(page.getByRole("region", { name: "Take part" })).toContainText("Connect your wallet to claim, validate, vote on");
    await expect(page.getByTestId("rk-connect-button")).toHaveCount(0);
  });
});
