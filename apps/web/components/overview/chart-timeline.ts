/**
 * No chain makes blocks minutes apart on average: a span between two points of more than this many seconds per
 * block is the local chain's clock moved ahead (`evm_increaseTime`), not time that passed with blocks in it.
 */
export const JUMP_SECONDS_PER_BLOCK = 600;
/** The width one jump is drawn with, as a share of the time that passed block by block. */
const JUMP_SHARE = 0.08;

export type TimeJump = { /** The jump lies between point `after` and the next. */ after: number; seconds: number };

export type ChartTimeline = {
  /** Each point's place on the x axis, from 0 to 1. */
  positions: number[];
  jumps: TimeJump[];
};

/**
 * Places points by time, but with the clock's jumps drawn narrow: a local chain moved a week ahead would
 * otherwise draw as a week-long ramp between two blocks, squeezing everything that happened into the edges.
 */
export function chartTimeline(times: readonly number[], blocks: readonly bigint[]): ChartTimeline {
  const steps = times.slice(1).map((time, index) => time - times[index]!);
  const isJump = steps.map((seconds, index) => {
    const blockSteps = Number((blocks[index + 1] ?? 0n) - (blocks[index] ?? 0n));
    return seconds > JUMP_SECONDS_PER_BLOCK * Math.max(1, blockSteps);
  });
  const flowing = steps.reduce((sum, seconds, index) => (isJump[index] ? sum : sum + Math.max(0, seconds)), 0);
  // When no time passed block by block (every point between the jumps in the same second, as when a test
  // acts in a burst), those steps are spread evenly: measured in seconds they would have no width, and the
  // jumps, however narrow, would take the whole chart and push every point against its edges.
  const flowingWidth = (seconds: number) => (flowing > 0 ? Math.max(0, seconds) : 1);
  const flowingTotal = steps.reduce((sum, seconds, index) => (isJump[index] ? sum : sum + flowingWidth(seconds)), 0);
  // With only jumps between the points, they share the width equally.
  const jumpWidth = flowingTotal > 0 ? flowingTotal * JUMP_SHARE : 1;
  const widths = steps.map((seconds, index) => (isJump[index] ? jumpWidth : flowingWidth(seconds)));
  // Positive whenever there is a step: a step is a jump, or flows with some seconds or, when none did, a width of one.
  const total = widths.reduce((sum, width) => sum + width, 0);
  const positions = [0];
  for (const [index, width] of widths.entries()) positions.push(positions[index]! + width / total);
  if (times.length === 1) positions[0] = 1;
  const jumps = steps.flatMap((seconds, after) => (isJump[after] ? [{ after, seconds }] : []));
  return { positions: positions.slice(0, times.length), jumps };
}
