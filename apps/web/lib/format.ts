import { formatEther } from "viem";

/** An 18-decimal amount for people: grouped, at most `maxDecimals` decimals, never exponent notation. */
export function formatAmount(value: bigint, maxDecimals = 4): string {
  const [whole = "0", fraction = ""] = formatEther(value).split(".");
  const grouped = BigInt(whole).toLocaleString("en-US");
  const trimmed = fraction.slice(0, maxDecimals).replace(/0+$/, "");
  if (trimmed === "" && value > 0n && whole === "0") return `< 0.${"0".repeat(maxDecimals - 1)}1`;
  return trimmed ? `${grouped}.${trimmed}` : grouped;
}

/** A ratio in basis points as a percentage, e.g. 123 → "1.23%". */
export function formatBps(bps: bigint | number): string {
  return `${(Number(bps) / 100).toFixed(2)}%`;
}

/** A whole count for people, grouped: 4294967295 → "4,294,967,295". */
export function formatCount(value: bigint | number): string {
  return value.toLocaleString("en-US");
}

/** "0x7099…79C8": an account short enough for a table cell. */
export function shortAddress(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}
