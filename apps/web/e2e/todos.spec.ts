import { createIndexerClient, indexer } from "@scipio/sdk/indexer";
import { formatUnits } from "viem";
import { test as base, expect } from "./fixtures";
import { calendarEvents, downloadText, icsUtc, OperationsTodosPanel } from "./pages/todos-page";
import type { Chain } from "./support/chain";
import { resolveAccount } from "./support/injected-wallet";
import { TodosCommunity } from "./support/todos-community";
import { pollIdOf } from "./support/task-community";

const test = base.extend<{ network: TodosCommunity; todos: OperationsTodosPanel }>({
  network: async ({ chain }, use) => {
    await use(new TodosCommunity(chain));
  },
  todos: async ({ page, wallet }, use) => {
    void wallet;
    await use(new OperationsTodosPanel(page));
  },
});

const ferran = resolveAccount("Ferran");

/**
 * Gives the indexer up to 30 s to reach the chain's head, so the lists come from it rather than from the chain
 * fallback. Either way the to-dos must be the same (each item is read from the chain), so this only prefers a path.
 */
async function waitForIndex(chain: Chain) {
  const url = process.env.SCIPIO_E2E_INDEXER_URL;
  if (!url) return;
  const client = createIndexerClient(url, { timeoutMs: 5_000 });
  const head = await chain.client.getBlockNumber({ cacheTime: 0 });
  for (const started = Date.now(); Date.now() - started < 30_000; await new Promise((resolve) => setTimeout(resolve, 500))) {
    const indexed = await indexer.indexedBlock(client).catch(() => undefined);
    if (indexed && indexed.number >= head) return;
  }
}

/**
 * Ferran's week, set up on the chain: a closed period in which he owes (his consumption share outweighs his
 * expenses), a sealed Distribute vote to reveal, and in the period running now a consumption record to validate, an
 * expense of Carla's he was drawn to review, and Carla's claim against him waiting for his deposit.
 * Returns every deadline as the chain states it.
 */
async function ferransDeadlines(community: TodosCommunity) {
  await community.operationsReady();
  const first = await community.currentPeriod();
  await community.recordConsumption("Ferran", first, 6_000n);
  await community.recordConsumption("Carla", first, 1_000n);
  const earlier = await community.declareExpense("Carla", first, 400, "GM-2026-0001");
  const drawn = await community.drawReviewers(earlier);
  expect(drawn.map((reviewer) => reviewer.toLowerCase()).sort()).toEqual(["Ada", "Ferran", "Elena"].map((name) => resolveAccount(name).toLowerCase()).sort());
  await community.reviewExpense("Ada", earlier);
  await community.reviewExpense("Elena", earlier);
  await community.closeThrough(first);
  const debt = await community.netPosition("Ferran", first);
  expect(debt).toBeLessThan(0n);
  const { recordingEndsAt } = await community.periodTotals(first);

  // Distribute: a project in Voting on which Ferran commits a sealed vote (this moves the chain's clock on by weeks).
  const projectId = await community.votingProject();
  await community.commitVote("Ferran", pollIdOf(projectId, 0), true, 10n);
  const { revealEnd } = await community.pollGroup(projectId);

  const period = await community.currentPeriod();
  await community.recordConsumption("Ferran", period, 2_500n);
  const expenseId = await community.declareExpense("Carla", period, 120, "GM-2026-0002");
  await community.drawReviewers(expenseId);
  const disputeId = await community.openClaim("Carla", "Ferran");
  const { deadline: responseDeadline } = await community.dispute(disputeId);
  return {
    debt,
    operations: [
      { kind: "settle", deadline: recordingEndsAt, href: `/compensation?period=${first}` },
      { kind: "review", deadline: await community.reviewDeadline(expenseId, "Ferran"), href: `/reviews/${expenseId}` },
      { kind: "consumption", deadline: await community.closableAt(period), href: "/consumption" },
      { kind: "dispute-respond", deadline: responseDeadline, href: `/disputes/${disputeId}` },
    ].sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0)),
    reveal: { deadline: revealEnd, href: `/projects/${projectId}/tasks/0` },
  };
}

test.describe("operations to-dos and the calendar", () => {
  test.use({ walletAccount: "Ferran" });
  test.setTimeout(180_000);

  test("the dashboard and /me list Ferran's review, consumption, debt and dispute by deadline; the .ics holds each deadline and his Distribute reveal at the chain's times", async ({
    network,
    todos,
    wallet,
    chain,
  }) => {
    const expected = await ferransDeadlines(network);
    const now = await chain.now();
    await waitForIndex(chain);

    await todos.gotoDashboard(ferran);
    await expect(todos.items).toHaveCount(4);
    const listed = await todos.listed();
    expect(listed.map(({ kind, deadline, href }) => ({ kind, deadline, href }))).toEqual(expected.operations);
    // The debt's recording window ended weeks ago on the chain's clock: it is marked overdue, the rest are not.
    expect(listed.map((item) => item.overdue)).toEqual(expected.operations.map((item) => item.deadline <= now));
    expect(listed.find((item) => item.kind === "settle")!.overdue).toBe(true);
    expect(listed.find((item) => item.kind === "settle")!.title).toContain(`€${formatUnits(-expected.debt, 6)}`);
    await expect(todos.items.filter({ hasText: "Overdue" })).toHaveCount(1);
    await expect(todos.panel).toContainText("Dates are the chain's clock");

    const { text, filename } = await todos.downloadCalendar();
    expect(filename).toMatch(/\.ics$/);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const events = calendarEvents(text);
    expect(events).toHaveLength(expected.operations.length + 1);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    for (const item of [...expected.operations, { kind: "reveal", ...expected.reveal }]) {
      const event = events.find((candidate) => candidate.url.endsWith(item.href));
      expect(event, `an event for ${item.kind} at ${item.href}`).toBeDefined();
      expect(event!.url).toBe(new URL(item.href, todos.page.url()).toString());
      expect(event!.dtend).toBe(icsUtc(item.deadline));
      expect(event!.dtstart).toBe(icsUtc(item.deadline - 1_800n));
      expect(event!.alarms).toEqual(["TRIGGER;RELATED=END:-P1D", "TRIGGER;RELATED=END:-PT1H"]);
    }
    expect(text.replace(/\r\n[ \t]/g, "")).toContain("Times are the chain's clock");

    // Each row has its own one-event file: the review's ends at the chain's answer-by and is the same event (UID).
    const review = expected.operations.find((item) => item.kind === "review")!;
    await expect(todos.items.getByRole("link", { name: /^Add to calendar/ })).toHaveCount(4);
    const single = await downloadText(todos.page, todos.itemCalendarLink("review"));
    expect(single.filename).toMatch(/^scipio-review-\d+\.ics$/);
    const [reviewEvent, ...others] = calendarEvents(single.text);
    expect(others).toHaveLength(0);
    expect(reviewEvent!.dtend).toBe(icsUtc(review.deadline));
    expect(reviewEvent!.dtstart).toBe(icsUtc(review.deadline - 1_800n));
    expect(reviewEvent!.url).toBe(new URL(review.href, todos.page.url()).toString());
    expect(reviewEvent!.uid).toBe(events.find((event) => event.url.endsWith(review.href))!.uid);

    // The evidence page offers the same deadline, built on the server (it works before the wallet loads).
    await todos.page.goto(review.href);
    const reviewLink = todos.page.getByTestId("review-calendar").getByRole("link");
    await expect(reviewLink).toHaveCount(1);
    const fromEvidencePage = calendarEvents((await downloadText(todos.page, reviewLink)).text);
    expect(fromEvidencePage).toHaveLength(1);
    expect(fromEvidencePage[0]!.dtend).toBe(icsUtc(review.deadline));
    expect(fromEvidencePage[0]!.url).toBe(new URL(review.href, todos.page.url()).toString());

    // /me lists the same to-dos for the connected account, and its download is the same file (same UIDs).
    await todos.gotoMe();
    await todos.connect(wallet.address);
    await expect(todos.items).toHaveCount(4);
    expect((await todos.listed()).map(({ kind, deadline }) => ({ kind, deadline }))).toEqual(expected.operations.map(({ kind, deadline }) => ({ kind, deadline })));
    await expect(todos.page.getByTestId("todo-reveal")).toHaveCount(1);
    const again = calendarEvents((await todos.downloadCalendar()).text);
    expect(again.map((event) => event.uid).sort()).toEqual(events.map((event) => event.uid).sort());
    // /me's rows carry the one-event files too: the dispute's ends at the court's response deadline.
    const respond = expected.operations.find((item) => item.kind === "dispute-respond")!;
    const fromMe = calendarEvents((await downloadText(todos.page, todos.itemCalendarLink("dispute-respond"))).text);
    expect(fromMe).toHaveLength(1);
    expect(fromMe[0]!.dtend).toBe(icsUtc(respond.deadline));
    expect(fromMe[0]!.url).toBe(new URL(respond.href, todos.page.url()).toString());
  });
});
