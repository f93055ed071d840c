import { PROJECT_STAGES, type ProjectStage } from "@scipio/sdk/protocol";

/** Numeric stage values of `IProjectRegistry.Stage`, by name. */
export const Stage = Object.fromEntries(PROJECT_STAGES.map((name, index) => [name, index])) as Record<ProjectStage, number>;

export function stageName(stage: number): ProjectStage {
  return PROJECT_STAGES[stage] ?? "None";
}

/** The stages a member filters the list by, in pipeline order. */
export const FILTERABLE_STAGES = PROJECT_STAGES.slice(1);

export const stageBadgeClass: Record<ProjectStage, string> = {
  None: "bg-stone-100 text-stone-700",
  Proposed: "bg-sky-100 text-sky-900",
  Staked: "bg-indigo-100 text-indigo-900",
  Active: "bg-teal-100 text-teal-900",
  Validation: "bg-amber-100 text-amber-900",
  Voting: "bg-orange-100 text-orange-900",
  Complete: "bg-emerald-100 text-emerald-900",
  Failed: "bg-red-100 text-red-900",
  Expired: "bg-stone-200 text-stone-800",
  Cancelled: "bg-stone-200 text-stone-800",
};

/**
 * When a stage change is due and who may make it: Proposed after its staking deadline (→ Expired),
 * Staked after its period (→ Active or Failed). Both by `advance`, which anyone may call.
 */
export function dueTransition(project: { stage: number; stakingDeadline: bigint; stageDeadline: bigint }):
  | { deadline: bigint; label: string; explain: string }
  | undefined {
  if (project.stage === Stage.Proposed) {
    return {
      deadline: project.stakingDeadline,
      label: "Expire project",
      explain: "Staking closed without meeting both requirements: expiring hands every stake back.",
    };
  }
  if (project.stage === Stage.Staked) {
    return {
      deadline: project.stageDeadline,
      label: "Advance project",
      explain: "The task-list period is over: advancing makes the project Active with the leading list, or Failed if no list has more than half the weight.",
    };
  }
  return undefined;
}
