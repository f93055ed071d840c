import { useId } from "react";
import { shortAddress } from "@/lib/format";
import { formatEuro } from "./money-format";

type Bar = { account: string; net: bigint; label?: string };

const WIDTH = 720;
const ROW = 22;
const PAD = { top: 8, bottom: 8, left: 120, right: 110 };

/**
 * The period's net positions as horizontal bars either side of zero (credits right in teal, debts left in red),
 * drawn on the server as inline SVG: no chart code in any bundle. One image to assistive technology, described
 * by the summary under it; the table beside it has every figure.
 */
export function NetPositionChart({ bars, title, testId }: { bars: Bar[]; title: string; testId?: string }) {
  const id = useId();
  const height = PAD.top + PAD.bottom + Math.max(1, bars.length) * ROW;
  const largest = bars.reduce((max, bar) => (abs(bar.net) > max ? abs(bar.net) : max), 0n);
  const plot = WIDTH - PAD.left - PAD.right;
  const zero = PAD.left + plot / 2;
  const scale = (value: bigint) => (largest === 0n ? 0 : (Number((abs(value) * 10_000n) / largest) / 10_000) * (plot / 2));
  const credits = bars.filter((bar) => bar.net > 0n).length;
  const debts = bars.filter((bar) => bar.net < 0n).length;
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4" data-testid={testId} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="text-sm font-semibold text-stone-900">
        {title} <span className="font-normal text-stone-600">(EUR)</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} className="mt-2 h-auto w-full">
        <title id={`${id}-title`}>{title}</title>
        <line x1={zero} x2={zero} y1={PAD.top - 4} y2={height - PAD.bottom + 4} className="stroke-stone-400" />
        {bars.map((bar, index) => {
          const y = PAD.top + index * ROW;
          const width = scale(bar.net);
          const positive = bar.net >= 0n;
          return (
            <g key={bar.account} data-account={bar.account} data-net={bar.net.toString()}>
              <text x={PAD.left - 6} y={y + ROW / 2 + 4} textAnchor="end" className="fill-stone-700 text-[11px] font-mono">
                {bar.label ?? shortAddress(bar.account)}
              </text>
              <rect
                x={positive ? zero : zero - width}
                y={y + 4}
                width={Math.max(width, bar.net === 0n ? 0 : 1)}
                height={ROW - 8}
                rx={2}
                className={positive ? "fill-teal-600" : "fill-red-600"}
              />
              <text x={WIDTH - 4} y={y + ROW / 2 + 4} textAnchor="end" className={`text-[11px] ${positive ? "fill-teal-800" : "fill-red-800"}`}>
                {formatEuro(bar.net, { signed: true })}
              </text>
            </g>
          );
        })}
      </svg>
      <p id={`${id}-summary`} className="mt-2 text-xs text-stone-600">
        {bars.length === 0
          ? "Nobody has a position in this period yet."
          : `${credits} creditor${credits === 1 ? "" : "s"} (bars to the right) and ${debts} debtor${debts === 1 ? "" : "s"} (bars to the left); the largest position is ${formatEuro(largest)}.`}
      </p>
    </figure>
  );
}

const abs = (value: bigint) => (value < 0n ? -value : value);
