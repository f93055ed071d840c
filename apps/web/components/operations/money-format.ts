import { formatUnits } from "viem";

/** Settlement units (6 decimals) for people: "1,234.50 EUR"; signed when `signed`, e.g. "−12.00 EUR". */
export function formatEuro(units: bigint, { signed = false }: { signed?: boolean } = {}): string {
  const negative = units < 0n;
  const [whole = "0", fraction = ""] = formatUnits(negative ? -units : units, 6).split(".");
  const grouped = BigInt(whole).toLocaleString("en-US");
  const cents = fraction.padEnd(2, "0");
  const trimmed = cents.length > 2 ? cents.replace(/0+$/, "").padEnd(2, "0") : cents;
  const sign = negative ? "−" : signed && units > 0n ? "+" : "";
  return `${sign}${grouped}.${trimmed} EUR`;
}

/** Gigabytes, grouped: "6,000 GB". */
export function formatGigabytes(gb: bigint): string {
  return `${gb.toLocaleString("en-US")} GB`;
}

/** An IBT amount (18 decimals) for people: "30 IBT-SES27". */
export function formatIbt(wei: bigint, symbol = "IBT"): string {
  const [whole = "0", fraction = ""] = formatUnits(wei, 18).split(".");
  const trimmed = fraction.slice(0, 4).replace(/0+$/, "");
  return `${BigInt(whole).toLocaleString("en-US")}${trimmed ? `.${trimmed}` : ""} ${symbol}`;
}
