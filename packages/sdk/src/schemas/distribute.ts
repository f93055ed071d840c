import { formatEther, parseEther } from "viem";
import { z } from "zod";
import { MAX_FIRST_REPUTATION, MIN_FIRST_REPUTATION, PROJECT_STAGES } from "../protocol.ts";
import { tokenAmountSchema } from "./common.ts";

/** Most tasks one list may hold (`ProjectRegistry.MAX_TASKS`). */
export const MAX_TASKS = 32;
/** Weightings are basis points of the project cost; a list's must sum to exactly this. */
export const WEIGHTING_TOTAL_BPS = 10_000;

const SECONDS_PER_DAY = 86_400;

/*//////////////////////////////////////////////////////////////
                             STAGES
//////////////////////////////////////////////////////////////*/

/** A stage named in a URL (`?stage=staked`), as a filter of the project list. */
export const projectStageFilterSchema = z
  .string()
  .transform((value) => PROJECT_STAGES.findIndex((stage) => stage.toLowerCase() === value.toLowerCase()))
  .refine((index) => index > 0, "Unknown stage");

/*//////////////////////////////////////////////////////////////
                            IDENTITY
//////////////////////////////////////////////////////////////*/

/**
 * The handle a member registers as a persistent identity (on the local chain, any new handle). The
 * attester hashes it lower-cased and trimmed, so "Ada" and " ada " are one identity.
 */
export const identityHandleSchema = z
  .string()
  .trim()
  .min(3, "Use at least 3 characters for your identity")
  .max(64, "Keep your identity under 64 characters")
  .regex(/^[\p{L}\p{N}._@+-]+$/u, "Use letters, digits and . _ @ + - only (no spaces)");

/*//////////////////////////////////////////////////////////////
                            AMOUNTS
//////////////////////////////////////////////////////////////*/

/**
 * A positive 18-decimal amount no larger than what the member holds. `unit` names it in the message,
 * e.g. "tokens" or "REP".
 */
export function amountUpToSchema(available: bigint, unit: string) {
  return tokenAmountSchema.refine(
    (wei) => wei <= available,
    `You have ${formatEther(available)} ${unit} available: enter at most that`,
  );
}

export const stakeSideSchema = z.enum(["tokens", "reputation"]);
export type StakeSide = z.infer<typeof stakeSideSchema>;

/*//////////////////////////////////////////////////////////////
                           GOVERNANCE
//////////////////////////////////////////////////////////////*/

const firstReputationRange = `between ${formatRep(MIN_FIRST_REPUTATION)} and ${formatRep(MAX_FIRST_REPUTATION)} REP`;

/** The reputation each newly registered identity receives, typed in REP and parsed to base units. */
export const firstReputationSchema = z
  .string()
  .trim()
  .min(1, `Enter the first reputation, ${firstReputationRange}`)
  .refine((value) => !value.startsWith("-"), `The first reputation cannot be negative: enter an amount ${firstReputationRange}`)
  .regex(/^\d+(\.\d{1,18})?$/, "Write the amount in REP as digits with at most 18 decimals, e.g. 100 or 12.5")
  .transform((value) => parseEther(value))
  .refine((amount) => amount >= MIN_FIRST_REPUTATION, `The first reputation must be at least ${formatRep(MIN_FIRST_REPUTATION)} REP`)
  .refine((amount) => amount <= MAX_FIRST_REPUTATION, `The first reputation can be at most ${formatRep(MAX_FIRST_REPUTATION)} REP`);

/*//////////////////////////////////////////////////////////////
                            PROPOSE
//////////////////////////////////////////////////////////////*/

export const collateralKindSchema = z.enum(["tokens", "reputation"], "Choose tokens or reputation as collateral");

/** The staking period bounds from `ProjectRegistry.parameters()`, in seconds. */
export type StakingPeriodBounds = { minStakingPeriod: bigint; maxStakingPeriod: bigint };

/** Days as a person writes them ("7", "2.5"), bounded by the registry's staking period. */
export function stakingDaysSchema({ minStakingPeriod, maxStakingPeriod }: StakingPeriodBounds) {
  const minDays = Number(minStakingPeriod) / SECONDS_PER_DAY;
  const maxDays = Number(maxStakingPeriod) / SECONDS_PER_DAY;
  const range = `between ${formatDays(minDays)} and ${formatDays(maxDays)}`;
  return z
    .string()
    .trim()
    .min(1, `Enter how many days staking stays open (${range})`)
    .regex(/^\d+(\.\d{1,2})?$/, "Write the days as a number with at most 2 decimals, e.g. 7 or 2.5")
    .transform(Number)
    .refine((days) => days >= minDays && days <= maxDays, `Staking must stay open ${range}`);
}

/** The propose form: the description document's fields plus what goes on chain. */
export function proposeFormSchema(bounds: StakingPeriodBounds) {
  return z.object({
    title: z.string().trim().min(3, "Give the project a title of at least 3 characters").max(120, "Keep the title under 120 characters"),
    summary: z.string().trim().min(1, "Say what the project builds and why").max(10_000, "Keep the summary under 10,000 characters"),
    location: z.string().trim().max(200, "Keep the location under 200 characters"),
    cost: tokenAmountSchema,
    stakingDays: stakingDaysSchema(bounds),
    collateralKind: collateralKindSchema,
  });
}
export type ProposeFormInput = z.input<ReturnType<typeof proposeFormSchema>>;
export type ProposeForm = z.output<ReturnType<typeof proposeFormSchema>>;

/*//////////////////////////////////////////////////////////////
                           TASK LISTS
//////////////////////////////////////////////////////////////*/

/** A weighting as a percentage of the project cost with at most 2 decimals (1 bps), parsed to bps. */
export const weightingPercentSchema = z
  .string()
  .trim()
  .min(1, "Enter this task's share of the cost in %")
  .regex(/^\d{1,3}(\.\d{1,2})?$/, "Write the share as a percentage with at most 2 decimals, e.g. 12.5")
  .transform((value) => Math.round(Number(value) * 100))
  .refine((bps) => bps >= 1, "Each task needs a share of at least 0.01%")
  .refine((bps) => bps <= WEIGHTING_TOTAL_BPS, "A share cannot exceed 100%");

export const taskDraftSchema = z.object({
  title: z.string().trim().min(3, "Give the task a title of at least 3 characters").max(120, "Keep the title under 120 characters"),
  details: z.string().trim().max(5_000, "Keep the details under 5,000 characters"),
  weighting: weightingPercentSchema,
});

/** A task list as typed in the editor: 1–32 tasks whose shares total exactly 100%. */
export const taskListFormSchema = z
  .array(taskDraftSchema)
  .min(1, "Add at least one task")
  .max(MAX_TASKS, `A list may hold at most ${MAX_TASKS} tasks`)
  .superRefine((tasks, context) => {
    const total = tasks.reduce((sum, task) => sum + task.weighting, 0);
    if (total !== WEIGHTING_TOTAL_BPS) {
      context.addIssue({ code: "custom", path: [], message: describeWeightingTotal(total) });
    }
  });
export type TaskDraftInput = z.input<typeof taskDraftSchema>;
export type TaskDraft = z.output<typeof taskDraftSchema>;

/** What to fix when shares do not total 100%, in the editor's words. */
export function describeWeightingTotal(totalBps: number): string {
  const total = formatPercent(totalBps);
  const difference = formatPercent(Math.abs(WEIGHTING_TOTAL_BPS - totalBps));
  return totalBps < WEIGHTING_TOTAL_BPS
    ? `The shares add up to ${total}; they must total exactly 100% (${difference} left to assign)`
    : `The shares add up to ${total}; they must total exactly 100% (${difference} too much)`;
}

/** The JSON document each task's description is published as; its CID goes on chain in the list. */
export const taskDescriptionDocumentSchema = z.object({
  kind: z.literal("scipio.task-description"),
  version: z.literal(1),
  projectId: z.string().regex(/^\d+$/, "The project id is a whole number"),
  title: taskDraftSchema.shape.title,
  details: taskDraftSchema.shape.details,
});
export type TaskDescriptionDocument = z.infer<typeof taskDescriptionDocumentSchema>;

function formatPercent(bps: number): string {
  return `${(bps / 100).toFixed(2).replace(/\.?0+$/, "")}%`;
}

function formatDays(days: number): string {
  const rounded = Math.round(days * 100) / 100;
  return `${rounded} day${rounded === 1 ? "" : "s"}`;
}

function formatRep(amount: bigint): string {
  return Number(formatEther(amount)).toLocaleString("en-US");
}
