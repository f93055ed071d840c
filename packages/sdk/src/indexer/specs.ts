import type { Fields, ListSpec } from "./lists.ts";

/*
 * Every list the indexer serves, one spec per table of apps/indexer/ponder.schema.ts (the fields a page
 * reads, the default order, where a search looks). A table added there gets its spec here.
 */

const spec = <const F extends Fields>(s: ListSpec<F>) => s;

export const projectList = spec({
  entity: "project",
  fields: {
    id: "bigint",
    proposer: "hex",
    stage: "int",
    cost: "bigint",
    stakingDeadline: "bigint",
    stageDeadline: "bigint",
    requiredTokens: "bigint",
    requiredReputation: "bigint",
    stakedTokens: "bigint",
    stakedReputation: "bigint",
    stakerCount: "int",
    collateralKind: "int",
    collateral: "bigint",
    descriptionDigest: "hex",
    descriptionCodec: "int",
    taskListCount: "int",
    leadingListId: "bigint",
    taskCount: "int",
    createdAt: "bigint",
    updatedBlock: "bigint",
  },
  defaultOrder: { by: "id", direction: "asc" },
  search: { hex: ["proposer"], exact: ["id"] },
});

export const projectStakeList = spec({
  entity: "projectStake",
  fields: { projectId: "bigint", staker: "hex", tokens: "bigint", reputation: "bigint", backedListId: "bigint", withdrawn: "bool" },
  defaultOrder: { by: "tokens", direction: "desc" },
  search: { hex: ["staker"], exact: ["projectId"] },
});

export const taskListList = spec({
  entity: "taskList",
  fields: { projectId: "bigint", listId: "bigint", author: "hex", taskCount: "int", backerCount: "int", submittedAt: "bigint" },
  defaultOrder: { by: "listId", direction: "asc" },
  search: { hex: ["author"], exact: ["projectId"] },
});

export const taskRows = spec({
  entity: "task",
  fields: {
    projectId: "bigint",
    taskIndex: "int",
    state: "text",
    claimer: "hex?",
    lock: "bigint",
    deadline: "bigint",
    evidenceDigest: "hex?",
    approvals: "int",
    rejections: "int",
    etherPaid: "bigint",
    updatedBlock: "bigint",
  },
  defaultOrder: { by: "updatedBlock", direction: "desc" },
  search: { text: ["state"], hex: ["claimer"], exact: ["projectId"] },
});

export const validationList = spec({
  entity: "validation",
  fields: { projectId: "bigint", taskIndex: "int", validator: "hex", approve: "bool", stake: "bigint", reward: "bigint?", timestamp: "bigint" },
  defaultOrder: { by: "timestamp", direction: "desc" },
  search: { hex: ["validator"], exact: ["projectId"] },
});

export const pollList = spec({
  entity: "poll",
  fields: {
    id: "bigint",
    projectId: "bigint",
    taskIndex: "int",
    commitEnd: "bigint",
    revealEnd: "bigint",
    commits: "int",
    tokensFor: "bigint",
    tokensAgainst: "bigint",
    reputationFor: "bigint",
    reputationAgainst: "bigint",
  },
  defaultOrder: { by: "id", direction: "desc" },
  search: { exact: ["projectId"] },
});

export const voteList = spec({
  entity: "vote",
  fields: { pollId: "bigint", voter: "hex", tokens: "bigint", reputation: "bigint", revealed: "bool", support: "bool?", committedBlock: "bigint" },
  defaultOrder: { by: "committedBlock", direction: "desc" },
  search: { hex: ["voter"], exact: ["pollId"] },
});

export const tradeList = spec({
  entity: "trade",
  fields: { id: "text", account: "hex", kind: "text", etherAmount: "bigint", tokenAmount: "bigint", price: "bigint", blockNumber: "bigint", timestamp: "bigint" },
  defaultOrder: { by: "blockNumber", direction: "desc" },
  search: { text: ["kind"], hex: ["account"] },
});

export const pricePointList = spec({
  entity: "pricePoint",
  fields: { blockNumber: "bigint", timestamp: "bigint", pool: "bigint", supply: "bigint", buyPrice: "bigint", sellPrice: "bigint" },
  defaultOrder: { by: "blockNumber", direction: "desc" },
  search: { exact: ["blockNumber"] },
});

export const memberList = spec({
  entity: "member",
  fields: { account: "hex", attester: "hex", initialReputation: "bigint", registeredAt: "bigint" },
  defaultOrder: { by: "registeredAt", direction: "asc" },
  search: { hex: ["account", "attester"] },
});

export const roleMemberList = spec({
  entity: "roleMember",
  fields: { contract: "text", role: "hex", account: "hex", active: "bool", grantedBy: "hex", grantedAt: "bigint", grantedBlock: "bigint" },
  defaultOrder: { by: "grantedBlock", direction: "asc" },
  search: { hex: ["account"] },
});

export const sptPurchaseList = spec({
  entity: "sptPurchase",
  fields: { id: "text", buyer: "hex", etherPaid: "bigint", tokens: "bigint", blockNumber: "bigint", timestamp: "bigint" },
  defaultOrder: { by: "blockNumber", direction: "desc" },
  search: { hex: ["buyer"] },
});

export const bandwidthTokenList = spec({
  entity: "bandwidthToken",
  fields: { address: "hex", operator: "hex", name: "text", symbol: "text", deliveryStart: "bigint", deliveryEnd: "bigint", totalSupply: "bigint" },
  defaultOrder: { by: "deliveryStart", direction: "asc" },
  search: { text: ["name", "symbol"], hex: ["address", "operator"] },
});

export const auctionList = spec({
  entity: "auction",
  fields: {
    id: "bigint",
    operator: "hex",
    token: "hex",
    offered: "bigint",
    price: "bigint",
    startsAt: "bigint",
    endsAt: "bigint",
    sold: "bigint",
    raised: "bigint",
    bidCount: "int",
    settled: "bool",
  },
  defaultOrder: { by: "id", direction: "desc" },
  search: { hex: ["operator", "token"], exact: ["id"] },
});

export const bidList = spec({
  entity: "bid",
  fields: { id: "text", auctionId: "bigint", bidder: "hex", amount: "bigint", paid: "bigint", priority: "bool", timestamp: "bigint" },
  defaultOrder: { by: "timestamp", direction: "desc" },
  search: { hex: ["bidder"], exact: ["auctionId"] },
});

export const nodeList = spec({
  entity: "networkNode",
  fields: {
    id: "bigint",
    owner: "hex",
    kind: "int",
    status: "int",
    latitude: "int",
    longitude: "int",
    metadataDigest: "hex",
    removed: "bool",
    updatedBlock: "bigint",
  },
  defaultOrder: { by: "id", direction: "asc" },
  search: { hex: ["owner"], exact: ["id"] },
});

export const activityList = spec({
  entity: "activity",
  fields: {
    id: "text",
    contract: "text",
    name: "text",
    account: "hex",
    projectId: "bigint?",
    args: "json",
    blockNumber: "bigint",
    timestamp: "bigint",
    transactionHash: "hex",
  },
  defaultOrder: { by: "blockNumber", direction: "desc" },
  search: { text: ["contract", "name"], hex: ["account", "transactionHash"], exact: ["projectId"] },
});

export const sptSaleRow = spec({
  entity: "sptSale",
  fields: { id: "hex", purchases: "int", etherRaised: "bigint", tokensSold: "bigint", finalized: "bool", proceedsWithdrawn: "bigint" },
  defaultOrder: { by: "id", direction: "asc" },
  search: {},
});
