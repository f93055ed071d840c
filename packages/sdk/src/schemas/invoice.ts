import { getAddress, isAddress } from "viem";
import { z } from "zod";

/** A checksummed address, as the invoice document writes every account (so the bytes never vary). */
const checksummedAddressSchema = z
  .string()
  .refine((value) => isAddress(value, { strict: false }) && getAddress(value) === value, "Write the address checksummed (EIP-55)");

/** A whole number of token base units (wei for IBT, millionths for the settlement token), as decimal text. */
const unitsSchema = z.string().regex(/^(0|[1-9]\d{0,77})$/, "Amounts are whole numbers of base units, without leading zeros");

const countSchema = z.number().int().min(0).max(2 ** 32 - 1);

/** The CPR contribution per customer and period, in settlement-token base units (6 decimals). */
const contributionSchema = z.object({ deployment: unitsSchema, maintenance: unitsSchema });

/** One customer of the invoiced operator in the period. */
export const invoiceLineSchema = z.object({
  customer: checksummedAddressSchema,
  kind: z.enum(["fibre", "wifi"]),
  /** Whether the account was still a customer when the period ended (removed customers who paid are listed). */
  registeredAtEnd: z.boolean(),
  /** The tariff of its kind in force at the period's end, in IBT base units. */
  tariff: unitsSchema,
  /** IBT paid in the period, in base units. */
  paid: unitsSchema,
  payments: countSchema,
});

/**
 * The per-customer document of one operator's invoice for one billing period, built by
 * `buildInvoiceDocument` from the billing contract's events: same events → byte-identical JSON → same CID,
 * so anyone can rebuild it and compare with the CID the `InvoiceIssued` event names.
 */
export const invoiceDocumentSchema = z.object({
  kind: z.literal("scipio.invoice"),
  version: z.literal(1),
  chainId: z.number().int().positive(),
  billing: checksummedAddressSchema,
  operator: checksummedAddressSchema,
  period: z.number().int().min(0),
  tariff: z
    .object({ token: checksummedAddressSchema, fibre: unitsSchema, wifi: unitsSchema })
    .nullable(),
  contributionsPerCustomer: z.object({ fibre: contributionSchema, wifi: contributionSchema }),
  totals: z.object({
    ibtReceived: unitsSchema,
    payments: countSchema,
    fibreCustomers: countSchema,
    wifiCustomers: countSchema,
    deploymentContribution: unitsSchema,
    maintenanceContribution: unitsSchema,
  }),
  lines: z.array(invoiceLineSchema),
});

export type InvoiceLine = z.infer<typeof invoiceLineSchema>;
export type InvoiceDocument = z.infer<typeof invoiceDocumentSchema>;
