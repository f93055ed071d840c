import { isAddress, parseEther } from "viem";
import { z } from "zod";

/** A positive ether (or 18-decimal token) amount typed by a person, parsed to wei. */
export const tokenAmountSchema = z
  .string()
  .trim()
  .min(1, "Enter an amount")
  .regex(/^\d+(\.\d{1,18})?$/, "Use digits and at most 18 decimals, e.g. 0.25")
  .transform((value) => parseEther(value))
  .refine((wei) => wei > 0n, "The amount must be greater than zero");

export const addressSchema = z
  .string()
  .trim()
  .refine((value) => isAddress(value), "Enter a 0x address of 40 hex characters")
  .transform((value) => value as `0x${string}`);

/** Slippage tolerance in basis points (0.5% = 50), bounded so a typo cannot give away the trade. */
export const slippageBpsSchema = z.number().int().min(0).max(5_000, "Slippage above 50% is refused");
