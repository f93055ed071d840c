import { member, poll, pricePoint, project, projectStake, task, taskList, trade, validation, vote } from "ponder:schema";
import type { Context, Event } from "ponder:registry";
import { projectTitle } from "../documents";
import type { HandlerMap } from "./types";

const WHOLE = 10n ** 18n;
/** `IProjectRegistry.Stage.Proposed`: a proposal emits no StageChanged for its first stage. */
const PROPOSED = 1;

/** The capital token's state at the event's block: pool, supply and the two spot prices. */
async function recordPrice(event: Event<"CapitalToken:Bought">, context: Context<"CapitalToken:Bought">) {
  const { address } = event.log;
  const blockNumber = event.block.number;
  // The state read at a block is the one after its last event: one read per block is enough.
  if (await context.db.find(pricePoint, { blockNumber })) return;
  const read = { address, abi: context.contracts.CapitalToken.abi, blockNumber } as const;
  const [[pool, supply], [buyPrice, sellPrice]] = await Promise.all([
    context.client.readContract({ ...read, functionName: "priceState" }),
    context.client.readContract({ ...read, functionName: "spotPrice" }),
  ]);
  const point = { timestamp: event.block.timestamp, pool, supply, buyPrice, sellPrice };
  await context.db.insert(pricePoint).values({ blockNumber, ...point });
}

type PriceEventArgs = { event: Event<"CapitalToken:Bought">; context: Context<"CapitalToken:Bought"> };
// The price events differ only in their arguments, which the price reading does not use.
const priceMoved = (args: unknown) => recordPrice((args as PriceEventArgs).event, (args as PriceEventArgs).context);

async function addStake(
  context: Context<"ProjectRegistry:TokensStaked">,
  event: Event<"ProjectRegistry:TokensStaked">,
  delta: { tokens?: bigint; reputation?: bigint },
) {
  const { projectId, staker } = event.args;
  const tokens = delta.tokens ?? 0n;
  const reputation = delta.reputation ?? 0n;
  const existing = await context.db.find(projectStake, { projectId, staker });
  if (!existing) {
    await context.db.insert(projectStake).values({
      projectId,
      staker,
      tokens,
      reputation,
      backedListId: 0n,
      withdrawn: false,
      etherReward: 0n,
      reputationReward: 0n,
    });
    await context.db.update(project, { id: projectId }).set((row) => ({ stakerCount: row.stakerCount + 1 }));
  } else {
    await context.db
      .update(projectStake, { projectId, staker })
      .set({ tokens: existing.tokens + tokens, reputation: existing.reputation + reputation });
  }
  await context.db.update(project, { id: projectId }).set((row) => ({
    stakedTokens: row.stakedTokens + tokens,
    stakedReputation: row.stakedReputation + reputation,
    updatedBlock: event.block.number,
    updatedAt: event.block.timestamp,
  }));
}
type StakeArgs = { event: Event<"ProjectRegistry:TokensStaked">; context: Context<"ProjectRegistry:TokensStaked"> };
const asStake = (args: unknown) => args as StakeArgs;

async function taskUpdate(context: Context<"TaskRegistry:TaskClaimed">, projectId: bigint, taskIndex: bigint, set: Partial<typeof task.$inferInsert>, block: bigint) {
  await context.db
    .insert(task)
    .values({
      projectId,
      taskIndex: Number(taskIndex),
      state: "open",
      lock: 0n,
      deadline: 0n,
      approvals: 0,
      rejections: 0,
      etherPaid: 0n,
      reputationMinted: 0n,
      updatedBlock: block,
      ...set,
    })
    .onConflictDoUpdate({ ...set, updatedBlock: block });
}
const taskContext = (context: unknown) => context as Context<"TaskRegistry:TaskClaimed">;

export const distributeHandlers = {
  /*//////////////////////////////////////////////////////////////
                           CAPITAL TOKEN
  //////////////////////////////////////////////////////////////*/
  "CapitalToken:Bought": async (args) => {
    const { event, context } = args;
    const { buyer, etherIn, tokensOut } = event.args;
    await context.db.insert(trade).values({
      id: event.id,
      account: buyer,
      kind: "buy",
      etherAmount: etherIn,
      tokenAmount: tokensOut,
      price: tokensOut === 0n ? 0n : (etherIn * WHOLE) / tokensOut,
      blockNumber: event.block.number,
      timestamp: event.block.timestamp,
      transactionHash: event.transaction.hash,
    });
    await priceMoved(args);
  },
  "CapitalToken:Sold": async (args) => {
    const { event, context } = args;
    const { seller, tokensIn, etherOut } = event.args;
    await context.db.insert(trade).values({
      id: event.id,
      account: seller,
      kind: "sell",
      etherAmount: etherOut,
      tokenAmount: tokensIn,
      price: tokensIn === 0n ? 0n : (etherOut * WHOLE) / tokensIn,
      blockNumber: event.block.number,
      timestamp: event.block.timestamp,
      transactionHash: event.transaction.hash,
    });
    await priceMoved(args);
  },
  "CapitalToken:ReleaseScheduled": priceMoved,
  "CapitalToken:ProjectFunded": priceMoved,
  "CapitalToken:StakeBurned": priceMoved,
  "CapitalToken:Approval": null,
  "CapitalToken:Transfer": null,
  "CapitalToken:EscrowPaid": null,
  "CapitalToken:EscrowSent": null,
  "CapitalToken:EscrowReturned": null,
  "CapitalToken:OwedWithdrawn": null,

  /*//////////////////////////////////////////////////////////////
                        REPUTATION REGISTRY
  //////////////////////////////////////////////////////////////*/
  "ReputationRegistry:Registered": async ({ event, context }) => {
    const { account, identityHash, attester, amount } = event.args;
    await context.db
      .insert(member)
      .values({
        account,
        identityHash,
        attester,
        initialReputation: amount,
        registeredBlock: event.block.number,
        registeredAt: event.block.timestamp,
      })
      .onConflictDoNothing();
  },
  "ReputationRegistry:AttesterSet": null,
  "ReputationRegistry:EIP712DomainChanged": null,
  "ReputationRegistry:FirstReputationSet": null,
  "ReputationRegistry:ReputationBurned": null,
  "ReputationRegistry:ReputationLocked": null,
  "ReputationRegistry:ReputationMinted": null,
  "ReputationRegistry:ReputationUnlocked": null,

  /*//////////////////////////////////////////////////////////////
                         PROJECT REGISTRY
  //////////////////////////////////////////////////////////////*/
  "ProjectRegistry:ProjectProposed": async ({ event, context }) => {
    const a = event.args;
    const title = await projectTitle(a.descriptionDigest, a.descriptionCodec);
    await context.db.insert(project).values({
      id: a.projectId,
      title,
      proposer: a.proposer,
      cost: a.cost,
      stakingDeadline: a.stakingDeadline,
      requiredTokens: a.requiredTokens,
      requiredReputation: a.requiredReputation,
      collateralKind: a.collateralKind,
      collateral: a.collateral,
      descriptionDigest: a.descriptionDigest,
      descriptionCodec: a.descriptionCodec,
      stage: PROPOSED,
      stageDeadline: a.stakingDeadline,
      stakedTokens: 0n,
      stakedReputation: 0n,
      stakerCount: 0,
      taskListCount: 0,
      leadingListId: 0n,
      taskCount: 0,
      createdBlock: event.block.number,
      createdAt: event.block.timestamp,
      updatedBlock: event.block.number,
      updatedAt: event.block.timestamp,
    });
  },
  "ProjectRegistry:StageChanged": async ({ event, context }) => {
    await context.db.update(project, { id: event.args.projectId }).set({
      stage: event.args.stage,
      stageDeadline: event.args.stageDeadline,
      updatedBlock: event.block.number,
      updatedAt: event.block.timestamp,
    });
  },
  "ProjectRegistry:TokensStaked": async (args) => addStake(args.context, args.event, { tokens: args.event.args.amount }),
  "ProjectRegistry:TokensUnstaked": async (args) => {
    const { context, event } = asStake(args);
    await addStake(context, event, { tokens: -event.args.amount });
  },
  "ProjectRegistry:ReputationStaked": async (args) => {
    const { context, event } = asStake(args);
    await addStake(context, event, { reputation: event.args.amount });
  },
  "ProjectRegistry:ReputationUnstaked": async (args) => {
    const { context, event } = asStake(args);
    await addStake(context, event, { reputation: -event.args.amount });
  },
  "ProjectRegistry:StakeWithdrawn": async ({ event, context }) => {
    const { projectId, staker, etherReward, reputationReward } = event.args;
    await context.db.update(projectStake, { projectId, staker }).set({ withdrawn: true, etherReward, reputationReward });
  },
  "ProjectRegistry:TaskListSubmitted": async ({ event, context }) => {
    const { projectId, listId, author, taskCount, replaced } = event.args;
    const values = { author, taskCount: Number(taskCount), submittedBlock: event.block.number, submittedAt: event.block.timestamp };
    await context.db
      .insert(taskList)
      .values({ projectId, listId, backerCount: 0, replacedCount: 0, ...values })
      .onConflictDoUpdate((row) => ({ ...values, replacedCount: row.replacedCount + (replaced ? 1 : 0) }));
    if (!replaced) await context.db.update(project, { id: projectId }).set((row) => ({ taskListCount: row.taskListCount + 1 }));
  },
  "ProjectRegistry:TaskListBacked": async ({ event, context }) => {
    const { projectId, staker, listId, previousListId } = event.args;
    if (previousListId !== 0n) {
      await context.db.update(taskList, { projectId, listId: previousListId }).set((row) => ({ backerCount: row.backerCount - 1 }));
    }
    if (listId !== 0n) await context.db.update(taskList, { projectId, listId }).set((row) => ({ backerCount: row.backerCount + 1 }));
    const stake = await context.db.find(projectStake, { projectId, staker });
    if (stake) await context.db.update(projectStake, { projectId, staker }).set({ backedListId: listId });
  },
  "ProjectRegistry:LeadingListChanged": async ({ event, context }) => {
    await context.db.update(project, { id: event.args.projectId }).set({ leadingListId: event.args.listId });
  },
  "ProjectRegistry:CollateralSettled": null,
  // Both only explain a state the project's other events already carry (it stays Proposed; the pool grew).
  "ProjectRegistry:PoolShortAtFullStake": null,
  "ProjectRegistry:StakerRewardRemainderReturned": null,

  /*//////////////////////////////////////////////////////////////
                           TASK REGISTRY
  //////////////////////////////////////////////////////////////*/
  "TaskRegistry:TasksActivated": async ({ event, context }) => {
    const { projectId, taskCount } = event.args;
    await context.db.update(project, { id: projectId }).set({ taskCount: Number(taskCount) });
    for (let index = 0n; index < taskCount; index++) await taskUpdate(taskContext(context), projectId, index, {}, event.block.number);
  },
  "TaskRegistry:TaskClaimed": async ({ event, context }) => {
    const { projectId, taskIndex, claimer, lock, deadline } = event.args;
    await taskUpdate(context, projectId, taskIndex, { state: "claimed", claimer, lock, deadline }, event.block.number);
  },
  "TaskRegistry:EvidenceSubmitted": async ({ event, context }) => {
    const { projectId, taskIndex, digest, codec } = event.args;
    await taskUpdate(
      taskContext(context),
      projectId,
      taskIndex,
      { state: "submitted", evidenceDigest: digest, evidenceCodec: codec },
      event.block.number,
    );
  },
  "TaskRegistry:TaskSlashed": async ({ event, context }) => {
    const { projectId, taskIndex } = event.args;
    await taskUpdate(taskContext(context), projectId, taskIndex, { state: "slashed", claimer: null, evidenceDigest: null }, event.block.number);
  },
  "TaskRegistry:TaskValidated": async ({ event, context }) => {
    const { projectId, taskIndex, validator, approve, slot, stake } = event.args;
    await context.db.insert(validation).values({
      projectId,
      taskIndex: Number(taskIndex),
      validator,
      approve,
      slot,
      stake,
      paid: false,
      blockNumber: event.block.number,
      timestamp: event.block.timestamp,
    });
    await context.db
      .update(task, { projectId, taskIndex: Number(taskIndex) })
      .set((row) => (approve ? { approvals: row.approvals + 1 } : { rejections: row.rejections + 1 }));
  },
  "TaskRegistry:ValidatorPaid": async ({ event, context }) => {
    const { projectId, taskIndex, validator, reward } = event.args;
    await context.db.update(validation, { projectId, taskIndex: Number(taskIndex), validator }).set({ reward, paid: true });
  },
  "TaskRegistry:ClaimerPaid": async ({ event, context }) => {
    const { projectId, taskIndex, etherPaid, reputationMinted } = event.args;
    await taskUpdate(taskContext(context), projectId, taskIndex, { state: "paid", etherPaid, reputationMinted }, event.block.number);
  },
  "TaskRegistry:ProjectSettled": async ({ event, context }) => {
    await context.db.update(project, { id: event.args.projectId }).set({ completedMask: BigInt(event.args.completedMask) });
  },
  "TaskRegistry:ValidationStarted": null,
  "TaskRegistry:VotingStarted": null,

  /*//////////////////////////////////////////////////////////////
                              VOTING
  //////////////////////////////////////////////////////////////*/
  "PlcrVoting:PollsOpened": async ({ event, context }) => {
    const { projectId, opener, taskMask, commitEnd, revealEnd, totalTokens, totalReputation } = event.args;
    for (let taskIndex = 0; taskIndex < 32; taskIndex++) {
      if ((taskMask & (1 << taskIndex)) === 0) continue;
      await context.db.insert(poll).values({
        id: (projectId << 8n) | BigInt(taskIndex),
        projectId,
        taskIndex,
        opener,
        commitEnd,
        revealEnd,
        totalTokens,
        totalReputation,
        commits: 0,
        tokensFor: 0n,
        tokensAgainst: 0n,
        reputationFor: 0n,
        reputationAgainst: 0n,
        openedBlock: event.block.number,
      });
    }
  },
  "PlcrVoting:VoteCommitted": async ({ event, context }) => {
    const { pollId, voter, commitHash, tokens, reputation } = event.args;
    await context.db
      .insert(vote)
      .values({ pollId, voter, commitHash, tokens, reputation, revealed: false, withdrawn: false, committedBlock: event.block.number });
    await context.db.update(poll, { id: pollId }).set((row) => ({ commits: row.commits + 1 }));
  },
  "PlcrVoting:VoteRevealed": async ({ event, context }) => {
    const { pollId, voter, support, tokens, reputation } = event.args;
    await context.db.update(vote, { pollId, voter }).set({ revealed: true, support });
    await context.db.update(poll, { id: pollId }).set((row) =>
      support
        ? { tokensFor: row.tokensFor + tokens, reputationFor: row.reputationFor + reputation }
        : { tokensAgainst: row.tokensAgainst + tokens, reputationAgainst: row.reputationAgainst + reputation },
    );
  },
  "PlcrVoting:EscrowWithdrawn": async ({ event, context }) => {
    await context.db.update(vote, { pollId: event.args.pollId, voter: event.args.voter }).set({ withdrawn: true });
  },
} satisfies Partial<HandlerMap>;
