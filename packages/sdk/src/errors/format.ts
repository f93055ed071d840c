import { formatEther, formatUnits } from "viem";

/** Formats an 18-decimal amount for messages: `1.5`, never `1500000000000000000`. */
export function formatUnits18(value: unknown): string {
  return typeof value === "bigint" ? formatEther(value) : String(value);
}

/** Formats a settlement-token amount (6 decimals, euros) for messages: `12.5 €`. */
export function formatEuros(value: unknown): string {
  return typeof value === "bigint" ? `${formatUnits(value, 6)} €` : String(value);
}
