/** One labelled figure of a money panel (a `<dl>` entry): the compensation position, billing and invoices. */
export function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="rounded-md bg-stone-50 p-2">
      <dt className="text-xs text-stone-600">{label}</dt>
      <dd className="font-semibold tabular-nums text-stone-900" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
