import type { Page } from "@playwright/test";
import { test, expect } from "./distribute-fixtures";

/** The ids the list shows, as "#12", in order (a retrying assertion: pages load after a click). */
const expectIds = (page: Page, ids: string[]) => expect(page.getByTestId("project-card").locator("h2 > span:first-child")).toHaveText(ids);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `#${from + index}`);

test.describe("project list", () => {
  test("pages forward and back through all projects and through one stage, ten at a time", async ({ page, community }) => {
    await community.fundedCommunity();
    for (let project = 1; project <= 13; project++) await community.propose("Carla", { cost: "0.01" });
    // Projects 3 and 9 reach Staked, so the Proposed filter skips them.
    for (const projectId of [3n, 9n]) {
      const project = await community.project(projectId);
      await community.stakeTokens("Bruno", projectId, project.requiredTokens);
      await community.stakeReputation("Dídac", projectId, project.requiredReputation);
    }
    const pager = page.getByTestId("project-pager");

    await page.goto("/projects");
    await pager.getByRole("link", { name: "10 per page" }).click();
    await expect(page).toHaveURL(/size=10/);
    await expectIds(page, range(1, 10));
    await expect(pager).toContainText("Page 1");
    await pager.getByRole("link", { name: "Next →" }).click();
    await expect(pager).toContainText("Page 2");
    await expectIds(page, range(11, 13));
    await expect(pager.getByRole("link", { name: "Next →" })).toHaveCount(0);
    await pager.getByRole("link", { name: "← Previous" }).click();
    await expect(pager).toContainText("Page 1");
    await expectIds(page, range(1, 10));

    await page.getByRole("navigation", { name: "Filter by stage" }).getByRole("link", { name: "Proposed" }).click();
    await expect(page).toHaveURL(/stage=proposed.*size=10|size=10.*stage=proposed/);
    const proposed = ["#1", "#2", ...range(4, 8), ...range(10, 12)];
    await expectIds(page, proposed);
    await pager.getByRole("link", { name: "Next →" }).click();
    await expect(pager).toContainText("Page 2");
    await expectIds(page, ["#13"]);
    await pager.getByRole("link", { name: "← Previous" }).click();
    await expectIds(page, proposed);

    await page.getByRole("navigation", { name: "Filter by stage" }).getByRole("link", { name: "Staked" }).click();
    await expectIds(page, ["#3", "#9"]);
    await expect(pager.getByRole("link", { name: /Previous|Next/ })).toHaveCount(0);
  });

  test("an unknown stage in the address shows every project with a note", async ({ page, community }) => {
    await community.fundedCommunity();
    await community.propose("Carla", { cost: "0.01" });
    await page.goto("/projects?stage=finished");
    await expect(page.getByRole("status")).toContainText("There is no stage called “finished”: showing every project.");
    await expectIds(page, ["#1"]);
  });
});
