import { formatUnits, getAddress, isAddress, parseEther, parseUnits } from "viem";
import { z } from "zod";
import { SETTLEMENT_CURRENCY, SETTLEMENT_DECIMALS } from "./expenses.ts";

/*
 * Forms of the compensation table and of billing (issue 15, ops-money): what a debtor settles, what an
 * operator registers and charges, what a customer pays. Each says in words what to fix.
 */

const euros = (units: bigint) => `${formatUnits(units, SETTLEMENT_DECIMALS)} ${SETTLEMENT_CURRENCY}`;
const ibt = (wei: bigint) => `${formatUnits(wei, 18)} IBT`;

/** `Billing.MAX_AMOUNT`: the most IBT (base units) one tariff or payment may be. */
export const BILLING_MAX_AMOUNT = 10n ** 27n;

/** A positive euro amount typed by a person (at most 6 decimals), parsed to settlement base units. */
export const euroAmountSchema = z
  .string()
  .trim()
  .min(1, "Enter an amount")
  .regex(/^\d{1,15}(\.\d{1,6})?$/, `Use digits and at most ${SETTLEMENT_DECIMALS} decimals, e.g. 12.50`)
  .transform((value) => parseUnits(value, SETTLEMENT_DECIMALS))
  .refine((units) => units > 0n, "The amount must be greater than zero");

/**
 * What a debtor pays towards its debt of one period: more than zero, at most what is left of the debt (the
 * table refuses more) and at most what the debtor holds.
 */
export function settleAmountSchema({ remaining, balance }: { remaining: bigint; balance: bigint }) {
  return euroAmountSchema
    .refine((units) => units <= remaining, `That is more than your debt: you owe ${euros(remaining)} in this period`)
    .refine((units) => units <= balance, `You hold ${euros(balance)}: get more ${SETTLEMENT_CURRENCY} or settle less now`);
}

/** An IBT amount per period in a tariff: zero (that kind is free) up to `BILLING_MAX_AMOUNT`. */
export const tariffAmountSchema = z
  .string()
  .trim()
  .min(1, "Enter the IBT due per period (0 if this kind pays nothing)")
  .regex(/^\d{1,10}(\.\d{1,18})?$/, "Use digits and at most 18 decimals, e.g. 30")
  .transform((value) => parseEther(value))
  .refine((wei) => wei <= BILLING_MAX_AMOUNT, `A tariff is at most ${ibt(BILLING_MAX_AMOUNT)} per period`);

/** The operator's tariff form: which of its IBT customers pay in, and what each kind pays per period. */
export const tariffFormSchema = z.object({
  token: z
    .string()
    .refine((value) => isAddress(value), "Choose one of your bandwidth tokens")
    .transform((value) => getAddress(value)),
  fibre: tariffAmountSchema,
  wifi: tariffAmountSchema,
});

/** The operator registers a customer: an account other than its own, with a fibre or WiFi connection. */
export function customerFormSchema({ operator }: { operator: `0x${string}` }) {
  return z.object({
    account: z
      .string()
      .trim()
      .refine((value) => isAddress(value), "Enter the customer's 0x address of 40 hex characters")
      .transform((value) => getAddress(value))
      .refine((account) => account !== getAddress(operator), "You cannot be your own customer"),
    kind: z.enum(["fibre", "wifi"], { message: "Choose fibre or WiFi" }),
  });
}

export type BillingPaymentBounds = {
  /** The customer's balance of the operator's tariff token. */
  balance: bigint;
  /** What the customer already paid the operator in the period running. */
  paidThisPeriod: bigint;
  /** The tariff of the customer's kind. */
  tariff: bigint;
  /** Whether the operator has an unsettled debt on the compensation table (billing refuses its receipts). */
  operatorInDebt: boolean;
};

/**
 * What a customer pays its operator now: refused before sending when the operator is in debt, when the
 * period's tariff is already paid, or when the customer does not hold the amount.
 */
export function billingPaymentSchema({ balance, paidThisPeriod, tariff, operatorInDebt }: BillingPaymentBounds) {
  const due = tariff > paidThisPeriod ? tariff - paidThisPeriod : 0n;
  return z
    .string()
    .trim()
    .min(1, "Enter an amount")
    .regex(/^\d{1,10}(\.\d{1,18})?$/, "Use digits and at most 18 decimals, e.g. 30")
    .transform((value) => parseEther(value))
    .superRefine((wei, context) => {
      const refuse = (message: string) => context.addIssue({ code: "custom", message });
      if (operatorInDebt) return refuse("Your operator has an unsettled debt on the compensation table: billing takes no payment for it until it settles");
      if (tariff > 0n && due === 0n) return refuse(`You already paid this period's tariff (${ibt(paidThisPeriod)})`);
      if (wei <= 0n) return refuse("The amount must be greater than zero");
      if (due > 0n && wei > due) return refuse(`This period's tariff leaves ${ibt(due)} to pay: pay at most that`);
      if (wei > balance) return refuse(balance === 0n ? "You hold none of your operator's IBT: get some before paying" : `You hold ${ibt(balance)}: not enough to pay ${ibt(wei)}`);
    });
}
