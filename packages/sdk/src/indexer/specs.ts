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
    /** From the proposal document when the indexer has a gateway (`SCIPIO_INDEXER_GATEWAY_URL`); null otherwise. */
    title: "text?",
  },
  defaultOrder: { by: "id", direction: "asc" },
  search: { text: ["title"], hex: ["proposer"], exact: ["id"] },
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
  fields: {
    address: "hex",
    operator: "hex",
    name: "text",
    symbol: "text",
    deliveryStart: "bigint",
    deliveryEnd: "bigint",
    totalSupply: "bigint",
    auctionMints: "bool",
    createdBlock: "bigint",
  },
  defaultOrder: { by: "deliveryStart", direction: "asc" },
  search: { text: ["name", "symbol"], hex: ["address", "operator"] },
});

export const auctionList = spec({
  entity: "auction",
  fields: {
    id: "bigint",
    operator: "hex",
    token: "hex",
    tokenSymbol: "text",
    offered: "bigint",
    price: "bigint",
    startsAt: "bigint",
    endsAt: "bigint",
    sold: "bigint",
    raised: "bigint",
    bidCount: "int",
    settled: "bool",
    cancelled: "bool",
    soldOut: "bool",
    proceedsClaimed: "bool",
    commonPoolClaimed: "bigint",
    investmentId: "bigint",
    commonPool: "bigint?",
    commonPoolSwept: "bigint?",
  },
  defaultOrder: { by: "id", direction: "desc" },
  search: { text: ["tokenSymbol"], hex: ["operator", "token"], exact: ["id"] },
});

export const investmentList = spec({
  entity: "investment",
  fields: { id: "bigint", operator: "hex", total: "bigint", committed: "bigint", platform: "hex", recordedBlock: "bigint", timestamp: "bigint" },
  defaultOrder: { by: "id", direction: "desc" },
  search: { hex: ["operator"], exact: ["id"] },
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
    metadataCodec: "int",
    removed: "bool",
    updatedBlock: "bigint",
  },
  defaultOrder: { by: "id", direction: "asc" },
  search: { hex: ["owner"], exact: ["id"] },
});

export const governanceOperationList = spec({
  entity: "governanceOperation",
  fields: {
    id: "hex",
    status: "text",
    callCount: "int",
    predecessor: "hex",
    salt: "hex?",
    delay: "bigint",
    readyAt: "bigint",
    scheduledBlock: "bigint",
    updatedBlock: "bigint",
  },
  defaultOrder: { by: "scheduledBlock", direction: "desc" },
  search: { text: ["status"], hex: ["id"] },
});

export const governanceCallList = spec({
  entity: "governanceCall",
  fields: { operationHash: "hex", index: "bigint", target: "hex", value: "bigint", data: "hex", executed: "bool", scheduledBlock: "bigint" },
  defaultOrder: { by: "scheduledBlock", direction: "desc" },
  search: { hex: ["operationHash", "target"] },
});

/*
 * Operations: periods, positions, consumption, expenses and their reviews, disputes, resolvers, billing.
 * Statuses and kinds are the contracts' enum values (IExpenseLedger.ExpenseStatus, IDisputeCourt.Stage …).
 */

export const compensationPeriodList = spec({
  entity: "compensationPeriod",
  fields: { id: "bigint", expenses: "bigint", platformFee: "bigint", consumption: "bigint", voided: "bool", closedBlock: "bigint", closedAt: "bigint" },
  defaultOrder: { by: "id", direction: "desc" },
  search: { exact: ["id"] },
});

export const positionList = spec({
  entity: "position",
  fields: {
    period: "bigint",
    account: "hex",
    net: "bigint",
    kind: "int",
    settled: "bigint",
    remaining: "bigint?",
    claimed: "bigint",
    recordedBlock: "bigint",
    updatedBlock: "bigint",
  },
  defaultOrder: { by: "period", direction: "desc" },
  search: { hex: ["account"], exact: ["period"] },
});

export const consumptionList = spec({
  entity: "consumption",
  fields: {
    operator: "hex",
    period: "bigint",
    feeder: "hex",
    amount: "bigint",
    carried: "bool",
    state: "text",
    disputeSubjectId: "bigint?",
    ruling: "int?",
    counted: "text?",
    carriedInto: "bigint?",
    recordedBlock: "bigint",
    updatedBlock: "bigint",
  },
  defaultOrder: { by: "period", direction: "desc" },
  search: { text: ["state"], hex: ["operator", "feeder"], exact: ["period"] },
});

export const expenseList = spec({
  entity: "expense",
  fields: {
    id: "bigint",
    declarer: "hex",
    period: "bigint",
    amount: "bigint",
    invoiceKey: "hex",
    evidenceDigest: "hex",
    evidenceCodec: "int",
    status: "int",
    validations: "int",
    rejections: "int",
    creditedPeriod: "bigint?",
    disputableUntil: "bigint?",
    declaredAt: "bigint",
    updatedBlock: "bigint",
  },
  defaultOrder: { by: "id", direction: "desc" },
  search: { hex: ["declarer", "invoiceKey"], exact: ["id", "period"] },
});

/** Filter `{ reviewer, open: true }` for a reviewer's queue: drawn, not answered, the expense still pending. */
export const reviewList = spec({
  entity: "review",
  fields: {
    expenseId: "bigint",
    reviewer: "hex",
    slot: "bigint",
    answerBy: "bigint?",
    verdict: "int",
    reasonDigest: "hex?",
    replaced: "bool",
    open: "bool",
    drawnBlock: "bigint",
    updatedBlock: "bigint",
  },
  defaultOrder: { by: "drawnBlock", direction: "desc" },
  search: { hex: ["reviewer"], exact: ["expenseId"] },
});

export const disputeList = spec({
  entity: "dispute",
  fields: {
    id: "bigint",
    subject: "hex",
    subjectId: "bigint",
    opener: "hex",
    respondent: "hex",
    respondentExempt: "bool",
    stage: "int",
    status: "int",
    resolver: "hex?",
    ruling: "int?",
    resolution: "int?",
    feesPaid: "bigint",
    evidenceDigest: "hex",
    responseDeadline: "bigint?",
    decisionDeadline: "bigint?",
    appealDeadline: "bigint?",
    openedAt: "bigint",
    updatedBlock: "bigint",
  },
  defaultOrder: { by: "id", direction: "desc" },
  search: { hex: ["opener", "respondent", "resolver", "subject"], exact: ["id", "subjectId"] },
});

export const resolverList = spec({
  entity: "resolver",
  fields: { account: "hex", active: "bool", assigned: "int", decided: "int", missed: "int", earningsWithdrawn: "bigint", addedBlock: "bigint" },
  defaultOrder: { by: "addedBlock", direction: "asc" },
  search: { hex: ["account"] },
});

export const customerList = spec({
  entity: "customer",
  fields: { operator: "hex", customer: "hex", kind: "int", registeredPeriod: "bigint", removedPeriod: "bigint?", active: "bool", updatedBlock: "bigint" },
  defaultOrder: { by: "registeredPeriod", direction: "desc" },
  search: { hex: ["operator", "customer"] },
});

export const customerPaymentList = spec({
  entity: "customerPayment",
  fields: { id: "text", operator: "hex", customer: "hex", token: "hex", amount: "bigint", period: "bigint", blockNumber: "bigint", timestamp: "bigint" },
  defaultOrder: { by: "blockNumber", direction: "desc" },
  search: { hex: ["operator", "customer"], exact: ["period"] },
});

export const invoiceList = spec({
  entity: "invoice",
  fields: {
    operator: "hex",
    period: "bigint",
    ibtReceived: "bigint",
    payments: "bigint",
    fibreCustomers: "bigint",
    wifiCustomers: "bigint",
    deploymentContribution: "bigint",
    maintenanceContribution: "bigint",
    documentDigest: "hex",
    documentCodec: "int",
    issuer: "hex",
    issuedAt: "bigint",
  },
  defaultOrder: { by: "period", direction: "desc" },
  search: { hex: ["operator", "issuer"], exact: ["period"] },
});

export const tariffList = spec({
  entity: "tariff",
  fields: { operator: "hex", period: "bigint", token: "hex", fibre: "bigint", wifi: "bigint", setBlock: "bigint" },
  defaultOrder: { by: "period", direction: "desc" },
  search: { hex: ["operator", "token"], exact: ["period"] },
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
