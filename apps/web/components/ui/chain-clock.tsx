"use client";

import { useEffect, useState } from "react";

/**
 * The chain's time now, in seconds, ticking every second from the block time the server rendered with.
 * Chain time is what deadlines are judged by, and a local chain may run ahead of the wall clock.
 */
export function useChainClock(chainNowAtRender: bigint): number {
  const [now, setNow] = useState(() => Number(chainNowAtRender));
  useEffect(() => {
    const renderedAt = Date.now();
    const base = Number(chainNowAtRender);
    const timer = setInterval(() => setNow(base + Math.floor((Date.now() - renderedAt) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [chainNowAtRender]);
  return now;
}
