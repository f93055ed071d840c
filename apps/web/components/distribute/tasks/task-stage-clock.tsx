"use client";

import { AdvanceIsland } from "@/app/projects/[id]/_components/advance-island";
import { useChainClock } from "@/components/ui/chain-clock";
import { formatChainTime, formatDuration } from "@/components/ui/time";
import { dueTaskTransition, stageCountdownLabel } from "./task-stages";

/** The countdown to the end of Active, Validation or Voting in chain time, and the advance button once due. */
export function TaskStageClock({
  projectId,
  stage,
  stageDeadline,
  taskCount,
  submittedCount,
  chainNow,
}: {
  projectId: bigint;
  stage: number;
  stageDeadline: bigint;
  taskCount: bigint;
  submittedCount: bigint;
  chainNow: bigint;
}) {
  const now = useChainClock(chainNow);
  const due = dueTaskTransition({ stage, stageDeadline, taskCount, submittedCount }, now);
  return (
    <div data-testid="task-stage-clock" className="space-y-3">
      {due ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950" data-testid="stage-change-due">
          <p className="text-sm">
            <strong>A stage change is due.</strong> {due.explain} Anyone may make it.
          </p>
          <AdvanceIsland projectId={projectId} label={due.label} />
        </div>
      ) : (
        <p className="text-sm text-stone-700">
          {stageCountdownLabel(stage)}{" "}
          <strong className="tabular-nums" data-testid="countdown">
            {formatDuration(Number(stageDeadline) - now)}
          </strong>{" "}
          <span className="text-stone-500">({formatChainTime(stageDeadline)}, chain time)</span>
        </p>
      )}
    </div>
  );
}
