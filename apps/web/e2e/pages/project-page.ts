import { expect, type Locator, type Page } from "@playwright/test";
import { AppShell } from "./app-shell";

export class ProjectPage extends AppShell {
  readonly stageBadge: Locator;
  readonly stakePanel: Locator;
  readonly stakeProgress: Locator;
  readonly stageChangeDue: Locator;
  readonly taskLists: Locator;
  readonly editor: Locator;

  constructor(page: Page) {
    super(page);
    this.stageBadge = page.getByTestId("project-page").getByTestId("stage-badge").first();
    this.stakePanel = page.getByTestId("stake-panel");
    this.stakeProgress = page.getByTestId("stake-progress");
    this.stageChangeDue = page.getByTestId("stage-change-due");
    this.taskLists = page.getByTestId("task-lists");
    this.editor = page.getByTestId("task-list-editor");
  }

  async goto(projectId: bigint) {
    await this.page.goto(`/projects/${projectId}`);
    await expect(this.page.getByTestId("project-page")).toBeVisible();
  }

  stakeForm(side: "tokens" | "reputation"): Locator {
    return this.page.getByTestId(`stake-${side}-form`);
  }

  stakeAmount(side: "tokens" | "reputation"): Locator {
    return this.stakeForm(side).getByLabel(side === "tokens" ? "Token amount" : "Reputation amount");
  }

  stakeButton(side: "tokens" | "reputation"): Locator {
    return this.stakeForm(side).getByRole("button", { name: side === "tokens" ? "Stake tokens" : "Stake REP" });
  }

  list(listId: number): Locator {
    return this.taskLists.locator(`[data-list-id="${listId}"]`);
  }

  /** Fills the task-list editor: one row per task, adding rows as needed. */
  async writeTaskList(tasks: { title: string; share: string; details?: string }[]) {
    for (const [index, task] of tasks.entries()) {
      if (index > 0) await this.editor.getByRole("button", { name: "Add a task" }).click();
      const row = this.editor.getByTestId("task-row").nth(index);
      await row.getByLabel("Title").fill(task.title);
      await row.getByLabel("Share of cost").fill(task.share);
      if (task.details) await row.getByLabel("Details").fill(task.details);
    }
  }

  async submitTaskList() {
    await this.editor.getByRole("button", { name: /Submit task list|Replace my list/ }).click();
  }
}
