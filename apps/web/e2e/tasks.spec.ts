import { capitalTokenAbi } from "@scipio/sdk/abi";
import { cidToDigest } from "@scipio/sdk/ipfs";
import { readFile } from "node:fs/promises";
import { formatEther } from "viem";
import { resolveAccount } from "./support/injected-wallet";
import { pollIdOf, STAGE, TASK } from "./support/task-community";
import { expect, test } from "./tasks-fixtures";

test.describe("a project from Active to Complete", () => {
  test.use({ walletAccount: "Carla" });
  test.setTimeout(180_000);

  test("claim, evidence, validators on both sides, a sealed vote, settlement and withdraw — page and chain at each stage", async ({
    taskPage,
    todosPage,
    wallet,
    tasks,
    chain,
    page,
  }) => {
    await tasks.votersAndValidators();
    const projectId = await tasks.activeProject([6_000, 4_000]);

    // Claim: Carla sees the reputation the claim locks, claims, and the chain has her as claimer.
    await taskPage.goto(projectId, 0);
    await expect(taskPage.status).toHaveText("Open");
    const { claimLock } = await tasks.task(projectId, 0);
    await expect(page.getByTestId("claim-lock")).toContainText(formatEther(claimLock).replace(/\.0$/, ""));
    await taskPage.connect(wallet.address);
    await taskPage.claim();
    await expect(taskPage.claimer).toContainText(wallet.address);
    const claimed = await tasks.task(projectId, 0);
    expect(claimed.status).toBe(TASK.Claimed);
    expect(claimed.claimer).toBe(wallet.address);
    await expect(page.getByTestId("claim-deadline")).toContainText(/in \d+ d/);

    // Evidence: uploaded with progress, its CID's digest on chain, shown verified against the CID.
    await taskPage.chooseEvidence({ name: "report.txt", mimeType: "text/plain", buffer: Buffer.from("Fibre laid: 2 km, photos on request.\n") });
    await taskPage.submitEvidence();
    await expect(taskPage.evidenceForm.getByTestId("upload-status")).toContainText("Uploaded");
    await expect(taskPage.status).toHaveText("Submitted");
    await expect(taskPage.evidence.getByTestId("evidence-verified")).toBeVisible();
    await expect(taskPage.evidence.getByTestId("evidence-text")).toContainText("Fibre laid");
    const cid = (await taskPage.evidence.getByTestId("evidence-cid").textContent())!;
    const submitted = await tasks.task(projectId, 0);
    expect(submitted.status).toBe(TASK.Submitted);
    expect(submitted.evidenceDigest).toBe(cidToDigest(cid).digest);

    // Task 2 is never claimed; Active ends by time travel and anyone starts validation.
    await taskPage.skipToNextDeadline();
    await taskPage.advance("Start validation");
    await expect(taskPage.projectStage).toHaveText("Validation");
    expect((await tasks.projectTasks(projectId)).stage).toBe(STAGE.Validation);

    // Validators on both sides, each at the slot's minimum stake.
    await wallet.switchAccount("Ada");
    const approveMinimum = await tasks.minValidationStake(projectId, 0, true);
    await taskPage.validate("approve", formatEther(approveMinimum));
    await expect(taskPage.validateForm.getByTestId("my-validation")).toContainText("approving slot 1");
    await wallet.switchAccount("Elena");
    await page.reload();
    const rejectMinimum = await tasks.minValidationStake(projectId, 0, false);
    await taskPage.validate("reject", formatEther(rejectMinimum));
    await expect(taskPage.validateForm.getByTestId("my-validation")).toContainText("rejecting slot 1");
    expect((await tasks.validator(projectId, 0, "Ada")).approve).toBe(true);
    expect((await tasks.validator(projectId, 0, "Elena")).validating).toBe(true);
    await page.reload();
    await expect(taskPage.slots.getByTestId("approve-slots").locator('[data-taken="true"]')).toHaveCount(1);
    await expect(taskPage.slots.getByTestId("reject-slots").locator('[data-taken="true"]')).toHaveCount(1);

    // Validation ends; the disputed task goes to a vote.
    await taskPage.skipToNextDeadline();
    await taskPage.advance("End validation");
    await expect(taskPage.projectStage).toHaveText("Voting");
    await expect(taskPage.status).toHaveText("Disputed");
    expect((await tasks.pollGroup(projectId)).taskMask).toBe(1);

    // Ferran commits a sealed vote for, then reveals it after the commit period.
    await wallet.switchAccount("Ferran");
    await page.reload();
    await taskPage.commitVote("for", { reputation: "50" });
    const pollId = pollIdOf(projectId, 0);
    expect((await tasks.vote(pollId, "Ferran")).committed).toBe(true);
    await taskPage.skipToNextDeadline();
    await taskPage.votePanel.getByRole("button", { name: "Reveal vote (for)" }).click();
    await expect(taskPage.votePanel.getByTestId("vote-revealed")).toBeVisible();
    await page.reload();
    await expect(taskPage.tally.getByTestId("reputation-for")).toHaveText("50");
    expect((await tasks.poll(pollId)).reputationFor).toBe(50n);

    // Reveals end; settling makes the project Complete (60% of the weight completed).
    await taskPage.skipToNextDeadline();
    await taskPage.advance("Settle project");
    await expect(taskPage.projectStage).toHaveText("Complete");
    await expect(taskPage.status).toHaveText("Completed");
    expect((await tasks.project(projectId)).stage).toBe(STAGE.Complete);

    // Carla withdraws her payout in one go from her to-dos: reputation back twice over and the task's ether.
    await wallet.switchAccount("Carla");
    const [, reputationOwed, etherOwed] = await tasks.pendingPayout(projectId, 0, "Carla");
    expect(reputationOwed).toBe(claimLock * 2n);
    const etherBefore = await chain.client.getBalance({ address: resolveAccount("Carla") });
    const fromBlock = await chain.client.getBlockNumber();
    await todosPage.goto();
    await expect(todosPage.withdraw.getByTestId("withdrawable")).toContainText(`Project #${projectId}, task 1`);
    await todosPage.withdraw.getByRole("button", { name: "Withdraw everything" }).click();
    await expect(todosPage.withdraw.getByTestId("nothing-to-withdraw")).toBeVisible({ timeout: 20_000 });
    expect(await tasks.pendingPayout(projectId, 0, "Carla")).toEqual([0n, 0n, 0n]);
    expect(await tasks.owedTo("Carla")).toBe(0n);
    const etherAfter = await chain.client.getBalance({ address: resolveAccount("Carla") });
    expect(etherAfter - etherBefore > etherOwed / 2n).toBe(true);
    // The payout's own transaction sent the task's ether (no credit left for a `withdrawOwed`).
    const sentFromEscrow = await chain.client.getContractEvents({
      address: chain.address("CapitalToken"),
      abi: capitalTokenAbi,
      eventName: "EscrowSent",
      args: { account: resolveAccount("Carla") },
      fromBlock,
    });
    expect(sentFromEscrow.map((event) => event.args.amount)).toEqual([etherOwed]);
  });
});

test.describe("a project that fails", () => {
  test.use({ walletAccount: "Bruno" });
  test.setTimeout(120_000);

  test("a missed deadline is slashed by a visitor, nothing is submitted, and advancing settles the project as Failed", async ({
    taskPage,
    wallet,
    tasks,
    page,
  }) => {
    const projectId = await tasks.claimedProject();
    const { claimLock } = await tasks.task(projectId, 0);
    const carlaReputation = await tasks.reputationBalance("Carla");

    // From the project page's task list to the task.
    await page.goto(`/projects/${projectId}`);
    const listed = page.getByTestId("project-tasks").getByTestId("project-task").first();
    await expect(listed.getByTestId("task-status")).toHaveText("Claimed");
    await listed.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/tasks/0$`));
    await expect(taskPage.status).toHaveText("Claimed");
    await expect(taskPage.slashPanel).toHaveCount(0);
    await taskPage.skipToNextDeadline();
    // Any visitor sees the slash, connected or not.
    await expect(taskPage.slashPanel).toBeVisible();
    await expect(page.getByTestId("claim-deadline")).toContainText("missed");
    await taskPage.connect(wallet.address);
    await taskPage.slashPanel.getByRole("button", { name: "Slash and reopen" }).click();
    await expect(taskPage.status).toHaveText("Open");
    const reopened = await tasks.task(projectId, 0);
    expect(reopened.status).toBe(TASK.Open);
    // The lock is burned, not returned, and Carla may not claim the task again.
    expect(claimLock > 0n).toBe(true);
    expect(await tasks.reputationBalance("Carla")).toBe(carlaReputation);
    expect(await tasks.isSlashed(projectId, 0, "Carla")).toBe(true);

    await taskPage.skipToNextDeadline();
    await taskPage.advance("Start validation");
    await expect(taskPage.projectStage).toHaveText("Failed");
    expect((await tasks.project(projectId)).stage).toBe(STAGE.Failed);
    expect((await tasks.task(projectId, 0)).status).toBe(TASK.Failed);
  });
});

test.describe("sealed votes on another device", () => {
  test.use({ walletAccount: "Ferran" });
  test.setTimeout(120_000);

  test("a vote committed here is revealed from the salt file imported into a browser that never saw it", async ({
    taskPage,
    wallet,
    tasks,
    page,
  }) => {
    const projectId = await tasks.votingProject();
    const pollId = pollIdOf(projectId, 0);
    await taskPage.goto(projectId, 0);
    await taskPage.connect(wallet.address);
    await taskPage.commitVote("against", { reputation: "40" });

    const download = page.waitForEvent("download");
    await taskPage.votePanel.getByRole("button", { name: "Download salt file" }).click();
    const saltFile = await (await download).path();
    const contents = await readFile(saltFile!, "utf8");
    expect(JSON.parse(contents).votes).toHaveLength(1);

    // Another device: nothing in this browser's storage.
    await page.evaluate(() => localStorage.clear());
    await taskPage.skipToNextDeadline();
    await expect(taskPage.votePanel).toContainText("does not hold the salt");
    await taskPage.votePanel.getByLabel("Salt file").setInputFiles({ name: "votes.json", mimeType: "application/json", buffer: Buffer.from(contents) });
    await expect(taskPage.votePanel).toContainText("Imported 1 sealed vote");
    await taskPage.votePanel.getByRole("button", { name: "Reveal vote (against)" }).click();
    await expect(taskPage.votePanel.getByTestId("vote-revealed")).toBeVisible();
    expect((await tasks.vote(pollId, "Ferran")).revealed).toBe(true);
    expect((await tasks.poll(pollId)).reputationAgainst).toBe(40n);
  });

  test("a file that is not a sealed-vote file is refused with what to choose instead", async ({ taskPage, wallet, tasks, chain }) => {
    const projectId = await tasks.votingProject();
    await tasks.commitVote("Ferran", pollIdOf(projectId, 0), true, 10n);
    const { commitEnd } = await tasks.pollGroup(projectId);
    await chain.mineAt(commitEnd + 1n);
    await taskPage.goto(projectId, 0);
    await taskPage.connect(wallet.address);
    await taskPage.votePanel.getByLabel("Salt file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello":1}') });
    await expect(taskPage.votePanel.getByTestId("salt-problem")).toHaveText("This is not a sealed-vote file exported by Scipio.");
  });
});

test.describe("bad input", () => {
  test.use({ walletAccount: "Carla" });
  test.setTimeout(120_000);

  test("an oversized or disallowed upload is refused before anything is sent", async ({ taskPage, wallet, tasks, page }) => {
    const projectId = await tasks.claimedProject();
    const uploads: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/evidence")) uploads.push(request.url());
    });
    await taskPage.goto(projectId, 0);
    await taskPage.connect(wallet.address);

    await taskPage.chooseEvidence({ name: "video.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(26 * 1024 * 1024, 0x25) });
    await expect(taskPage.evidenceForm.getByTestId("evidence-problem")).toContainText("evidence files may be at most 25 MiB");
    await taskPage.submitEvidence();
    await expect(taskPage.evidenceForm.getByTestId("evidence-problem")).toContainText("Choose the evidence file");

    await taskPage.chooseEvidence({ name: "setup.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ") });
    await expect(taskPage.evidenceForm.getByTestId("evidence-problem")).toContainText("upload a PDF, PNG, JPEG, WebP, JSON or plain text file");
    expect(uploads).toEqual([]);
    expect((await tasks.task(projectId, 0)).status).toBe(TASK.Claimed);
  });

  test("evidence that a gateway alters is withheld with a warning instead of shown", async ({ taskPage, tasks, page, baseURL }) => {
    const projectId = await tasks.claimedProject();
    const form = new FormData();
    form.append("file", new Blob(["Fibre laid: 2 km.\n"], { type: "text/plain" }), "report.txt");
    const upload = (await (await fetch(`${baseURL}/api/evidence`, { method: "POST", body: form })).json()) as { cid: string };
    const evidence = cidToDigest(upload.cid);
    expect(evidence.codec).toBe("raw");
    await tasks.submitEvidence("Carla", projectId, 0, evidence.digest);

    // The honest gateway's answer is verified and shown…
    await taskPage.goto(projectId, 0);
    await expect(taskPage.evidence.getByTestId("evidence-verified")).toBeVisible();
    // …a gateway that flips one byte of the file is caught and its data withheld.
    await page.route("**/ipfs/**", async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      const flipped = body.length - 2;
      body.writeUInt8(body.readUInt8(flipped) ^ 0x01, flipped);
      await route.fulfill({ response, body });
    });
    await page.reload();
    await expect(taskPage.evidence.getByTestId("evidence-mismatch")).toContainText("does not match the CID");
    await expect(taskPage.evidence.getByTestId("evidence-text")).toHaveCount(0);
  });

  test("a stake that is not a number or below the slot's minimum says what to type and keeps it", async ({ taskPage, wallet, tasks }) => {
    await tasks.registerIdentity("Carla", "carla@guifi");
    await tasks.buyTokens("Ada", "0.5");
    const projectId = await tasks.activeProject([10_000]);
    await tasks.claim("Carla", projectId, 0);
    await tasks.submitEvidence("Carla", projectId, 0);
    await tasks.advance(projectId);
    await wallet.switchAccount("Ada");
    await taskPage.goto(projectId, 0);
    await taskPage.connect(wallet.address);

    const stake = taskPage.validateForm.getByLabel("Stake");
    await stake.fill("1,5");
    await taskPage.validateForm.getByRole("button", { name: "Approve task" }).click();
    await expect(taskPage.validateForm).toContainText("Use digits and at most 18 decimals");
    await expect(stake).toHaveValue("1,5");

    const minimum = await tasks.minValidationStake(projectId, 0, true);
    await stake.fill("0.000000000000000001");
    await taskPage.validateForm.getByRole("button", { name: "Approve task" }).click();
    await expect(taskPage.validateForm).toContainText(`This slot needs a stake of at least ${formatEther(minimum)} tokens`);
    await expect(stake).toHaveValue("0.000000000000000001");
    expect((await tasks.validator(projectId, 0, "Ada")).validating).toBe(false);
  });
});
