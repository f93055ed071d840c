import type { Page } from "@playwright/test";
import { createIndexerClient, indexer, type IndexedBlock } from "@scipio/sdk/indexer";
import { test, expect } from "./distribute-fixtures";
import { resolveAccount } from "./support/injected-wallet";

const indexerUrl = () => {
  const url = process.env.SCIPIO_E2E_INDEXER_URL;
  if (!url) throw new Error("the e2e global setup started no indexer");
  return url;
};

/** The block the indexer has indexed, with its hash (what the pages check it against). */
async function indexedBlock(): Promise<IndexedBlock | undefined> {
  return indexer.indexedBlock(createIndexerClient(indexerUrl(), { timeoutMs: 5_000 })).catch(() => undefined);
}

/** Pauses (SIGSTOP) the indexer's process group for the callback: it then answers nothing, as if down. */
async function withIndexerPaused(run: () => Promise<void>) {
  const pid = Number(process.env.SCIPIO_E2E_INDEXER_PID);
  process.kill(-pid, "SIGSTOP");
  try {
    await run();
  } finally {
    process.kill(-pid, "SIGCONT");
  }
}

const projectIds = (page: Page) => page.getByTestId("project-card").locator("h2 > span:first-child");

test.describe("lists from the indexer", () => {
  test("the project list is served from the index with its block, and still works, saying so, without the indexer", async ({
    page,
    community,
    chain,
  }) => {
    // After the previous test's revert the indexer rolls back and re-indexes; on a loaded machine that once took over 30 s.
    test.setTimeout(180_000);
    await community.fundedCommunity();
    await community.propose("Carla", { cost: "0.01" });
    await community.propose("Bruno", { cost: "0.02" });
    const head = await chain.client.getBlockNumber();
    const { timestamp, hash } = await chain.client.getBlock({ blockNumber: head });
    // The chain's own head, not just its height: every test reverts the chain, so an index still on the
    // previous test's blocks can be as high or higher, even with the same timestamp (the page would rightly
    // refuse it): only the hash tells.
    await expect.poll(indexedBlock, { timeout: 90_000 }).toEqual({ number: head, timestamp, hash });

    await page.goto("/projects");
    const status = page.getByTestId("index-status");
    await expect(status).toHaveAttribute("data-source", "indexer");
    await expect(status).toContainText(`From the index, up to block ${head}`);
    await expect(projectIds(page)).toHaveText(["#1", "#2"]);
    // The search box asks the index (title, proposer or id): Bruno's proposal is #2.
    const search = page.getByRole("form", { name: "Search projects" });
    await search.getByLabel("Title, proposer or id").fill(resolveAccount("Bruno").slice(0, 10));
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/projects\?q=0x/);
    await expect(projectIds(page)).toHaveText(["#2"]);

    await withIndexerPaused(async () => {
      await community.propose("Carla", { cost: "0.03" });
      await page.reload();
      await expect(status).toHaveAttribute("data-source", "chain");
      await expect(status).toContainText("The indexer is not answering, so this was read from the chain directly");
      await expect(projectIds(page)).toHaveText(["#1", "#2", "#3"]);
      // The chain cannot search: the page says so and lists every project rather than pretending to filter.
      await page.goto("/projects?q=2");
      await expect(page.getByTestId("search-ignored")).toContainText("Searching needs the indexer");
      await expect(projectIds(page)).toHaveText(["#1", "#2", "#3"]);
      // The write flows do not depend on the index: the proposal form still opens.
      await page.getByRole("link", { name: "Propose a project" }).click();
      await expect(page).toHaveURL(/\/projects\/new/);
    });
  });
});
