"use client";

import { useChainClock } from "@/components/ui/chain-clock";
import { formatChainTime, formatDuration } from "@/components/ui/time";
import { AdvanceIsland } from "./advance-island";

/**
 * The countdown to the end of the current stage in chain time and, once the stage change is due, the
 * button that makes it (registry: due strictly after the deadline).
 */
export function StageClock({
  projectId,
  deadline,
  chainNow,
  label,
  explain,
  countdownLabel,
}: {
  projectId: bigint;
  deadline: bigint;
  chainNow: bigint;
  label: string;
  explain: string;
  countdownLabel: string;
}) {
  const now = useChainClock(chainNow);
  const due = now > Number(deadline);
  return (
    <div data-testid="stage-clock" className="space-y-3">
      {due ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950" data-testid="stage-change-due">
          <p className="text-sm">
            <strong>A stage change is due.</strong> {explain} Anyone may make it.
          </p>
          <AdvanceIsland projectId={projectId} label={label} />
        </div>
      ) : (
        <p className="text-sm text-stone-700">
          {countdownLabel}{" "}
          <strong className="tabular-nums" data-testid="countdown">
            {formatDuration(Number(deadline) - now)}
          </strong>{" "}
          <span className="text-stone-500">({formatChainTime(deadline)}, chain time)</span>
        </p>
      )}
    </div>
  );
}
