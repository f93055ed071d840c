import { expect, test } from "./tasks-fixtures";

// The browser verifies evidence against its CID, block by block, whatever the gateway says.
// Here the gateway's answers are altered in flight; the page must refuse to show them.
test.describe("evidence from a dishonest gateway", () => {
  test.use({ walletAccount: "Carla" });
  test.setTimeout(120_000);

  test("a tampered gateway response is flagged and not shown; the honest one is shown verified", async ({
    taskPage,
    wallet,
    tasks,
    page,
  }) => {
    await tasks.votersAndValidators();
    const projectId = await tasks.activeProject([10_000]);
    await taskPage.goto(projectId, 0);
    await taskPage.connect(wallet.address);
    await taskPage.claim();
    await taskPage.chooseEvidence({
      name: "report.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Supernode battery swapped; uptime log attached.\n"),
    });
    await taskPage.submitEvidence();
    await expect(taskPage.evidence.getByTestId("evidence-verified")).toBeVisible();

    let tampered = 0;
    await page.route(/\/ipfs\//, async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      // Flip one byte near the end: inside the file's data, after the CAR header and block CIDs.
      body[body.length - 3] = body[body.length - 3]! ^ 0xff;
      tampered += 1;
      await route.fulfill({ response, body });
    });
    await page.reload();
    await expect(taskPage.evidence).toContainText("does not match the CID");
    await expect(taskPage.evidence.getByTestId("evidence-verified")).toHaveCount(0);
    await expect(taskPage.evidence).not.toContainText("Supernode battery swapped");
    expect(tampered).toBeGreaterThan(0);

    await page.unroute(/\/ipfs\//);
    await page.reload();
    await expect(taskPage.evidence.getByTestId("evidence-verified")).toBeVisible();
    await expect(taskPage.evidence.getByTestId("evidence-text")).toContainText("Supernode battery swapped");
  });
});
