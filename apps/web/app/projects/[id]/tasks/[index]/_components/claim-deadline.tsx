"use client";

import { useChainClock } from "@/components/ui/chain-clock";
import { formatChainTime, formatDuration } from "@/components/ui/time";

/** A claimed task's evidence deadline, counting down in chain time. */
export function ClaimDeadline({ deadline, chainNow }: { deadline: bigint; chainNow: bigint }) {
  const now = useChainClock(chainNow);
  const left = Number(deadline) - now;
  return (
    <span data-testid="claim-deadline">
      {left >= 0 ? (
        <>
          in <strong className="tabular-nums">{formatDuration(left)}</strong>
        </>
      ) : (
        <strong className="text-red-800">missed {formatDuration(-left)} ago</strong>
      )}{" "}
      <span className="block text-xs font-normal text-stone-500">{formatChainTime(deadline)}</span>
    </span>
  );
}
