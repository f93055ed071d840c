import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

/** The task page: facts, evidence, validation slots, the vote, and the wallet actions for this task. */
export class TaskPage extends AppShell {
  readonly status: Locator;
  readonly projectStage: Locator;
  readonly claimer: Locator;
  readonly claimPanel: Locator;
  readonly slashPanel: Locator;
  readonly evidenceForm: Locator;
  readonly evidence: Locator;
  readonly validateForm: Locator;
  readonly slots: Locator;
  readonly votePanel: Locator;
  readonly tally: Locator;
  readonly payoutPanel: Locator;
  readonly stageChangeDue: Locator;
  readonly localChainTools: Locator;

  constructor(page: Page) {
    super(page);
    const root = page.getByTestId("task-page");
    this.status = root.getByTestId("task-status").first();
    this.projectStage = root.getByTestId("stage-badge").first();
    this.claimer = root.getByTestId("task-claimer");
    this.claimPanel = page.getByTestId("claim-panel");
    this.slashPanel = page.getByTestId("slash-panel");
    this.evidenceForm = page.getByTestId("evidence-form");
    this.evidence = page.getByTestId("evidence");
    this.validateForm = page.getByTestId("validate-form");
    this.slots = page.getByTestId("validation-slots");
    this.votePanel = page.getByTestId("vote-panel");
    this.tally = page.getByTestId("vote-tally");
    this.payoutPanel = page.getByTestId("payout-panel");
    this.stageChangeDue = page.getByTestId("stage-change-due");
    this.localChainTools = page.getByTestId("local-chain-tools");
  }

  async goto(projectId: bigint, taskIndex: number) {
    await this.page.goto(`/projects/${projectId}/tasks/${taskIndex}`);
    await expect(this.page.getByTestId("task-page")).toBeVisible();
  }

  async claim() {
    await this.claimPanel.getByRole("button", { name: "Claim task" }).click();
    await expect(this.status).toHaveText("Claimed");
  }

  async chooseEvidence(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.evidenceForm.getByLabel("Evidence file").setInputFiles(file);
  }

  async submitEvidence() {
    await this.evidenceForm.getByRole("button", { name: /submit evidence/i }).click();
  }

  async validate(side: "approve" | "reject", stake: string) {
    await this.validateForm.getByLabel(side === "approve" ? /Approve/ : /Reject/).check();
    await this.validateForm.getByLabel("Stake").fill(stake);
    await this.validateForm.getByRole("button", { name: side === "approve" ? "Approve task" : "Reject task" }).click();
  }

  async commitVote(choice: "for" | "against", amounts: { tokens?: string; reputation?: string }) {
    const form = this.votePanel.getByTestId("commit-form");
    await form.getByLabel(choice === "for" ? /vote for/ : /vote against/).check();
    if (amounts.tokens) await form.getByLabel("Tokens to escrow").fill(amounts.tokens);
    if (amounts.reputation) await form.getByLabel("Reputation to escrow").fill(amounts.reputation);
    await form.getByRole("button", { name: "Commit sealed vote" }).click();
    await expect(this.votePanel.getByTestId("vote-committed")).toBeVisible();
  }

  /** Moves chain time past the next deadline with the local-chain control and waits for the page to show it. */
  async skipToNextDeadline() {
    const before = await this.localChainTools.textContent();
    await this.localChainTools.getByRole("button", { name: "Skip to the next deadline" }).click();
    await expect(this.localChainTools).not.toHaveText(before ?? "");
  }

  async advance(label: string) {
    await this.stageChangeDue.getByRole("button", { name: label }).click();
  }
}

/** The to-do page with its batched withdraw. */
export class TodosPage extends AppShell {
  readonly withdraw: Locator;
  readonly reveals: Locator;

  constructor(page: Page) {
    super(page);
    this.withdraw = page.getByTestId("todo-withdraw");
    this.reveals = page.getByTestId("todo-reveals");
  }

  async goto() {
    await this.page.goto("/me");
    await expect(this.page.getByTestId("me-page")).toBeVisible();
  }
}
