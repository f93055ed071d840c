"use client";

import { useChainClock } from "@/components/ui/chain-clock";
import { formatDuration } from "@/components/ui/time";

const PRIORITY_WINDOW = 48 * 3600;

/** Where the auction is, ticking with the chain's clock: until the start, the window's end, or the end. */
export function PhaseCountdown({ chainNow, startsAt, endsAt, over }: { chainNow: bigint; startsAt: bigint; endsAt: bigint; over: boolean }) {
  const now = useChainClock(chainNow);
  const start = Number(startsAt);
  const end = Number(endsAt);
  let text: string;
  if (over || now > end) text = "The auction is over: its claims are open.";
  else if (now <= start) text = `Starts in ${formatDuration(start - now)}; SPT holders then bid alone for 48 hours.`;
  else if (now <= start + PRIORITY_WINDOW) text = `Priority window: only SPT holders bid, for ${formatDuration(start + PRIORITY_WINDOW - now)} more.`;
  else text = `Open to everyone for ${formatDuration(end - now)} more, until sold out.`;
  return (
    <p role="timer" aria-live="off" className="font-medium text-stone-800" data-testid="auction-countdown">
      {text}
    </p>
  );
}
