import { formatEuros as euros, formatUnits18 as amount } from "./format.ts";

type Explain = (args: readonly unknown[]) => string;

const STAGES = ["none", "Proposed", "Staked", "Active", "Validation", "Voting", "Complete", "Failed", "Expired", "Cancelled"];
const stageName = (stage: unknown) => STAGES[Number(stage)] ?? `stage ${String(stage)}`;
const date = (seconds: unknown) => new Date(Number(seconds) * 1000).toISOString().replace("T", " ").slice(0, 16) + " UTC";
const DISPUTE_STATUS_WORDS = [
  "does not exist",
  "is waiting for the other side's deposit",
  "is waiting for its resolver to be assigned",
  "is waiting for the resolver's decision",
  "was decided and may be appealed",
  "is resolved",
];
const disputeStatus = (status: unknown) => DISPUTE_STATUS_WORDS[Number(status)] ?? `is in status ${String(status)}`;
const PERIOD_PHASES = ["upcoming", "running", "in its grace window", "in review", "closable", "closed"];
const periodPhase = (phase: unknown) => PERIOD_PHASES[Number(phase)] ?? `in phase ${String(phase)}`;
const CONSUMPTION_STATES = ["not recorded", "recorded", "validated", "in dispute", "voided"];
const consumptionState = (state: unknown) => CONSUMPTION_STATES[Number(state)] ?? `in state ${String(state)}`;
const EXPENSE_STATUSES = ["none", "Pending", "Validated", "Rejected", "Disputed", "Lapsed", "Forfeited", "Dismissed"];
const expenseStatus = (status: unknown) => EXPENSE_STATUSES[Number(status)] ?? `status ${String(status)}`;
const outOfBounds: Explain = ([name, value, min, max]) =>
  `Parameter ${String(name)} is ${String(value)}; it must be between ${String(min)} and ${String(max)}.`;

/**
 * One human message per custom error of every deployed contract (a test checks that the
 * generated ABIs leave none out). Arguments arrive in the order the error declares them.
 */
export const contractErrorMessages: Record<string, Explain> = {
  // OpenZeppelin 5
  ERC20InsufficientBalance: ([, balance, needed]) =>
    `Your balance is ${amount(balance)} but ${amount(needed)} is needed.`,
  ERC20InsufficientAllowance: ([, allowance, needed]) =>
    `The contract may spend ${amount(allowance)} of your tokens but needs ${amount(needed)}. Approve more first.`,
  ERC20InvalidSender: () => "Tokens cannot be sent from the zero address.",
  ERC20InvalidReceiver: () => "Tokens cannot be sent to the zero address.",
  ERC20InvalidApprover: () => "The zero address cannot approve spending.",
  ERC20InvalidSpender: () => "The zero address cannot be approved to spend.",
  AccessControlUnauthorizedAccount: ([account]) =>
    `Account ${String(account)} does not have the role this action needs.`,
  AccessControlBadConfirmation: () => "Only the account itself can renounce its role.",
  ReentrancyGuardReentrantCall: () => "A call tried to re-enter the contract and was stopped.",
  ECDSAInvalidSignature: () => "The signature is not valid.",
  ECDSAInvalidSignatureLength: () => "The signature has the wrong length.",
  ECDSAInvalidSignatureS: () => "The signature is malformed.",
  FailedCall: () => "A call to another contract failed.",
  InsufficientBalance: ([balance, needed]) => `The contract holds ${amount(balance)} but ${amount(needed)} is needed.`,
  InvalidShortString: () => "A name is too long.",
  StringTooLong: () => "A name is too long.",
  SafeERC20FailedOperation: () => "A token transfer failed.",
  SafeCastOverflowedUintDowncast: () => "A number is too large.",
  InvalidAccountNonce: () => "The signature was already used.",
  ERC5805FutureLookup: () => "That moment has not happened yet.",
  ERC6372InconsistentClock: () => "The token's clock is inconsistent.",
  VotesExpiredSignature: () => "The signature has expired.",
  ERC20ExceededSafeSupply: () => "The supply would exceed what votes can track.",
  // TimelockController (governance)
  TimelockInvalidOperationLength: () => "The governance batch's targets, values and calls differ in length.",
  TimelockInsufficientDelay: ([delay, minDelay]) =>
    `A governance change must wait at least ${String(minDelay)} seconds; ${String(delay)} was given.`,
  TimelockUnexpectedOperationState: () =>
    "This governance change is not in the state the action needs: it is not scheduled, not ready yet (its delay has not passed), or already done.",
  TimelockUnexecutedPredecessor: () => "An earlier governance change this one depends on has not been executed yet.",
  TimelockUnauthorizedCaller: () => "Only the governance timelock itself can change its delay.",
  // CapitalToken
  CapitalZeroEther: () => "Enter how much ether to spend.",
  CapitalZeroAmount: () => "Enter an amount greater than zero.",
  CapitalInsufficientTokensOut: ([tokensOut, minTokensOut]) =>
    `The price moved: this ether now buys ${amount(tokensOut)} tokens, fewer than your minimum of ${amount(minTokensOut)}. Raise the slippage or try again.`,
  CapitalInsufficientEtherOut: ([etherOut, minEtherOut]) =>
    `The price moved: these tokens now pay ${amount(etherOut)} ETH, less than your minimum of ${amount(minEtherOut)}. Raise the slippage or try again.`,
  CapitalInsufficientPool: ([available, needed]) =>
    `The pool has ${amount(available)} ETH available but ${amount(needed)} ETH is needed.`,
  CapitalInsufficientEscrow: ([projectId, escrowed, needed]) =>
    `Project #${String(projectId)} holds ${amount(escrowed)} ETH in escrow but ${amount(needed)} ETH is needed.`,
  CapitalNothingOwed: () => "You have no ether to withdraw.",
  CapitalEtherTransferFailed: ([, value]) =>
    `Sending ${amount(value)} ETH to your account failed. If it is a contract, it must accept ether.`,
  CapitalAmountTooLarge: ([value, max]) => `${amount(value)} is more than the largest amount accepted (${amount(max)}).`,
  CapitalParameterOutOfBounds: outOfBounds,
  CapitalNotProtocol: ([caller]) =>
    `Account ${String(caller)} is not one of the Distribute contracts fixed at deployment; only they move stakes, escrows and pool ether.`,

  // ReputationRegistry
  ReputationAttestationExpired: () => "The identity attestation expired. Request a new one and register again.",
  ReputationUnapprovedAttester: () => "The attestation was signed by a service that governance has not approved.",
  ReputationIdentityTaken: () => "This identity is already registered to another account. Each identity gets first reputation once.",
  ReputationAccountRegistered: () => "This account is already registered. Each account gets first reputation once.",
  ReputationZeroValue: () => "The value must be greater than zero.",
  ReputationZeroAmount: () => "Enter an amount greater than zero.",
  ReputationInsufficientBalance: ([, balance, needed]) =>
    `You have ${amount(balance)} REP free but ${amount(needed)} REP is needed.`,
  ReputationInsufficientLocked: ([, locked, needed]) =>
    `Only ${amount(locked)} REP is locked here but ${amount(needed)} REP was asked for.`,
  ReputationParameterOutOfBounds: outOfBounds,
  ReputationNotProtocol: ([caller]) =>
    `Account ${String(caller)} is not one of the Distribute contracts fixed at deployment; only they mint, lock or burn reputation.`,

  // ProjectRegistry
  ProjectNotFound: ([projectId]) => `There is no project #${String(projectId)}.`,
  ProjectWrongStage: ([projectId, stage, expected]) =>
    `Project #${String(projectId)} is ${stageName(stage)}; this needs it to be ${stageName(expected)}.`,
  ProjectZeroCost: () => "Enter a project cost greater than zero.",
  ProjectCostTooSmall: ([cost, minCost]) =>
    `A cost of ${amount(cost)} ETH is below the smallest accepted (${amount(minCost)} ETH). Raise the cost.`,
  ProjectNotProtocol: ([caller]) =>
    `Account ${String(caller)} is not the task registry fixed at deployment; only it moves a project past Active.`,
  ProjectCostTooLarge: ([cost, max]) => `A cost of ${amount(cost)} ETH is above the largest accepted (${amount(max)} ETH).`,
  ProjectPoolTooSmall: ([available, needed]) =>
    `The pool has ${amount(available)} ETH available but the project needs ${amount(needed)} ETH (its cost plus 7% for rewards and validation). Lower the cost.`,
  ProjectNoReputation: () => "No reputation exists yet: someone must register an identity before projects can be proposed.",
  ProjectStakingDeadlineOutOfRange: ([deadline, earliest, latest]) =>
    `The staking deadline ${date(deadline)} must fall between ${date(earliest)} and ${date(latest)}.`,
  ProjectEmptyDigest: () => "The project needs a description uploaded to IPFS.",
  ProjectNotProposer: ([projectId]) => `Only the proposer of project #${String(projectId)} can do this.`,
  ProjectHasStakes: ([projectId]) => `Project #${String(projectId)} already has stakes, so it can no longer be cancelled.`,
  ProjectStakingClosed: ([projectId, deadline]) =>
    `Staking on project #${String(projectId)} closed at ${date(deadline)}.`,
  ProjectZeroAmount: () => "Enter an amount greater than zero.",
  ProjectRequirementMet: ([projectId]) => `Project #${String(projectId)} already has all the stake it needs of that kind.`,
  ProjectUnstakeWindowClosed: ([projectId, closedSince]) =>
    `Unstaking from project #${String(projectId)} closed at ${date(closedSince)}: stakes are locked in the final window before the deadline.`,
  ProjectInsufficientStake: ([, , staked, requested]) =>
    `You have ${amount(staked)} staked here but tried to take back ${amount(requested)}.`,
  ProjectNotDue: ([projectId, stage, dueAt]) =>
    `Project #${String(projectId)} stays ${stageName(stage)} until ${date(dueAt)}.`,
  ProjectPeriodEnded: ([projectId, deadline]) => `That period of project #${String(projectId)} ended at ${date(deadline)}.`,
  ProjectNotStaker: ([projectId]) => `Only stakers of project #${String(projectId)} can do this. Stake first.`,
  ProjectStakeTooSmallToSubmit: ([, , minTokens, minReputation]) =>
    `Submitting a task list needs a stake of at least ${amount(minTokens)} tokens or ${amount(minReputation)} REP.`,
  ProjectTaskCountOutOfRange: ([count, max]) => `A task list has 1 to ${String(max)} tasks; this one has ${String(count)}.`,
  ProjectZeroWeighting: ([index]) => `Task ${Number(index) + 1} needs a weighting of at least 0.01%.`,
  ProjectEmptyTaskDigest: ([index]) => `Task ${Number(index) + 1} needs a description.`,
  ProjectWeightingsSum: ([sum]) => `Weightings must total exactly 100%; these total ${(Number(sum) / 100).toFixed(2)}%.`,
  ProjectListBackedByOthers: ([, , otherBackers]) =>
    `Your list is backed by ${String(otherBackers)} other staker(s), so it can no longer be replaced.`,
  ProjectTaskListNotFound: ([projectId, listId]) => `Project #${String(projectId)} has no task list #${String(listId)}.`,
  ProjectAlreadyBacking: ([, listId]) => `You already back task list #${String(listId)}.`,
  ProjectTooManyLists: ([projectId]) => `Project #${String(projectId)} has as many task lists as it can hold.`,
  ProjectNothingToWithdraw: ([projectId]) => `You have nothing to withdraw from project #${String(projectId)}.`,
  ProjectBatchTooLarge: ([count, max]) => `Withdraw from at most ${String(max)} projects at once (not ${String(count)}).`,
  ProjectInvalidTransition: ([projectId, from, to]) =>
    `Project #${String(projectId)} cannot move from ${stageName(from)} to ${stageName(to)}.`,
  ProjectPageTooLarge: ([limit, max]) => `Asked for ${String(limit)} items; at most ${String(max)} per page.`,
  ProjectParameterOutOfBounds: outOfBounds,
  ProjectTokenTransferFailed: ([, value]) => `Sending ${amount(value)} tokens failed.`,
  // PlcrVoting
  VotingPollNotFound: ([pollId]) => `There is no poll #${String(pollId)}.`,
  VotingPollsAlreadyOpen: ([projectId]) => `The polls of project #${String(projectId)} are already open.`,
  VotingInvalidPolls: ([projectId]) => `Polls cannot be opened like this for project #${String(projectId)}.`,
  VotingCommitClosed: ([, commitEnd]) => `Voting closed at ${date(commitEnd)}; only revealing is open now.`,
  VotingRevealClosed: ([, commitEnd, revealEnd]) =>
    `Votes can be revealed only between ${date(commitEnd)} and ${date(revealEnd)}.`,
  VotingPollNotEnded: ([, revealEnd]) => `The poll ends at ${date(revealEnd)}; come back after that.`,
  VotingVoterExcluded: () => "The task's claimer and its validators cannot vote on it.",
  VotingAlreadyCommitted: () => "You already voted in this poll; a vote cannot be changed.",
  VotingInvalidCommitment: () => "The sealed vote is not valid. Seal it again with a new salt.",
  VotingZeroEscrow: () => "Put some tokens or some reputation behind your vote.",
  VotingEscrowTooLarge: ([, max]) => `One vote can escrow at most ${String(max)} whole tokens and ${String(max)} whole REP.`,
  VotingNoCommit: () => "You have no vote to reveal in this poll.",
  VotingAlreadyRevealed: () => "You already revealed this vote.",
  VotingCommitmentMismatch: () =>
    "Your choice and salt do not match your sealed vote. Import the salt file from the device you voted on.",
  VotingNothingToWithdraw: () => "You have nothing escrowed in this poll.",
  VotingBatchTooLarge: ([length, max]) => `Withdraw from at most ${String(max)} polls at once (not ${String(length)}).`,
  VotingParameterOutOfBounds: outOfBounds,
  VotingNotOpener: ([caller]) =>
    `Account ${String(caller)} is not the task registry fixed at deployment; only it opens polls.`,
  // TaskRegistry
  TaskWrongStage: ([projectId, stage, expected]) =>
    Number(stage) === 0
      ? `The tasks of project #${String(projectId)} are not open yet: advance the project first.`
      : `Project #${String(projectId)} is ${stageName(stage)}; this needs it to be ${stageName(expected)}.`,
  TaskNotFound: ([projectId, taskIndex]) => `Project #${String(projectId)} has no task ${Number(taskIndex) + 1}.`,
  TaskWrongStatus: ([, taskIndex]) => `Task ${Number(taskIndex) + 1} is not in a state that allows this.`,
  TaskClaimWindowClosed: ([, lastClaimAt]) =>
    `Claims closed at ${date(lastClaimAt)}: less than one task period is left in this project.`,
  TaskClaimerSlashed: ([, taskIndex]) => `You missed the deadline of task ${Number(taskIndex) + 1} and cannot claim it again.`,
  TaskDeadlineNotPassed: ([, taskIndex, deadline]) =>
    `Task ${Number(taskIndex) + 1} is due at ${date(deadline)}; it can be slashed only after that.`,
  TaskDeadlinePassed: ([, taskIndex, deadline]) => `Task ${Number(taskIndex) + 1} was due at ${date(deadline)}.`,
  TaskNotClaimer: ([, taskIndex]) => `Only the claimer of task ${Number(taskIndex) + 1} can do this.`,
  TaskEmptyEvidence: () => "Upload the evidence before submitting it.",
  TaskValidationClosed: ([, validationEnd]) => `Validation closed at ${date(validationEnd)}.`,
  TaskClaimerCannotValidate: () => "You claimed this task, so you cannot validate it.",
  TaskAlreadyValidating: () => "You already hold a validation slot on this task (one per account).",
  TaskSlotsFull: ([, , approve]) => `All five ${approve ? "approving" : "rejecting"} slots of this task are taken.`,
  TaskStakeTooSmall: ([stake, minimum]) =>
    `This slot needs a stake of at least ${amount(minimum)} tokens; you offered ${amount(stake)}.`,
  TaskStakeTooLarge: ([, max]) => `A validation stake can be at most ${amount(max)} tokens.`,
  TaskNotDue: ([projectId, stage, dueAt]) =>
    Number(dueAt) === 0
      ? `Project #${String(projectId)} is ${stageName(stage)}: nothing is due.`
      : `Project #${String(projectId)} stays ${stageName(stage)} until ${date(dueAt)}.`,
  TaskNothingToWithdraw: ([, taskIndex]) => `You have nothing to withdraw from task ${Number(taskIndex) + 1}.`,
  TaskBatchTooLarge: ([length, max]) => `Withdraw from at most ${String(max)} tasks at once (not ${String(length)}).`,
  TaskParameterOutOfBounds: outOfBounds,

  // Scipio network: participants, SPT and its sale
  ParticipantZeroAdmin: () => "The participant registry needs an admin account.",
  ParticipantPageTooLarge: ([limit, max]) => `Ask for at most ${String(max)} participants at once (not ${String(limit)}).`,
  PlatformTokenDelegationFixed: () =>
    "SPT cannot be delegated: every holder's rights follow its own balance. Transfer the tokens instead.",
  PlatformTokenZeroValue: () => "SPT needs a holder and a supply greater than zero.",
  CheckpointUnorderedInsertion: () => "The token's balance history would go back in time; try again in a later block.",
  SaleZeroTreasury: () => "The sale needs a treasury account.",
  SaleParameterOutOfBounds: outOfBounds,
  SaleZeroPurchase: () => "Enter how much ether to spend.",
  SaleExceedsRemaining: ([tokens, remaining]) =>
    `This buys ${amount(tokens)} SPT, but only ${amount(remaining)} SPT are left for sale. Spend less.`,
  SaleClosed: ([closesAt]) => `The SPT sale is over: it closed at ${date(closesAt)}.`,
  SaleStillOpen: ([closesAt]) =>
    `The SPT sale runs until ${date(closesAt)} and is not sold out, so it cannot be finalized yet.`,
  SaleAlreadyFinalized: () => "The SPT sale was already finalized.",
  SaleNotFinalized: () => "The proceeds can be withdrawn once the SPT sale is finalized.",
  SaleNothingToWithdraw: () => "The sale holds no ether: the proceeds were already sent to the treasury.",
  OwnableUnauthorizedAccount: ([account]) => `Only the token's operator can do this, not ${String(account)}.`,
  OwnableInvalidOwner: ([owner]) => `${String(owner)} cannot own the token.`,
  BandwidthNotMinter: ([account]) => `${String(account)} may not mint this bandwidth token: its operator has to make it a minter.`,
  BandwidthZeroMinter: () => "A minter needs an address.",
  FactoryNotOperator: () => "Only an onboarded operator can issue a bandwidth token. Ask the platform admin to onboard your account.",
  FactoryBadName: ([maxLength]) => `Give a name and symbol of at most ${String(maxLength)} characters.`,
  FactoryBadDeliveryPeriod: ([start, end]) =>
    `The delivery period ${date(start)} – ${date(end)} does not work: it must end after it starts, in the future, and last at most five years.`,
  FactoryPageTooLarge: ([limit, max]) => `Ask for at most ${String(max)} tokens at once (not ${String(limit)}).`,
  AuctionSaleNotFinalized: () => "Auctions open once the SPT sale is finalized.",
  AuctionUnknownToken: () => "Only bandwidth tokens issued through the platform's factory can be auctioned.",
  AuctionNotOperator: () => "Only the operator of this bandwidth token, investment or auction can do this.",
  AuctionNotOnboardedOperator: ([account]) =>
    `${String(account)} is not an onboarded operator (or was offboarded): only onboarded operators raise through auctions. Ask the platform admin.`,
  AuctionNotPlatform: () => "Only the platform records investments, after its due diligence.",
  AuctionOperatorInDebt: ([operator]) =>
    `Operator ${String(operator)} has an unsettled debt in the compensation table and cannot open a new auction until it settles.`,
  AuctionInvestmentNotFound: ([investmentId]) =>
    `There is no investment #${String(investmentId)}: the platform records an investment before its auctions open.`,
  AuctionDeliveryEndsTooSoon: ([deliveryEnd, endsAt]) =>
    `This token's bandwidth is delivered until ${date(deliveryEnd)}, before the auction would end (${date(endsAt)}). End the auction earlier or auction a later token.`,
  AuctionOperatorOffboarded: ([auctionId]) =>
    `The operator of auction #${String(auctionId)} was offboarded: it takes no more bids. Buyers can claim what they bought.`,
  AuctionWasCancelled: ([auctionId]) => `Auction #${String(auctionId)} was cancelled by its operator.`,
  AuctionNotCancellable: ([auctionId]) =>
    `Auction #${String(auctionId)} can no longer be cancelled: it has bids or was settled.`,
  AuctionCommonPoolClosed: ([auctionId, closedAt]) =>
    `The Common Pool of auction #${String(auctionId)} could be claimed until ${date(closedAt)}; what was left went to the platform treasury.`,
  AuctionCommonPoolStillOpen: ([auctionId, closesAt]) =>
    `SPT holders can claim the Common Pool of auction #${String(auctionId)} until ${date(closesAt)}; only then can the rest be swept.`,
  AuctionNotMinter: () => "Let the auction contract mint your bandwidth token first (add it as a minter), then open the auction.",
  AuctionParameterOutOfBounds: outOfBounds,
  AuctionRaiseAboveCap: ([raise, available]) =>
    `This offer raises ${amount(raise)} ETH, but the investment's auctions may raise only ${amount(available)} ETH more (half of its total, minus what its other auctions offer or raised). Offer fewer IBT or a lower price.`,
  AuctionNotFound: ([auctionId]) => `There is no auction #${String(auctionId)}.`,
  AuctionNotOpen: ([auctionId, startsAt, endsAt]) =>
    `Auction #${String(auctionId)} takes bids after ${date(startsAt)} until ${date(endsAt)}.`,
  AuctionZeroBid: () => "Enter how many IBT to buy.",
  AuctionExceedsRemaining: ([wanted, remaining]) =>
    `Only ${amount(remaining)} IBT are left in this auction; you asked for ${amount(wanted)}.`,
  AuctionWrongPayment: ([sent, price]) => `These IBT cost ${amount(price)} ETH; ${amount(sent)} ETH was sent.`,
  AuctionAboveAllocation: ([allocation, bought]) =>
    `For the first 48 hours SPT holders buy alone, each up to its share: yours is ${amount(allocation)} IBT and you bought ${amount(bought)}. Buy less, or wait for the open phase.`,
  AuctionNotSettleable: ([auctionId, endsAt]) =>
    `Auction #${String(auctionId)} runs until ${date(endsAt)}, is not sold out and its operator is onboarded (or it was already settled).`,
  AuctionNothingToClaim: () => "There is nothing for you to claim from this auction.",
  AuctionEtherTransferFailed: ([to, value]) => `Sending ${amount(value)} ETH to ${String(to)} failed: it must accept ether.`,
  NodeNotOperator: () => "Only an onboarded operator can register nodes. Ask the platform admin to onboard your account.",
  NodeNotFound: ([nodeId]) => `There is no node #${String(nodeId)} (it may have been removed).`,
  NodeNotOwner: ([nodeId]) => `Only the owner of node #${String(nodeId)} can change or remove it.`,
  NodeBadLocation: () => "The location is not on the globe: latitude must be within ±90° and longitude within ±180°.",
  NodeEmptyMetadata: () => "Upload the node's description before registering it.",
  NodePageTooLarge: ([limit, max]) => `Ask for at most ${String(max)} nodes at once (not ${String(limit)}).`,
  SaleEtherTransferFailed: ([treasury, value]) =>
    `Sending ${amount(value)} ETH to the treasury ${String(treasury)} failed: it must accept ether.`,
  // Scipio network: the dispute court
  DisputeParameterOutOfBounds: outOfBounds,
  DisputeZeroAddress: ([name]) => `The dispute court needs an address for ${String(name)}.`,
  DisputeUnknownSubject: () => "Disputes are opened on consumption records or rejected expenses only; for anything else bring a free-form claim.",
  DisputeInvalidRespondent: () => "A dispute needs another party: you cannot dispute against yourself.",
  DisputeNotParticipant: ([account]) =>
    `${String(account)} is not a registered participant; free-form claims are only between participants.`,
  DisputeTooFewResolvers: ([available, required]) =>
    `Only ${String(available)} resolvers who are not parties are in the pool; a dispute needs ${String(required)}. Ask governance to appoint more.`,
  DisputeEmptyCid: () => "Upload the evidence (or the reason) first: its CID is missing.",
  DisputeNotFound: ([disputeId]) => `There is no dispute #${String(disputeId)}.`,
  DisputeWrongStatus: ([disputeId, status]) => `Dispute #${String(disputeId)} ${disputeStatus(status)}, so this cannot be done now.`,
  DisputeNotYourTurn: ([disputeId, , expected]) =>
    `Only ${String(expected)} can match the deposit of dispute #${String(disputeId)} now.`,
  DisputeNotParty: ([disputeId]) => `Only the two parties of dispute #${String(disputeId)} can escalate it.`,
  DisputeDeadlinePassed: ([disputeId, deadline]) => `The deadline of dispute #${String(disputeId)} passed at ${date(deadline)}.`,
  DisputeDeadlineNotPassed: ([disputeId, deadline]) =>
    `Dispute #${String(disputeId)} has until ${date(deadline)}; this can be done once that deadline has passed.`,
  DisputeSeedNotReady: ([, seedBlock]) =>
    `The resolver is drawn from block ${String(seedBlock)}, which is not mined yet. Try again in a moment.`,
  DisputeNotResolver: ([disputeId]) => `Only the resolver assigned to dispute #${String(disputeId)} can decide it.`,
  DisputeFinalStage: () => "Arbitration is final: there is no further stage to escalate to.",
  DisputeNothingToWithdraw: () => "There is nothing for you to withdraw here.",
  DisputeResolverExists: ([account]) => `${String(account)} is already a resolver.`,
  DisputeResolverUnknown: ([account]) => `${String(account)} is not in the resolver pool.`,
  DisputePoolFull: ([max]) => `The resolver pool is full (${String(max)} members); remove one before adding another.`,


  // Scipio operations: settlement token, compensation table (the periods' clock), consumption
  SettlementFaucetUnavailable: ([chainId]) => `The demo euro faucet only works on the local chain, not on chain ${String(chainId)}.`,
  SettlementFaucetAmountOutOfRange: ([, max]) => `Ask the faucet for more than 0 and at most ${euros(max)} at once.`,
  CompensationZeroAddress: () => "The compensation table needs every contract and the platform account it works with.",
  CompensationParameterOutOfRange: outOfBounds,
  CompensationBeforeGenesis: ([genesis]) => `The first period starts at ${date(genesis)}.`,
  CompensationUnauthorizedCaller: ([caller]) => `${String(caller)} may not change the compensation table: only its ledgers can.`,
  CompensationPeriodNotOpen: ([period, phase]) => `Period ${String(period)} is ${periodPhase(phase)}: it takes no new facts now.`,
  CompensationPeriodNotClosable: ([period, phase]) =>
    `Period ${String(period)} is ${periodPhase(phase)}; it can be closed once its review window is over.`,
  CompensationCloseOutOfOrder: ([period, next]) => `Periods close in order: close period ${String(next)} before period ${String(period)}.`,
  CompensationPeriodNotClosed: ([period]) => `Period ${String(period)} is not closed yet, so it has no positions to record, settle or claim.`,
  CompensationAmountOutOfRange: ([amount_, max]) =>
    `The amount ${euros(amount_)} does not work: it must be more than 0 and at most ${euros(max)}.`,
  CompensationTooManyAccounts: ([count, max]) => `Record at most ${String(max)} positions at once (not ${String(count)}).`,
  CompensationNoDebt: ([, period]) => `You owe nothing in period ${String(period)}.`,
  CompensationSettlementExceedsDebt: ([period, amount_, remaining]) =>
    `You owe ${euros(remaining)} in period ${String(period)}; ${euros(amount_)} is more than that.`,
  CompensationNoCredit: ([, period]) => `You have no credit in period ${String(period)}.`,
  CompensationRecordingOpen: ([period, endsAt]) =>
    `Credits of period ${String(period)} can be claimed once its recording window ends, at ${date(endsAt)}.`,
  CompensationUnsettledDebt: () => "You have an unsettled debt in a closed period. Settle it first.",
  CompensationPositionsPending: () => "You have more unrecorded positions than one transaction records: record your positions, then try again.",
  CompensationNothingToClaim: ([, period]) =>
    `Nothing more to claim in period ${String(period)} for now: you get more as debtors pay in.`,
  ConsumptionZeroAddress: () => "The consumption ledger needs the participant registry, the compensation table and the dispute court.",
  ConsumptionNotFeeder: ([caller]) => `Only the consumption feeder records consumption, not ${String(caller)}.`,
  ConsumptionNotOperator: ([account]) => `${String(account)} is not an onboarded operator, so it has no consumption to record.`,
  ConsumptionUnauthorizedCaller: ([caller]) => `Only the dispute court can do this, not ${String(caller)}.`,
  ConsumptionOutOfRange: ([consumption, max]) => `Consumption must be at most ${String(max)} GB (not ${String(consumption)}).`,
  ConsumptionWrongState: ([, period, state]) =>
    `The consumption record of period ${String(period)} is ${consumptionState(state)}, which does not allow this.`,
  ConsumptionOutsideFactWindow: ([period, phase]) =>
    `Period ${String(period)} is ${periodPhase(phase)}: consumption is recorded while it runs or in its grace window.`,
  ConsumptionReviewOver: ([period, phase]) =>
    `Period ${String(period)} is ${periodPhase(phase)}: its consumption can no longer be validated or disputed.`,
  ConsumptionNotRecordOperator: ([, operator]) => `Only the operator ${String(operator)} can validate or dispute its consumption.`,
  ConsumptionPeriodOutOfRange: ([period]) => `Period ${String(period)} cannot have a consumption record.`,


  // Scipio operations: billing
  BillingNotOperator: () => "Only an onboarded operator can bill customers. Ask the platform admin to onboard your account.",
  BillingNoTariff: ([operator]) =>
    `Operator ${String(operator)} has not set a tariff yet: it must set one before it registers customers or is invoiced.`,
  BillingWrongToken: ([, token]) =>
    `Token ${String(token)} is not one of your bandwidth tokens: pick an IBT you issued through the token factory.`,
  BillingTariffTooHigh: ([tariff, max]) =>
    `A tariff of ${amount(tariff)} IBT per period is above the limit of ${amount(max)} IBT.`,
  BillingContributionTooHigh: ([contribution, max]) =>
    `A CPR contribution of ${String(contribution)} units per customer is above the limit of ${String(max)}.`,
  BillingInvalidCustomer: ([customer]) =>
    `${String(customer)} cannot be a customer: use the customer's own account (not the zero address, not yours).`,
  BillingInvalidKind: () => "Choose whether the customer has a fibre or a WiFi connection.",
  BillingAlreadyCustomer: ([, customer]) => `${String(customer)} is already your customer. Remove it first to change its kind.`,
  BillingNotCustomer: ([operator, account]) =>
    `${String(account)} is not a customer of operator ${String(operator)}: the operator must register it first.`,
  BillingInvalidAmount: ([, max]) => `Pay more than zero and at most ${amount(max)} IBT at once.`,
  BillingOperatorInDebt: ([operator]) =>
    `Operator ${String(operator)} has an unsettled debt in the compensation table and cannot receive payments until it settles.`,
  BillingBeforeGenesis: ([genesis]) => `Billing periods start on ${date(genesis)}: nothing can be billed before then.`,
  BillingPeriodNotEnded: ([period, current]) =>
    `Period ${String(period)} has not ended (period ${String(current)} is running): its invoice can be issued once it is over.`,
  BillingAlreadyInvoiced: ([operator, period]) =>
    `The invoice of operator ${String(operator)} for period ${String(period)} was already issued.`,
  BillingEmptyDocument: () => "Build the invoice document first: its CID goes into the invoice.",

  // Expense ledger
  ExpenseZeroAddress: () => "The expense ledger needs every contract and the platform address at deployment.",
  ExpenseBadReviewFee: ([fee, max]) => `The review fee must be between 0.000001 € and ${euros(max)} (not ${euros(fee)}).`,
  ExpenseBadDeposit: ([deposit, min, max]) =>
    `The declaration deposit must be between two review fees (${euros(min)}) and ${euros(max)} (not ${euros(deposit)}).`,
  ExpenseBadAnswerWindow: ([window, min, max]) =>
    `A reviewer's answer window must be between ${String(min)} and ${String(max)} seconds (not ${String(window)}).`,
  ExpenseNotDeclarer: () =>
    "Only operators, public administrations and approved investors declare expenses. Ask the platform admin to onboard your account.",
  ExpenseInvestorNotApproved: () =>
    "Investors declare expenses once the platform has registered their entity. Ask the platform to approve your account.",
  ExpenseUnsettledDebt: () =>
    "You owe a settlement from a closed period. Settle it on the compensation page before declaring new expenses.",
  ExpensePeriodNotOpen: ([period, phase]) =>
    `Period ${String(period)} is ${periodPhase(phase)}: expenses are declared while their period runs or in its grace window.`,
  ExpenseBadAmount: ([value, max]) => `The amount must be more than 0 and at most ${euros(max)} (not ${euros(value)}).`,
  ExpenseEmptyEvidence: () => "Upload the invoice's evidence document before declaring.",
  ExpenseEmptyInvoiceKey: () => "The invoice's key is missing: declare from an evidence document with its issuer and number.",
  ExpenseInvoiceKeyTaken: ([, expenseId]) =>
    `This invoice already backs expense #${String(expenseId)}, which is still under review or validated. An invoice counts once.`,
  ExpenseTooFewReviewers: ([eligible, needed]) =>
    `An expense needs ${String(needed)} reviewers other than you, but only ${String(eligible)} validators, operators or administrations are eligible. Wait until more participants are onboarded.`,
  ExpenseNotFound: ([expenseId]) => `There is no expense #${String(expenseId)}.`,
  ExpenseWrongStatus: ([expenseId, status]) =>
    `Expense #${String(expenseId)} is ${expenseStatus(status)}, so this cannot be done now.`,
  ExpenseNothingToDraw: ([expenseId]) => `Expense #${String(expenseId)} already has its three reviewers.`,
  ExpenseDrawNotReady: ([, readyAt]) =>
    `Reviewers are drawn from a later block's hash: try again from block ${String(readyAt)}.`,
  ExpenseReviewClosed: ([expenseId, period]) =>
    `The review window of period ${String(period)} is over: expense #${String(expenseId)} can no longer be reviewed.`,
  ExpenseNotDrawnReviewer: ([expenseId]) =>
    `You were not drawn to review expense #${String(expenseId)} (reviewers are drawn, not chosen).`,
  ExpenseAlreadyReviewed: ([expenseId]) => `You have already reviewed expense #${String(expenseId)}.`,
  ExpenseReviewerNotEligible: ([expenseId]) =>
    `You no longer hold a reviewing role, so you cannot review expense #${String(expenseId)}.`,
  ExpenseEmptyReason: () => "A rejection needs its reason: upload the reason document first.",
  ExpenseBadSlot: ([slot]) => `Reviewer slots are numbered 0 to 2 (not ${String(slot)}).`,
  ExpenseSlotVacant: ([, slot]) => `Reviewer slot ${String(slot)} is empty: it is filled by the next draw.`,
  ExpenseReviewerAnswered: ([, slot]) => `The reviewer in slot ${String(slot)} has answered and stays.`,
  ExpenseAnswerWindowOpen: ([, , answerBy]) =>
    `The reviewer may still answer until ${date(answerBy)}; it can be replaced after that.`,
  ExpenseDepositReleased: ([expenseId]) => `The deposit of expense #${String(expenseId)} was already paid out.`,
  ExpenseDepositHeld: ([expenseId, status, until]) =>
    until === 0n
      ? `The deposit of expense #${String(expenseId)} is held while it is ${expenseStatus(status)}.`
      : `The deposit of expense #${String(expenseId)} is held while it is ${expenseStatus(status)}, until ${date(until)}.`,
  ExpenseDisputeWindowClosed: ([expenseId, endedAt]) =>
    `The rejection of expense #${String(expenseId)} could be disputed until ${date(endedAt)}.`,
  ExpenseNotDisputer: ([expenseId]) => `Only the declarer of expense #${String(expenseId)} can dispute its rejection.`,
  ExpenseNotCourt: () => "Only the dispute court reports disputes to the expense ledger.",
  ExpenseNotPlatform: () => "Only the platform's accounts register participants' entities.",
};
