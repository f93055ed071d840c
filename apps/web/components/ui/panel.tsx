import { useId, type ReactNode } from "react";

/** A titled card: every Distribute form and wallet view sits in one. */
export function Panel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid={testId} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
