import { formatEther } from "viem";

/** Formats an 18-decimal amount for messages: `1.5`, never `1500000000000000000`. */
export function formatUnits18(value: unknown): string {
  return typeof value === "bigint" ? formatEther(value) : String(value);
}
