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

/**
 * `ParticipantRegistry`'s roles in the order of `rolesOf`'s bits (bit `i` is role `i`), with their ids
 * (`keccak256` of the constant's name; a test checks them against the contract's getters' definition).
 * `onboarded`: granted by governance; the Investor role anyone takes for itself.
 */
export const PARTICIPANT_ROLES = [
  { key: "operator", label: "Operator", plural: "Operators", id: "0x97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929", onboarded: true },
  { key: "investor", label: "Investor", plural: "Investors", id: "0xb165298935924f540e4181c03493a5d686c54a0aaeb3f6216de85b7ffbba7738", onboarded: false },
  { key: "validator", label: "Validator", plural: "Validators", id: "0x21702c8af46127c7fa207f89d0b0a8441bb32959a0ac7df790e9ab1a25c98926", onboarded: true },
  {
    key: "publicAdministration",
    label: "Public administration",
    plural: "Public administrations",
    id: "0xbd6b92f9df34fc466fd4aa8f1f0e12fdbb152c713d62e629b2396ac11ebfceec",
    onboarded: true,
  },
  { key: "platform", label: "Platform", plural: "Platform accounts", id: "0x797343f8d6a29aafeb3aaf0910a8973e0081c60c2f6c1f775cd9f76ea348fc1e", onboarded: true },
  { key: "feeder", label: "Consumption feeder", plural: "Consumption feeders", id: "0x80a586cc4ecf40a390b370be075aa38ab3cc512c5c1a7bc1007974dbdf2663c7", onboarded: true },
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** `IDisputeCourt.Stage` by its numeric value; each stage has its own fee. */
export const DISPUTE_STAGES = ["Conciliation", "Mediation", "Arbitration"] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];

/** `IDisputeCourt.DisputeStatus` by its numeric value (index 0: no such dispute). */
export const DISPUTE_STATUSES = ["None", "AwaitingResponse", "AwaitingResolver", "AwaitingDecision", "Decided", "Resolved"] as const;
export type DisputeStatusName = (typeof DISPUTE_STATUSES)[number];

/** `IDisputeSubject.Ruling`: for the opener (party A), for the respondent (party B), or a tie. */
export const DISPUTE_RULING = { forOpener: 0, forRespondent: 1, tie: 2 } as const;
export type DisputeRuling = keyof typeof DISPUTE_RULING;

/** `IDisputeCourt.Resolution`: how a final ruling came about. */
export const DISPUTE_RESOLUTIONS = ["Decided", "Default", "Lapsed"] as const;

/** `IBilling.CustomerKind`: what connection a customer has (0 marks an account that is not a customer). */
export const CUSTOMER_KIND = { fibre: 1, wifi: 2 } as const;
export type CustomerKindName = keyof typeof CUSTOMER_KIND;

/** `INodeRegistry.NodeKind`, in enum order, with the names people read. */
export const NODE_KINDS = ["Client", "Access point", "Supernode", "Fibre cabinet", "Datacenter"] as const;
export type NodeKindName = (typeof NODE_KINDS)[number];

/** `INodeRegistry.NodeStatus`, in enum order. */
export const NODE_STATUSES = ["Planned", "Building", "Testing", "Working", "Inactive"] as const;
export type NodeStatusName = (typeof NODE_STATUSES)[number];

/** Coordinates go on chain in millionths of a degree (`INodeRegistry.Node.latitude`). */
export const NODE_COORDINATE_SCALE = 1_000_000;
