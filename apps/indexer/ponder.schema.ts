import { index, onchainTable, primaryKey, relations } from "ponder";

/*//////////////////////////////////////////////////////////////
                          INDEXED HEAD
//////////////////////////////////////////////////////////////*/

/**
 * The last block the indexer has processed, with its hash (one row per chain, written by a handler on
 * every block and rolled back with the rest on a reorg). Ponder's `_meta.status` gives only the number
 * and timestamp, which do not tell two forks apart: after an `evm_revert` a local chain grows again to
 * the same height with different blocks, often in the same second. Readers compare this hash with the
 * chain's block at that height before trusting "indexed up to block N".
 */
export const indexedHead = onchainTable("indexed_head", (t) => ({
  chainId: t.integer().primaryKey(),
  number: t.bigint().notNull(),
  hash: t.hex().notNull(),
  timestamp: t.bigint().notNull(),
}));

/*//////////////////////////////////////////////////////////////
                            ACTIVITY
//////////////////////////////////////////////////////////////*/

/**
 * Every event of every indexed contract, as emitted (arguments as JSON with big numbers as decimal
 * strings). The activity feeds read it, and a new contract's events land here before it has tables.
 */
export const activity = onchainTable(
  "activity",
  (t) => ({
    id: t.text().primaryKey(),
    contract: t.text().notNull(),
    address: t.hex().notNull(),
    name: t.text().notNull(),
    /** The first indexed address argument, if any, or the transaction's sender: who the feed says acted. */
    account: t.hex().notNull(),
    /** The project the event concerns, when it names one (Distribute events). */
    projectId: t.bigint(),
    args: t.json().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    transactionHash: t.hex().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({
    byContractName: index().on(table.contract, table.name),
    byAccount: index().on(table.account),
    byProject: index().on(table.projectId),
    byBlock: index().on(table.blockNumber),
  }),
);

/*//////////////////////////////////////////////////////////////
                           DISTRIBUTE
//////////////////////////////////////////////////////////////*/

export const project = onchainTable(
  "project",
  (t) => ({
    id: t.bigint().primaryKey(),
    proposer: t.hex().notNull(),
    cost: t.bigint().notNull(),
    stakingDeadline: t.bigint().notNull(),
    requiredTokens: t.bigint().notNull(),
    requiredReputation: t.bigint().notNull(),
    collateralKind: t.integer().notNull(),
    collateral: t.bigint().notNull(),
    descriptionDigest: t.hex().notNull(),
    descriptionCodec: t.integer().notNull(),
    /** `IProjectRegistry.Stage` as a number (1 Proposed, 2 Staked … 9 Cancelled). */
    stage: t.integer().notNull(),
    stageDeadline: t.bigint().notNull(),
    stakedTokens: t.bigint().notNull(),
    stakedReputation: t.bigint().notNull(),
    stakerCount: t.integer().notNull(),
    taskListCount: t.integer().notNull(),
    leadingListId: t.bigint().notNull(),
    taskCount: t.integer().notNull(),
    /** Set when the project settles (Complete or Failed). */
    completedMask: t.bigint(),
    /** The proposal document's title, for text search (null: no gateway configured, or it did not answer in time). */
    title: t.text(),
    createdBlock: t.bigint().notNull(),
    createdAt: t.bigint().notNull(),
    updatedBlock: t.bigint().notNull(),
    updatedAt: t.bigint().notNull(),
  }),
  (table) => ({
    byStage: index().on(table.stage, table.id),
    byProposer: index().on(table.proposer),
    byCost: index().on(table.cost),
  }),
);

/** One account's stake in one project (net of unstaking; withdrawn once settled). */
export const projectStake = onchainTable(
  "project_stake",
  (t) => ({
    projectId: t.bigint().notNull(),
    staker: t.hex().notNull(),
    tokens: t.bigint().notNull(),
    reputation: t.bigint().notNull(),
    backedListId: t.bigint().notNull(),
    withdrawn: t.boolean().notNull(),
    etherReward: t.bigint().notNull(),
    reputationReward: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.projectId, table.staker] }), byStaker: index().on(table.staker) }),
);

export const taskList = onchainTable(
  "task_list",
  (t) => ({
    projectId: t.bigint().notNull(),
    listId: t.bigint().notNull(),
    author: t.hex().notNull(),
    taskCount: t.integer().notNull(),
    backerCount: t.integer().notNull(),
    replacedCount: t.integer().notNull(),
    submittedBlock: t.bigint().notNull(),
    submittedAt: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.projectId, table.listId] }), byAuthor: index().on(table.author) }),
);

/** A task of a project's accepted list, from activation on. */
export const task = onchainTable(
  "task",
  (t) => ({
    projectId: t.bigint().notNull(),
    taskIndex: t.integer().notNull(),
    /** open · claimed · submitted · slashed · paid. */
    state: t.text().notNull(),
    claimer: t.hex(),
    lock: t.bigint().notNull(),
    deadline: t.bigint().notNull(),
    evidenceDigest: t.hex(),
    evidenceCodec: t.integer(),
    approvals: t.integer().notNull(),
    rejections: t.integer().notNull(),
    etherPaid: t.bigint().notNull(),
    reputationMinted: t.bigint().notNull(),
    updatedBlock: t.bigint().notNull(),
  }),
  (table) => ({
    pk: primaryKey({ columns: [table.projectId, table.taskIndex] }),
    byClaimer: index().on(table.claimer),
    byState: index().on(table.state),
  }),
);

export const validation = onchainTable(
  "validation",
  (t) => ({
    projectId: t.bigint().notNull(),
    taskIndex: t.integer().notNull(),
    validator: t.hex().notNull(),
    approve: t.boolean().notNull(),
    slot: t.bigint().notNull(),
    stake: t.bigint().notNull(),
    reward: t.bigint(),
    paid: t.boolean().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
  }),
  (table) => ({
    pk: primaryKey({ columns: [table.projectId, table.taskIndex, table.validator] }),
    byValidator: index().on(table.validator),
  }),
);

/** One poll per disputed task, id `projectId << 8 | taskIndex` (`IPlcrVoting`). */
export const poll = onchainTable(
  "poll",
  (t) => ({
    id: t.bigint().primaryKey(),
    projectId: t.bigint().notNull(),
    taskIndex: t.integer().notNull(),
    opener: t.hex().notNull(),
    commitEnd: t.bigint().notNull(),
    revealEnd: t.bigint().notNull(),
    totalTokens: t.bigint().notNull(),
    totalReputation: t.bigint().notNull(),
    commits: t.integer().notNull(),
    tokensFor: t.bigint().notNull(),
    tokensAgainst: t.bigint().notNull(),
    reputationFor: t.bigint().notNull(),
    reputationAgainst: t.bigint().notNull(),
    openedBlock: t.bigint().notNull(),
  }),
  (table) => ({ byProject: index().on(table.projectId) }),
);

export const vote = onchainTable(
  "vote",
  (t) => ({
    pollId: t.bigint().notNull(),
    voter: t.hex().notNull(),
    commitHash: t.hex().notNull(),
    tokens: t.bigint().notNull(),
    reputation: t.bigint().notNull(),
    revealed: t.boolean().notNull(),
    support: t.boolean(),
    withdrawn: t.boolean().notNull(),
    committedBlock: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.pollId, table.voter] }), byVoter: index().on(table.voter) }),
);

/** Capital-token buys and sells; `price` is wei per whole token of that trade. */
export const trade = onchainTable(
  "trade",
  (t) => ({
    id: t.text().primaryKey(),
    account: t.hex().notNull(),
    kind: t.text().notNull(),
    etherAmount: t.bigint().notNull(),
    tokenAmount: t.bigint().notNull(),
    price: t.bigint().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
    transactionHash: t.hex().notNull(),
  }),
  (table) => ({ byAccount: index().on(table.account), byBlock: index().on(table.blockNumber) }),
);

/**
 * The capital token's pool, supply and spot prices after each block in which an event moved them,
 * read from the token at that block (so the release window's gradual effect is exact).
 */
export const pricePoint = onchainTable("price_point", (t) => ({
  blockNumber: t.bigint().primaryKey(),
  timestamp: t.bigint().notNull(),
  pool: t.bigint().notNull(),
  supply: t.bigint().notNull(),
  buyPrice: t.bigint().notNull(),
  sellPrice: t.bigint().notNull(),
}));

/** Registered members of the reputation registry. */
export const member = onchainTable(
  "member",
  (t) => ({
    account: t.hex().primaryKey(),
    identityHash: t.hex().notNull(),
    attester: t.hex().notNull(),
    initialReputation: t.bigint().notNull(),
    registeredBlock: t.bigint().notNull(),
    registeredAt: t.bigint().notNull(),
  }),
  (table) => ({ byAttester: index().on(table.attester) }),
);

/*//////////////////////////////////////////////////////////////
                          SCIPIO NETWORK
//////////////////////////////////////////////////////////////*/

/** Who holds which AccessControl role in which contract (the participants page reads ParticipantRegistry's). */
export const roleMember = onchainTable(
  "role_member",
  (t) => ({
    contract: t.text().notNull(),
    role: t.hex().notNull(),
    account: t.hex().notNull(),
    active: t.boolean().notNull(),
    grantedBy: t.hex().notNull(),
    grantedBlock: t.bigint().notNull(),
    grantedAt: t.bigint().notNull(),
    updatedBlock: t.bigint().notNull(),
  }),
  (table) => ({
    pk: primaryKey({ columns: [table.contract, table.role, table.account] }),
    byAccount: index().on(table.account),
    byRole: index().on(table.contract, table.role, table.active),
  }),
);

export const sptPurchase = onchainTable(
  "spt_purchase",
  (t) => ({
    id: t.text().primaryKey(),
    buyer: t.hex().notNull(),
    etherPaid: t.bigint().notNull(),
    tokens: t.bigint().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
  }),
  (table) => ({ byBuyer: index().on(table.buyer) }),
);

/** The SPT sale's running totals (one row, id = the sale's address). */
export const sptSale = onchainTable("spt_sale", (t) => ({
  id: t.hex().primaryKey(),
  purchases: t.integer().notNull(),
  etherRaised: t.bigint().notNull(),
  tokensSold: t.bigint().notNull(),
  finalized: t.boolean().notNull(),
  tokensBurned: t.bigint(),
  proceedsWithdrawn: t.bigint().notNull(),
}));

export const bandwidthToken = onchainTable(
  "bandwidth_token",
  (t) => ({
    address: t.hex().primaryKey(),
    operator: t.hex().notNull(),
    name: t.text().notNull(),
    symbol: t.text().notNull(),
    deliveryStart: t.bigint().notNull(),
    deliveryEnd: t.bigint().notNull(),
    totalSupply: t.bigint().notNull(),
    /** Whether the auction contract may mint it (its MinterAdded / MinterRemoved), as `createAuction` requires. */
    auctionMints: t.boolean().notNull(),
    createdBlock: t.bigint().notNull(),
  }),
  (table) => ({ byOperator: index().on(table.operator) }),
);

export const auction = onchainTable(
  "auction",
  (t) => ({
    id: t.bigint().primaryKey(),
    operator: t.hex().notNull(),
    token: t.hex().notNull(),
    /** The token's symbol, copied from its row when the auction was created (lists show it, and search it). */
    tokenSymbol: t.text().notNull(),
    investmentId: t.bigint().notNull(),
    offered: t.bigint().notNull(),
    price: t.bigint().notNull(),
    startsAt: t.bigint().notNull(),
    endsAt: t.bigint().notNull(),
    sold: t.bigint().notNull(),
    raised: t.bigint().notNull(),
    bidCount: t.integer().notNull(),
    settled: t.boolean().notNull(),
    cancelled: t.boolean().notNull(),
    /** Every IBT offered is sold: the auction is over before its end (a phase filter cannot compare two columns). */
    soldOut: t.boolean().notNull(),
    proceedsClaimed: t.boolean().notNull(),
    /** IBT units of the Common Pool claimed by holders or swept, as `getAuction().commonPoolClaimed`. */
    commonPoolClaimed: t.bigint().notNull(),
    commonPool: t.bigint(),
    /** The unclaimed Common Pool sent to the treasury after the claims closed. */
    commonPoolSwept: t.bigint(),
    createdBlock: t.bigint().notNull(),
  }),
  (table) => ({ byOperator: index().on(table.operator), byToken: index().on(table.token), byStart: index().on(table.startsAt) }),
);

export const bid = onchainTable(
  "bid",
  (t) => ({
    id: t.text().primaryKey(),
    auctionId: t.bigint().notNull(),
    bidder: t.hex().notNull(),
    amount: t.bigint().notNull(),
    paid: t.bigint().notNull(),
    priority: t.boolean().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
  }),
  (table) => ({ byAuction: index().on(table.auctionId), byBidder: index().on(table.bidder) }),
);

export const networkNode = onchainTable(
  "network_node",
  (t) => ({
    id: t.bigint().primaryKey(),
    owner: t.hex().notNull(),
    kind: t.integer().notNull(),
    status: t.integer().notNull(),
    latitude: t.integer().notNull(),
    longitude: t.integer().notNull(),
    metadataDigest: t.hex().notNull(),
    metadataCodec: t.integer().notNull(),
    removed: t.boolean().notNull(),
    registeredBlock: t.bigint().notNull(),
    updatedBlock: t.bigint().notNull(),
  }),
  (table) => ({
    byOwner: index().on(table.owner),
    byKindStatus: index().on(table.kind, table.status),
  }),
);

/** An investment the platform recorded for an operator; its auctions name it (`investmentId`). */
export const investment = onchainTable(
  "investment",
  (t) => ({
    id: t.bigint().primaryKey(),
    operator: t.hex().notNull(),
    total: t.bigint().notNull(),
    /** What its auctions have reserved of the half they may raise, as `getInvestment().committed` after each change. */
    committed: t.bigint().notNull(),
    platform: t.hex().notNull(),
    recordedBlock: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
  }),
  (table) => ({ byOperator: index().on(table.operator) }),
);

/*//////////////////////////////////////////////////////////////
                           GOVERNANCE
//////////////////////////////////////////////////////////////*/

/** A timelock operation (one or a batch of calls): its state and when it can run. */
export const governanceOperation = onchainTable(
  "governance_operation",
  (t) => ({
    id: t.hex().primaryKey(),
    /** "scheduled", "executed" or "cancelled". */
    status: t.text().notNull(),
    callCount: t.integer().notNull(),
    predecessor: t.hex().notNull(),
    salt: t.hex(),
    delay: t.bigint().notNull(),
    /** The block timestamp from which it may run (scheduled at + delay). */
    readyAt: t.bigint().notNull(),
    scheduledBlock: t.bigint().notNull(),
    updatedBlock: t.bigint().notNull(),
  }),
  (table) => ({ byStatus: index().on(table.status) }),
);

/** One call of a timelock operation, by its index in the batch. */
export const governanceCall = onchainTable(
  "governance_call",
  (t) => ({
    operationHash: t.hex().notNull(),
    index: t.bigint().notNull(),
    target: t.hex().notNull(),
    value: t.bigint().notNull(),
    data: t.hex().notNull(),
    executed: t.boolean().notNull(),
    scheduledBlock: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.operationHash, table.index] }), byTarget: index().on(table.target) }),
);

/*//////////////////////////////////////////////////////////////
                           OPERATIONS
//////////////////////////////////////////////////////////////*/

/** A compensation period once closed (totals in settlement-token units). */
export const compensationPeriod = onchainTable("compensation_period", (t) => ({
  id: t.bigint().primaryKey(),
  expenses: t.bigint().notNull(),
  platformFee: t.bigint().notNull(),
  consumption: t.bigint().notNull(),
  voided: t.boolean().notNull(),
  closedBlock: t.bigint().notNull(),
  closedAt: t.bigint().notNull(),
}));

/** An account's position in a period: what it owes (`net` < 0) or is owed, and what it settled or claimed. */
export const position = onchainTable(
  "position",
  (t) => ({
    period: t.bigint().notNull(),
    account: t.hex().notNull(),
    net: t.bigint().notNull(),
    /** ICompensationTable.PositionKind. */
    kind: t.integer().notNull(),
    settled: t.bigint().notNull(),
    /** The debt still owed after the last settlement. */
    remaining: t.bigint(),
    claimed: t.bigint().notNull(),
    recordedBlock: t.bigint().notNull(),
    updatedBlock: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.period, table.account] }), byAccount: index().on(table.account) }),
);

/** An operator's consumption for a period: the ledger's record and review, and how the table counted it. */
export const consumption = onchainTable(
  "consumption",
  (t) => ({
    operator: t.hex().notNull(),
    period: t.bigint().notNull(),
    feeder: t.hex().notNull(),
    amount: t.bigint().notNull(),
    carried: t.boolean().notNull(),
    /** "recorded", "validated", "disputed" or "ruled". */
    state: t.text().notNull(),
    disputeSubjectId: t.bigint(),
    ruling: t.integer(),
    /** How the compensation table took it at closing: "counted", "carried" or "withheld". */
    counted: t.text(),
    carriedInto: t.bigint(),
    expensesAtClose: t.bigint(),
    recordedBlock: t.bigint().notNull(),
    updatedBlock: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.operator, table.period] }), byPeriod: index().on(table.period) }),
);

/** A declared expense and where it is (IExpenseLedger.ExpenseStatus). */
export const expense = onchainTable(
  "expense",
  (t) => ({
    id: t.bigint().primaryKey(),
    declarer: t.hex().notNull(),
    period: t.bigint().notNull(),
    amount: t.bigint().notNull(),
    invoiceKey: t.hex().notNull(),
    evidenceDigest: t.hex().notNull(),
    evidenceCodec: t.integer().notNull(),
    drawAnchor: t.bigint().notNull(),
    status: t.integer().notNull(),
    validations: t.integer().notNull(),
    rejections: t.integer().notNull(),
    creditedPeriod: t.bigint(),
    disputableUntil: t.bigint(),
    depositReleasedTo: t.hex(),
    declaredBlock: t.bigint().notNull(),
    declaredAt: t.bigint().notNull(),
    updatedBlock: t.bigint().notNull(),
  }),
  (table) => ({
    byDeclarer: index().on(table.declarer),
    byStatus: index().on(table.status),
    byPeriod: index().on(table.period),
  }),
);

/** A reviewer drawn for an expense: the review queue ("drawn for me, still to answer") is one query. */
export const review = onchainTable(
  "review",
  (t) => ({
    expenseId: t.bigint().notNull(),
    reviewer: t.hex().notNull(),
    slot: t.bigint().notNull(),
    answerBy: t.bigint(),
    /** IExpenseLedger.Verdict: 0 while unanswered. */
    verdict: t.integer().notNull(),
    reasonDigest: t.hex(),
    reasonCodec: t.integer(),
    /** Another reviewer took the slot. */
    replaced: t.boolean().notNull(),
    /** The reviewer may still answer: drawn, not answered, not replaced, and the expense still pending. */
    open: t.boolean().notNull(),
    drawnBlock: t.bigint().notNull(),
    updatedBlock: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.expenseId, table.reviewer] }), byReviewer: index().on(table.reviewer, table.open) }),
);

/** An account registered as a legal entity with the expense ledger. */
export const expenseEntity = onchainTable("expense_entity", (t) => ({
  account: t.hex().primaryKey(),
  entityHash: t.hex().notNull(),
  registeredBlock: t.bigint().notNull(),
}));

/** A dispute at the court: its current stage and status (IDisputeCourt.Stage / DisputeStatus). */
export const dispute = onchainTable(
  "dispute",
  (t) => ({
    id: t.bigint().primaryKey(),
    subject: t.hex().notNull(),
    subjectId: t.bigint().notNull(),
    opener: t.hex().notNull(),
    respondent: t.hex().notNull(),
    respondentExempt: t.boolean().notNull(),
    stage: t.integer().notNull(),
    status: t.integer().notNull(),
    resolver: t.hex(),
    ruling: t.integer(),
    resolution: t.integer(),
    feesPaid: t.bigint().notNull(),
    evidenceDigest: t.hex().notNull(),
    responseDeadline: t.bigint(),
    decisionDeadline: t.bigint(),
    appealDeadline: t.bigint(),
    openedBlock: t.bigint().notNull(),
    openedAt: t.bigint().notNull(),
    updatedBlock: t.bigint().notNull(),
  }),
  (table) => ({
    byOpener: index().on(table.opener),
    byRespondent: index().on(table.respondent),
    byStatus: index().on(table.status),
    bySubject: index().on(table.subject, table.subjectId),
    byResolver: index().on(table.resolver),
  }),
);

/** A resolver of the court's pool: whether it is in, its record and what it withdrew. */
export const resolver = onchainTable("resolver", (t) => ({
  account: t.hex().primaryKey(),
  active: t.boolean().notNull(),
  assigned: t.integer().notNull(),
  decided: t.integer().notNull(),
  missed: t.integer().notNull(),
  earningsWithdrawn: t.bigint().notNull(),
  addedBlock: t.bigint().notNull(),
  updatedBlock: t.bigint().notNull(),
}));

/** An operator's customer (IBilling.CustomerKind), from the period it was registered. */
export const customer = onchainTable(
  "customer",
  (t) => ({
    operator: t.hex().notNull(),
    customer: t.hex().notNull(),
    kind: t.integer().notNull(),
    registeredPeriod: t.bigint().notNull(),
    removedPeriod: t.bigint(),
    active: t.boolean().notNull(),
    updatedBlock: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.operator, table.customer] }), byCustomer: index().on(table.customer) }),
);

export const customerPayment = onchainTable(
  "customer_payment",
  (t) => ({
    id: t.text().primaryKey(),
    operator: t.hex().notNull(),
    customer: t.hex().notNull(),
    token: t.hex().notNull(),
    amount: t.bigint().notNull(),
    period: t.bigint().notNull(),
    blockNumber: t.bigint().notNull(),
    timestamp: t.bigint().notNull(),
  }),
  (table) => ({ byOperatorPeriod: index().on(table.operator, table.period), byCustomer: index().on(table.customer) }),
);

export const invoice = onchainTable(
  "invoice",
  (t) => ({
    operator: t.hex().notNull(),
    period: t.bigint().notNull(),
    ibtReceived: t.bigint().notNull(),
    payments: t.bigint().notNull(),
    fibreCustomers: t.bigint().notNull(),
    wifiCustomers: t.bigint().notNull(),
    deploymentContribution: t.bigint().notNull(),
    maintenanceContribution: t.bigint().notNull(),
    documentDigest: t.hex().notNull(),
    documentCodec: t.integer().notNull(),
    issuer: t.hex().notNull(),
    issuedBlock: t.bigint().notNull(),
    issuedAt: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.operator, table.period] }), byPeriod: index().on(table.period) }),
);

export const tariff = onchainTable(
  "tariff",
  (t) => ({
    operator: t.hex().notNull(),
    period: t.bigint().notNull(),
    token: t.hex().notNull(),
    fibre: t.bigint().notNull(),
    wifi: t.bigint().notNull(),
    setBlock: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.operator, table.period] }) }),
);

/*//////////////////////////////////////////////////////////////
                            RELATIONS
//////////////////////////////////////////////////////////////*/

export const projectRelations = relations(project, ({ many }) => ({
  stakes: many(projectStake),
  taskLists: many(taskList),
  tasks: many(task),
  polls: many(poll),
}));
export const projectStakeRelations = relations(projectStake, ({ one }) => ({
  project: one(project, { fields: [projectStake.projectId], references: [project.id] }),
}));
export const taskListRelations = relations(taskList, ({ one }) => ({
  project: one(project, { fields: [taskList.projectId], references: [project.id] }),
}));
export const taskRelations = relations(task, ({ one }) => ({
  project: one(project, { fields: [task.projectId], references: [project.id] }),
}));
export const pollRelations = relations(poll, ({ one, many }) => ({
  project: one(project, { fields: [poll.projectId], references: [project.id] }),
  votes: many(vote),
}));
export const voteRelations = relations(vote, ({ one }) => ({
  poll: one(poll, { fields: [vote.pollId], references: [poll.id] }),
}));
export const auctionRelations = relations(auction, ({ many }) => ({ bids: many(bid) }));
export const bidRelations = relations(bid, ({ one }) => ({
  auction: one(auction, { fields: [bid.auctionId], references: [auction.id] }),
}));
export const governanceOperationRelations = relations(governanceOperation, ({ many }) => ({ calls: many(governanceCall) }));
export const governanceCallRelations = relations(governanceCall, ({ one }) => ({
  operation: one(governanceOperation, { fields: [governanceCall.operationHash], references: [governanceOperation.id] }),
}));
export const expenseRelations = relations(expense, ({ many }) => ({ reviews: many(review) }));
export const reviewRelations = relations(review, ({ one }) => ({
  expense: one(expense, { fields: [review.expenseId], references: [expense.id] }),
}));
