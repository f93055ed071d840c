import { formatEther, parseEther } from "viem";
import { z } from "zod";
import { tokenAmountSchema } from "./common.ts";

/*//////////////////////////////////////////////////////////////
                           VALIDATION
//////////////////////////////////////////////////////////////*/

/** Pro and con slots per task, and the share of the task's reserve each slot earns, by slot order (bps). */
export const VALIDATION_SLOT_SHARES_BPS = [3_600, 2_600, 2_000, 1_600, 200] as const;

/**
 * A validation stake in tokens: at least the next slot's minimum and at most what the member holds. The
 * messages say the numbers to type.
 */
export function validationStakeSchema({ minimum, balance }: { minimum: bigint; balance: bigint }) {
  return tokenAmountSchema
    .refine((wei) => wei >= minimum, `This slot needs a stake of at least ${formatEther(minimum)} tokens`)
    .refine((wei) => wei <= balance, `You hold ${formatEther(balance)} tokens: stake at most that`);
}

export const validationSideSchema = z.enum(["approve", "reject"], "Choose whether the task was done (approve) or not (reject)");

/*//////////////////////////////////////////////////////////////
                             VOTING
//////////////////////////////////////////////////////////////*/

/** Votes escrow whole tokens and whole reputation (the contract counts 1e18-unit wholes). */
function wholeUnitsSchema(unit: string, available: bigint, max: bigint) {
  const availableWhole = available / parseEther("1");
  return z
    .string()
    .trim()
    .transform((value) => (value === "" ? "0" : value))
    .pipe(z.string().regex(/^\d{1,12}$/, `Enter whole ${unit} (no decimals), or leave it empty`))
    .transform((value) => BigInt(value))
    .refine((units) => units <= availableWhole, `You hold ${availableWhole} whole ${unit}: escrow at most that`)
    .refine((units) => units <= max, `One vote escrows at most ${max} ${unit}`);
}

/** The vote form: a choice and whole tokens and/or reputation to escrow (not both zero). */
export function voteFormSchema({ tokens, reputation, maxEscrow }: { tokens: bigint; reputation: bigint; maxEscrow: bigint }) {
  return z
    .object({
      choice: z.enum(["for", "against"], "Choose whether the task was done (for) or not (against)"),
      tokens: wholeUnitsSchema("tokens", tokens, maxEscrow),
      reputation: wholeUnitsSchema("REP", reputation, maxEscrow),
    })
    .refine((vote) => vote.tokens > 0n || vote.reputation > 0n, {
      message: "Escrow at least 1 whole token or 1 whole REP to vote",
      path: ["tokens"],
    });
}
export type VoteFormInput = z.input<ReturnType<typeof voteFormSchema>>;
