/** A section whose flows are specified (issue 7) but not built yet: says what will be here. */
export function ComingNext({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      <div className="rounded-lg border border-dashed border-stone-300 bg-white p-5 text-stone-700">{children}</div>
    </div>
  );
}
