/** How far `value` is toward `target`, as a labelled meter. */
export function ProgressBar({ label, value, target, detail }: { label: string; value: bigint; target: bigint; detail: string }) {
  const percent = target === 0n ? 100 : Number((value * 10_000n) / target) / 100;
  const clamped = Math.min(100, percent);
  return (
    <div>
      <div className="flex justify-between gap-3 text-sm">
        <span className="font-medium text-stone-700">{label}</span>
        <span className="tabular-nums text-stone-600">{detail}</span>
      </div>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={`${clamped.toFixed(1)}% — ${detail}`}
        className="mt-1 h-2.5 overflow-hidden rounded-full bg-stone-200"
      >
        <div className={`h-full rounded-full ${clamped >= 100 ? "bg-teal-600" : "bg-sky-600"}`} style={{ width: `${clamped}%` }} />
      </div>
    </div>
  );
}
