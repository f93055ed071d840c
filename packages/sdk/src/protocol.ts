/**
 * Facts about the contracts that pages show without validating anything: stage names and bounds the
 * contracts keep private. Free of zod and viem, so a client component can import them without either
 * entering its route's first load (the schemas re-export them for everything else).
 */

/** `IProjectRegistry.Stage` by its numeric value (index 0 is `None`: no such project). */
export const PROJECT_STAGES = [
  "None",
  "Proposed",
  "Staked",
  "Active",
  "Validation",
  "Voting",
  "Complete",
  "Failed",
  "Expired",
  "Cancelled",
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

const REP = 10n ** 18n;

/**
 * The bounds `ReputationRegistry.setFirstReputation` accepts (its private `MIN_FIRST_REPUTATION` and
 * `MAX_FIRST_REPUTATION`: the contract exposes no getter, so they are repeated here).
 */
export const MIN_FIRST_REPUTATION = 1n * REP;
export const MAX_FIRST_REPUTATION = 10_000n * REP;

/** `IProjectRegistry.CidCodec`: how a CID's codec is stored next to its digest. */
export const CID_CODEC = { raw: 0, "dag-pb": 1 } as const;

/** `IProjectRegistry.CollateralKind`: what a proposer locks as collateral. */
export const COLLATERAL_KIND = { tokens: 0, reputation: 1 } as const;
