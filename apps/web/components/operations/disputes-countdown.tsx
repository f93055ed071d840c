"use client";

import { useChainClock } from "@/components/ui/chain-clock";
import { formatDuration } from "@/components/ui/time";

/** "in 2 d 4 h" / "passed 3 h ago", ticking with the chain's clock from the block the page was rendered at. */
export function DeadlineCountdown({ deadline, chainNow }: { deadline: bigint; chainNow: bigint }) {
  const now = useChainClock(chainNow);
  const left = Number(deadline) - now;
  return (
    <span role="timer" aria-live="off" className={left < 0 ? "text-red-800" : "text-stone-700"} data-testid="deadline-countdown">
      {left >= 0 ? `in ${formatDuration(left)}` : `passed ${formatDuration(-left)} ago`}
    </span>
  );
}
