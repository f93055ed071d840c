import type { ReactNode } from "react";

/** The look of a list filter's input or select. */
export const filterFieldClass = "mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-teal-700";

type FilterFormProps = {
  /** The list's own route: the form reloads it with the fields as the query. */
  action: string;
  /** The form's accessible name, e.g. "Search auctions". */
  label: string;
  /** The list's other filters (phase, stage, page size) kept through a search; undefined ones are left out. */
  hidden?: Record<string, string | number | undefined>;
  /** How many the list holds, shown after the button (`testId` for the e2e journeys). */
  count?: { testId: string; text: ReactNode };
  submit?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
};

/**
 * A list's plain GET form (search and filters): it works before (and without) any script, and the page reads
 * its fields back from the URL. The fields are the children; the submit button and the count follow them.
 */
export function ListFilterForm({ action, label, hidden = {}, count, submit = "Search", className = "flex flex-wrap items-end gap-2", testId, children }: FilterFormProps) {
  return (
    <form method="get" action={action} className={className} aria-label={label} data-testid={testId}>
      {Object.entries(hidden).map(([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />)}
      {children}
      <button
        type="submit"
        className="rounded-md border border-teal-700 bg-white px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-teal-700"
      >
        {submit}
      </button>
      {count && (
        <p className="pb-2 text-sm text-stone-700" data-testid={count.testId}>
          {count.text}
        </p>
      )}
    </form>
  );
}

/** The labelled search box of a list (`q` unless named otherwise), holding the search the page was opened with. */
export function SearchField({ label, name = "q", value, placeholder, className }: { label: string; name?: string; value: string; placeholder?: string; className?: string }) {
  return (
    <label className="text-sm font-medium text-stone-700">
      {label}
      <input name={name} type="search" defaultValue={value} placeholder={placeholder} maxLength={100} className={className ? `${filterFieldClass} ${className}` : filterFieldClass} />
    </label>
  );
}

/** A labelled select of a list's filters; `value` is the one the page was opened with. */
export function FilterSelect({ label, name, value, options }: { label: string; name: string; value: string; options: readonly { value: string | number; label: string }[] }) {
  return (
    <label className="text-sm font-medium text-stone-700">
      {label}
      <select name={name} defaultValue={value} className={filterFieldClass}>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </label>
  );
}

/** A list's search form with one search box: `<ListSearch action="/auctions" label="Search auctions" field="Id or operator" value={search} />`. */
export function ListSearch({ field, name, value, inputClassName, ...form }: Omit<FilterFormProps, "children"> & { field: string; name?: string; value: string; inputClassName?: string }) {
  return (
    <ListFilterForm {...form}>
      <SearchField label={field} name={name} value={value} className={inputClassName} />
    </ListFilterForm>
  );
}

/** "1 auction", "3 auctions". */
export function countOf(total: number, one: string, many = `${one}s`): string {
  return `${total} ${total === 1 ? one : many}`;
}
