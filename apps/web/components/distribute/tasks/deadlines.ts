import type { ProjectView } from "@/app/projects/_lib/reads";
import { Stage } from "@/app/projects/_lib/stages";
import type { ProjectTasksRead } from "@/app/projects/[id]/tasks/_lib/task-reads";
import { TaskStatus, upcoming, type Deadline } from "./task-stages";

/** The project's next deadline (one entry, or none), for the local chain's time-travel control. */
export function projectDeadlines(
  project: Pick<ProjectView, "stage" | "stakingDeadline" | "stageDeadline">,
  tasks: Extract<ProjectTasksRead, { status: "ok" }> | undefined,
  chainNow: bigint,
): Deadline[] {
  const all: Deadline[] = [];
  if (project.stage === Stage.Proposed) all.push({ label: "staking closes", at: project.stakingDeadline });
  if (project.stage === Stage.Staked) all.push({ label: "task-list period ends", at: project.stageDeadline });
  if (tasks && project.stage === Stage.Active) {
    for (const task of tasks.tasks) {
      if (task.status === TaskStatus.Claimed) all.push({ label: `task ${task.index + 1}'s evidence deadline`, at: task.deadline });
    }
    all.push({ label: "Active ends", at: tasks.projectTasks.stageDeadline });
  }
  if (tasks && project.stage === Stage.Validation) all.push({ label: "validation ends", at: tasks.projectTasks.stageDeadline });
  if (tasks?.pollGroup && project.stage === Stage.Voting) {
    all.push({ label: "commits close", at: tasks.pollGroup.commitEnd }, { label: "reveals close", at: tasks.pollGroup.revealEnd });
  }
  return upcoming(all, chainNow);
}
