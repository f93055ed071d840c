import { NODE_KINDS, NODE_STATUSES } from "@scipio/sdk/protocol";

/** Marker fill per status (AA contrast on white for the legend's text colours too). */
export const statusFill = ["fill-sky-700", "fill-amber-700", "fill-violet-700", "fill-teal-700", "fill-stone-500"] as const;
export const statusBadge = [
  "bg-sky-100 text-sky-900",
  "bg-amber-100 text-amber-900",
  "bg-violet-100 text-violet-900",
  "bg-teal-100 text-teal-900",
  "bg-stone-200 text-stone-800",
] as const;
/** Marker radius per kind, in screen pixels: the bigger the installation, the bigger the dot. */
export const kindRadius = [3, 4.5, 6, 5, 7] as const;

export const kindName = (kind: number) => NODE_KINDS[kind] ?? `Kind ${kind}`;
export const statusName = (status: number) => NODE_STATUSES[status] ?? `Status ${status}`;
