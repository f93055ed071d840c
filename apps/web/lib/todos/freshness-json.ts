import type { IndexFreshness } from "../indexer";

/** `IndexFreshness` over JSON: its block numbers as decimal strings. */
export function serializeFreshness(freshness: IndexFreshness): Record<string, unknown> {
  return Object.fromEntries(Object.entries(freshness).map(([key, value]) => [key, typeof value === "bigint" ? value.toString() : value]));
}

const BLOCK_FIELDS = new Set(["indexedBlock", "chainBlock", "behindBy"]);

export function parseFreshness(value: Record<string, unknown>): IndexFreshness {
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, BLOCK_FIELDS.has(key) && typeof field === "string" ? BigInt(field) : field]),
  ) as IndexFreshness;
}
