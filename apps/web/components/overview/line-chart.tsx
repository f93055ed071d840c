import { useId } from "react";
import { formatDuration } from "@/components/ui/time";
import { chartTimeline } from "./chart-timeline";

export type ChartSeries = {
  name: string;
  /** One value per point, in the chart's unit (already scaled for people). */
  values: number[];
  /** Tailwind stroke and fill classes for the line and its markers. */
  colorClass: string;
  dashed?: boolean;
};

type Props = {
  title: string;
  /** What the chart shows, in words: shown under the chart and the SVG's description for screen readers. */
  summary: string;
  unit: string;
  /** Unix seconds of each point; points are placed by time. */
  times: number[];
  /** Block of each point, for the markers' tooltips and for tests. */
  blocks: bigint[];
  /** What `blocks` number, in the tooltips: "block" unless the points are, say, auctions. */
  pointName?: string;
  /**
   * Whether `times` are block times, whose jumps of the local clock are drawn narrow (the default). Points that are
   * not blocks (an auction's start) are placed by their time alone.
   */
  blockTimes?: boolean;
  series: ChartSeries[];
  formatValue(value: number): string;
  formatTime(seconds: number): string;
  testId: string;
};

const WIDTH = 360;
const HEIGHT = 160;
const PAD = { top: 10, right: 10, bottom: 22, left: 58 };

/**
 * A small line chart drawn on the server as inline SVG: no chart library in any bundle, and nothing to hydrate.
 * The SVG is one image to assistive technology, named by its `<title>` and described by the summary under it.
 */
export function LineChart({ title, summary, unit, times, blocks, pointName = "block", blockTimes = true, series, formatValue, formatTime, testId }: Props) {
  const id = useId();
  const all = series.flatMap((line) => line.values);
  const [low, high] = paddedRange(Math.min(...all), Math.max(...all));
  const [firstTime, lastTime] = [times[0] ?? 0, times.at(-1) ?? 0];
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  // Counting one "block" per second makes no span a jump: the points are then placed by time alone.
  const { positions, jumps } = chartTimeline(times, blockTimes ? blocks : times.map((time) => BigInt(time)));
  const x = (index: number) => PAD.left + positions[index]! * plotWidth;
  const jumpAfter = new Set(jumps.map((jump) => jump.after));
  // The line breaks at every jump of the clock; a faint dotted link crosses it.
  const runs: number[][] = [[]];
  times.forEach((_, index) => {
    runs.at(-1)!.push(index);
    if (jumpAfter.has(index)) runs.push([]);
  });
  const skipped = jumps.reduce((sum, jump) => sum + jump.seconds, 0);
  const jumpNote =
    jumps.length === 0
      ? ""
      : ` The chain's clock was moved ahead ${jumps.length === 1 ? "once" : `${jumps.length} times`} (${formatDuration(skipped)} in all, with no blocks in between): ${jumps.length === 1 ? "that span is" : "those spans are"} drawn narrow and marked with a dashed line.`;
  const y = (value: number) => PAD.top + (1 - (value - low) / (high - low)) * plotHeight;

  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4" data-testid={testId} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="text-sm font-semibold text-stone-900">
        {title} <span className="font-normal text-stone-600">({unit})</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        className="mt-2 h-auto w-full overflow-visible"
      >
        <title id={`${id}-title`}>{title}</title>
        <g className="fill-stone-600 text-[10px]" aria-hidden>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top} y2={PAD.top} className="stroke-stone-200" />
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} className="stroke-stone-300" />
          <text x={PAD.left - 4} y={PAD.top + 3} textAnchor="end">
            {formatValue(high)}
          </text>
          <text x={PAD.left - 4} y={HEIGHT - PAD.bottom + 3} textAnchor="end">
            {formatValue(low)}
          </text>
          <text x={PAD.left} y={HEIGHT - 6}>
            {formatTime(firstTime)}
          </text>
          {times.length > 1 && (
            <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end">
              {formatTime(lastTime)}
            </text>
          )}
        </g>
        {jumps.map((jump) => {
          const middle = (x(jump.after) + x(jump.after + 1)) / 2;
          return (
            <g key={jump.after} data-testid="time-jump" aria-hidden className="text-stone-500">
              <line x1={middle} x2={middle} y1={PAD.top} y2={HEIGHT - PAD.bottom} stroke="currentColor" strokeDasharray="3 3" />
              <text x={middle} y={PAD.top + 8} textAnchor="middle" className="fill-stone-700 text-[9px]">
                {`+${formatDuration(jump.seconds)}`}
              </text>
            </g>
          );
        })}
        {series.map((line) => (
          <g key={line.name} className={line.colorClass}>
            {runs.map((run) => (
              <polyline
                key={run[0]}
                points={run.map((index) => `${x(index).toFixed(1)},${y(line.values[index]!).toFixed(1)}`).join(" ")}
                fill="none"
                stroke="currentColor"
                strokeWidth={2}
                strokeLinejoin="round"
                strokeDasharray={line.dashed ? "5 3" : undefined}
              />
            ))}
            {jumps.map((jump) => (
              <line
                key={jump.after}
                x1={x(jump.after)}
                y1={y(line.values[jump.after]!)}
                x2={x(jump.after + 1)}
                y2={y(line.values[jump.after + 1]!)}
                stroke="currentColor"
                strokeOpacity={0.5}
                strokeDasharray="1 3"
              />
            ))}
            {line.values.map((value, index) => (
              <circle key={index} cx={x(index)} cy={y(value)} r={2.5} fill="currentColor" data-block={blocks[index]?.toString()}>
                <title>{`${line.name}: ${formatValue(value)} ${unit} at ${pointName} ${blocks[index]} (${formatTime(times[index]!)})`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      {series.length > 1 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700" aria-hidden>
          {series.map((line) => (
            <li key={line.name} className="flex items-center gap-1.5">
              <svg width="18" height="6" className={line.colorClass}>
                <line x1="0" x2="18" y1="3" y2="3" stroke="currentColor" strokeWidth="2" strokeDasharray={line.dashed ? "5 3" : undefined} />
              </svg>
              {line.name}
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-summary`} className="mt-2 text-xs text-stone-600">
        {summary}
        {jumpNote}
      </p>
    </figure>
  );
}

/** The value range with some room above and below, so a flat line sits mid-chart rather than on an edge. */
function paddedRange(min: number, max: number): [number, number] {
  if (max === min) {
    const room = max === 0 ? 1 : Math.abs(max) * 0.1;
    return [min - room, max + room];
  }
  const room = (max - min) * 0.1;
  return [Math.max(0, min - room), max + room];
}
