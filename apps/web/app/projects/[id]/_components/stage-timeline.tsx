import { formatChainTime } from "@/components/ui/time";
import { Stage, stageName } from "../../_lib/stages";

const PIPELINE = [Stage.Proposed, Stage.Staked, Stage.Active, Stage.Validation, Stage.Voting, Stage.Complete];

/** Where the project is in the pipeline; an ending off the main line (Failed, Expired, Cancelled) replaces what is left. */
export function StageTimeline({ stage, stageDeadline }: { stage: number; stageDeadline: bigint }) {
  const offLine = stage === Stage.Failed || stage === Stage.Expired || stage === Stage.Cancelled;
  const steps = offLine ? [...PIPELINE.filter((step) => step <= lastReachedBefore(stage)), stage] : PIPELINE;
  return (
    <ol aria-label="Stages" data-testid="stage-timeline" className="flex flex-wrap gap-x-1 gap-y-2 text-sm">
      {steps.map((step, index) => {
        const state = step === stage ? "current" : step < stage ? "done" : "todo";
        return (
          <li key={step} className="flex items-center gap-1" aria-current={state === "current" ? "step" : undefined}>
            {index > 0 && <span aria-hidden className="text-stone-400">→</span>}
            <span
              className={`rounded-full px-2.5 py-1 ${
                state === "current"
                  ? "bg-teal-700 font-semibold text-white"
                  : state === "done"
                    ? "bg-teal-50 text-teal-900"
                    : "bg-stone-100 text-stone-600"
              }`}
            >
              {state === "done" && <span className="sr-only">Done: </span>}
              {stageName(step)}
            </span>
          </li>
        );
      })}
      {/* Proposed and Staked show a live countdown instead (StageClock). */}
      {stage > Stage.Staked && stageDeadline > 0n && (
        <li className="w-full text-xs text-stone-500">This stage ends {formatChainTime(stageDeadline)} (chain time).</li>
      )}
    </ol>
  );
}

/** The last pipeline stage a project that left the line had reached (from the registry's rules). */
function lastReachedBefore(stage: number): number {
  if (stage === Stage.Expired || stage === Stage.Cancelled) return Stage.Proposed;
  // Failed comes from Staked (no list won) or, with part 2 of the pipeline, later; the view does not say which.
  return Stage.Staked;
}
