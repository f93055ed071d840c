import type { ReactNode } from "react";

/** Name, value as people read it, and what it means. */
export type ParameterRow = [name: string, value: string, meaning: string];

/** One contract's parameters; `children` follow the table (what governance may change there). */
export function ParameterTable({ title, rows, children }: { title: string; rows: ParameterRow[]; children?: ReactNode }) {
  const headingId = `parameters-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <table className="w-full table-fixed text-left text-sm">
        <thead className="sr-only">
          <tr>
            <th>Parameter</th>
            <th>Value</th>
            <th>Meaning</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map(([name, value, meaning]) => (
            <tr key={name}>
              <th scope="row" className="w-1/2 py-2 pr-4 font-medium text-stone-700 sm:w-1/4">
                {name}
              </th>
              <td className="py-2 pr-4 font-semibold tabular-nums sm:w-1/4">{value}</td>
              <td className="hidden py-2 text-stone-600 sm:table-cell sm:w-1/2">{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {children && <div className="mt-4 space-y-4">{children}</div>}
    </section>
  );
}
