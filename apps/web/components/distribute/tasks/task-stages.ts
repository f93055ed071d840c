import { formatDuration } from "@/components/ui/time";
import { Stage } from "@/app/projects/_lib/stages";

/** `ITaskRegistry.TaskStatus` by numeric value. */
export const TaskStatus = { Open: 0, Claimed: 1, Submitted: 2, Validating: 3, Disputed: 4, Completed: 5, Failed: 6 } as const;
export const TASK_STATUS_NAMES = ["Open", "Claimed", "Submitted", "Validating", "Disputed", "Completed", "Failed"] as const;

export const taskStatusClass: Record<(typeof TASK_STATUS_NAMES)[number], string> = {
  Open: "bg-sky-100 text-sky-900",
  Claimed: "bg-indigo-100 text-indigo-900",
  Submitted: "bg-teal-100 text-teal-900",
  Validating: "bg-amber-100 text-amber-900",
  Disputed: "bg-orange-100 text-orange-900",
  Completed: "bg-emerald-100 text-emerald-900",
  Failed: "bg-red-100 text-red-900",
};

/** A task's id (and its poll's id), as the contracts compute it. */
export function taskIdOf(projectId: bigint, taskIndex: number): bigint {
  return (projectId << 8n) | BigInt(taskIndex);
}

type TaskStageInput = {
  stage: number;
  stageDeadline: bigint;
  taskCount: bigint;
  submittedCount: bigint;
};

/**
 * The stage change `TaskRegistry.advance` will make for a project in Active, Validation or Voting, when it is
 * due (Active: every task submitted or its end passed; the others: strictly after their end).
 */
export function dueTaskTransition(project: TaskStageInput, now: number): { label: string; explain: string } | undefined {
  const ended = now > Number(project.stageDeadline);
  if (project.stage === Stage.Active && (ended || (project.taskCount > 0n && project.submittedCount === project.taskCount))) {
    return {
      label: "Start validation",
      explain:
        project.submittedCount === 0n
          ? "Active is over and no task was submitted: advancing settles the project."
          : "Every task is submitted or Active is over: advancing opens validation (tasks never submitted fail).",
    };
  }
  if (project.stage === Stage.Validation && ended) {
    return {
      label: "End validation",
      explain: "Validation is over: tasks validated on both sides go to a vote; otherwise the project is settled.",
    };
  }
  if (project.stage === Stage.Voting && ended) {
    return { label: "Settle project", explain: "The votes are revealed: settling counts them and pays out." };
  }
  return undefined;
}

export function stageCountdownLabel(stage: number): string {
  if (stage === Stage.Active) return "Active ends in";
  if (stage === Stage.Validation) return "Validation ends in";
  if (stage === Stage.Voting) return "Voting ends in";
  return "Stage ends in";
}

export type Deadline = { label: string; at: bigint };

/** Deadlines still ahead at `now`, soonest first, described for the tools' label. */
export function upcoming(deadlines: Deadline[], now: bigint): Deadline[] {
  return deadlines
    .filter((deadline) => deadline.at >= now && deadline.at > 0n)
    .sort((a, b) => (a.at < b.at ? -1 : 1))
    .slice(0, 1)
    .map((deadline) => ({ ...deadline, label: `${deadline.label} in ${formatDuration(Number(deadline.at - now))}` }));
}
