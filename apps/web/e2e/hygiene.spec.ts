import type { Page } from "@playwright/test";
import { test, expect } from "./distribute-fixtures";

/** Console errors and every requested URL of a page, from now on. */
function watch(page: Page) {
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("request", (request) => requests.push(request.url()));
  return {
    consoleErrors,
    /** Requests to another machine: the app, its chain and its gateway all answer on this one. */
    outside: () => requests.filter((url) => !["127.0.0.1", "localhost"].includes(new URL(url).hostname) && !/^(data|blob):/.test(url)),
    /** Prefetches of other pages (React Server Component payloads): these visits follow no link, so any is one. */
    prefetches: () => requests.filter((url) => new URL(url).searchParams.has("_rsc")),
  };
}

test.describe("pages keep to the machine and to themselves", () => {
  test("a visitor without a wallet reads every page with no console error, no outside request and no prefetch; the wallet code waits for them", async ({
    page,
    community,
  }) => {
    const projectId = await community.stakedProject();
    const watched = watch(page);

    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    // Nobody has touched the page and no wallet is installed: RainbowKit's button is not there yet, the light one is.
    await expect(page.getByRole("banner").getByRole("button", { name: "Connect Wallet" })).toBeVisible();
    await expect(page.getByTestId("rk-connect-button")).toHaveCount(0);

    await page.mouse.move(20, 20);
    await expect(page.getByTestId("rk-connect-button")).toBeVisible();

    for (const path of ["/tokens", "/sale", "/participants", "/projects", `/projects/${projectId}`, "/identity", "/governance", "/me", "/nodes", "/nodes/new", "/operator", "/auctions", "/bandwidth-tokens"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    await page.mouse.move(40, 40);
    await expect(page.getByTestId("rk-connect-button")).toBeVisible();

    expect(watched.consoleErrors).toEqual([]);
    expect(watched.outside()).toEqual([]);
    expect(watched.prefetches()).toEqual([]);
  });

  test("a member with a browser wallet gets the wallet stack at once and their pages stay just as clean", async ({ page, wallet, shell, community }) => {
    const projectId = await community.stakedProject();
    const watched = watch(page);

    await page.goto(`/projects/${projectId}`);
    // An installed wallet is announced (EIP-6963), so the stack loads without waiting for a touch.
    await expect(page.getByTestId("rk-connect-button")).toBeVisible();
    await shell.connect(wallet.address);
    for (const path of ["/", "/tokens", "/projects", "/me"]) {
      await page.goto(path);
      await expect(shell.accountButton(wallet.address)).toBeVisible();
    }

    expect(watched.consoleErrors).toEqual([]);
    expect(watched.outside()).toEqual([]);
    expect(watched.prefetches()).toEqual([]);
  });
});
