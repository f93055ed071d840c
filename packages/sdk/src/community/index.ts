import {
  createPublicClient,
  createWalletClient,
  defineChain,
  erc20Abi,
  http,
  parseEther,
  parseEventLogs,
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type PublicClient,
  encodeFunctionData,
  keccak256,
  toHex,
} from "viem";
import {
  bandwidthAuctionAbi,
  bandwidthTokenAbi,
  bandwidthTokenFactoryAbi,
  billingAbi,
  capitalTokenAbi,
  compensationTableAbi,
  consumptionLedgerAbi,
  disputeCourtAbi,
  expenseLedgerAbi,
  nodeRegistryAbi,
  participantRegistryAbi,
  platformTokenSaleAbi,
  plcrVotingAbi,
  projectRegistryAbi,
  reputationRegistryAbi,
  settlementTokenAbi,
  taskRegistryAbi,
  timelockControllerAbi,
} from "../abi/generated.ts";
import { contractAddress, LOCAL_CHAIN_ID, type Deployment } from "../deployments/index.ts";
import { gasLimitFor } from "../gas.ts";
import { LOCAL_DEV_ATTESTER, signAttestation } from "../identity/server.ts";
import { buildInvoiceDocument, invoiceDocumentCid, loadInvoiceInput } from "../invoice/document.ts";
import { cidToDigest, type OnChainCid } from "../ipfs/cid.ts";
import {
  CID_CODEC,
  COLLATERAL_KIND,
  CUSTOMER_KIND,
  DISPUTE_RULING,
  DISPUTE_STAGES,
  type CustomerKindName,
  EXPENSE_VERDICT,
  type DisputeRuling,
  type DisputeStage,
  type ParticipantRole,
} from "../protocol.ts";
import type { ExpenseEvidenceDocument } from "../schemas/evidence.ts";
import { entityHashOf, expenseDeclarationOf } from "../schemas/expenses.ts";
import { sealVote, type SealedVote } from "../voting/salt.ts";

/** Draws `drawReviewers` tries before giving up (each deferred draw waits for one more block). */
const DRAW_ATTEMPTS = 8;

/** One task of a list as `submitTaskList` takes it: its description's CID and its weighting in bps. */
export type TaskListEntry = { description: OnChainCid; weighting: number };

/**
 * The community's actions straight on a chain whose node signs for its accounts (anvil's unlocked
 * defaults), without a browser or a wallet: the demo seed and the browser tests' setup both act through
 * it, so they send what the contracts take in one way, and a change of a contract's signature breaks
 * both at once. Node only (the attestation is signed with the local dev attester's key).
 */
export class CommunityActions {
  readonly client: PublicClient;
  private readonly wallet;

  constructor(
    rpcUrl: string,
    private readonly deployment: Deployment,
  ) {
    const chain = defineChain({
      id: deployment.chainId,
      name: deployment.chainId === LOCAL_CHAIN_ID ? "anvil" : `chain ${deployment.chainId}`,
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
      rpcUrls: { default: { http: [rpcUrl] } },
    });
    this.client = createPublicClient({ chain, transport: http(rpcUrl) });
    this.wallet = createWalletClient({ chain, transport: http(rpcUrl) });
  }

  /** The address of a deployed contract, e.g. `address("CapitalToken")`. */
  address(name: string): Address {
    return contractAddress(this.deployment, name);
  }

  async chainTime(): Promise<bigint> {
    return (await this.client.getBlock()).timestamp;
  }

  /*//////////////////////////////////////////////////////////////
                          TOKENS AND IDENTITY
  //////////////////////////////////////////////////////////////*/

  /** Buys capital tokens for `ether` (a decimal string), accepting any amount out. */
  async buy(account: Address, ether: string) {
    return this.write(account, "CapitalToken", capitalTokenAbi, "buy", [0n], parseEther(ether));
  }

  /** Registers `identity` for `account` with the attestation the app's local attester would sign. */
  async register(account: Address, identity: string) {
    const attestation = await signAttestation({
      attesterKey: LOCAL_DEV_ATTESTER.key,
      attesterSecret: LOCAL_DEV_ATTESTER.secret,
      registry: this.address("ReputationRegistry"),
      chainId: this.deployment.chainId,
      identity,
      account,
      now: Number(await this.chainTime()),
    });
    const { identityHash, deadline, signature } = attestation;
    return this.write(account, "ReputationRegistry", reputationRegistryAbi, "register", [
      identityHash,
      attestation.account,
      BigInt(deadline),
      signature,
    ]);
  }

  /*//////////////////////////////////////////////////////////////
                         PROPOSALS AND STAKES
  //////////////////////////////////////////////////////////////*/

  /** Proposes a project of `cost` ETH (a decimal string); returns its id. */
  async propose(
    account: Address,
    proposal: { cost: string; stakingDeadline: bigint; description: OnChainCid; collateral: keyof typeof COLLATERAL_KIND },
  ): Promise<bigint> {
    const { cost, stakingDeadline, description, collateral } = proposal;
    const receipt = await this.write(account, "ProjectRegistry", projectRegistryAbi, "propose", [
      parseEther(cost),
      stakingDeadline,
      description.digest,
      CID_CODEC[description.codec],
      COLLATERAL_KIND[collateral],
    ]);
    const [proposed] = parseEventLogs({ abi: projectRegistryAbi, eventName: "ProjectProposed", logs: receipt.logs });
    if (!proposed) throw new Error("propose emitted no ProjectProposed event");
    return proposed.args.projectId;
  }

  project(projectId: bigint) {
    return this.client.readContract({
      address: this.address("ProjectRegistry"),
      abi: projectRegistryAbi,
      functionName: "getProject",
      args: [projectId],
    });
  }

  async stakeTokens(account: Address, projectId: bigint, amount: bigint) {
    return this.write(account, "ProjectRegistry", projectRegistryAbi, "stakeTokens", [projectId, amount]);
  }

  async stakeReputation(account: Address, projectId: bigint, amount: bigint) {
    return this.write(account, "ProjectRegistry", projectRegistryAbi, "stakeReputation", [projectId, amount]);
  }

  async submitTaskList(account: Address, projectId: bigint, tasks: TaskListEntry[]) {
    const specs = tasks.map(({ description, weighting }) => ({
      digest: description.digest,
      codec: CID_CODEC[description.codec],
      weighting,
    }));
    return this.write(account, "ProjectRegistry", projectRegistryAbi, "submitTaskList", [projectId, specs]);
  }

  async backTaskList(account: Address, projectId: bigint, listId: bigint) {
    return this.write(account, "ProjectRegistry", projectRegistryAbi, "backTaskList", [projectId, listId]);
  }

  /** Moves a Proposed project past its unmet staking deadline to Expired. */
  async expire(account: Address, projectId: bigint) {
    return this.write(account, "ProjectRegistry", projectRegistryAbi, "expire", [projectId]);
  }

  /*//////////////////////////////////////////////////////////////
                        TASKS, VALIDATION, VOTES
  //////////////////////////////////////////////////////////////*/

  /** `TaskRegistry.advance`: whatever stage change is due, from Proposed to settlement. */
  async advance(account: Address, projectId: bigint) {
    return this.write(account, "TaskRegistry", taskRegistryAbi, "advance", [projectId]);
  }

  async claimTask(account: Address, projectId: bigint, taskIndex: number) {
    return this.write(account, "TaskRegistry", taskRegistryAbi, "claimTask", [projectId, BigInt(taskIndex)]);
  }

  async submitEvidence(account: Address, projectId: bigint, taskIndex: number, evidence: OnChainCid) {
    const { digest, codec } = evidence;
    return this.write(account, "TaskRegistry", taskRegistryAbi, "submitEvidence", [projectId, BigInt(taskIndex), digest, CID_CODEC[codec]]);
  }

  minValidationStake(projectId: bigint, taskIndex: number, approve: boolean) {
    return this.client.readContract({
      address: this.address("TaskRegistry"),
      abi: taskRegistryAbi,
      functionName: "minValidationStake",
      args: [projectId, BigInt(taskIndex), approve],
    });
  }

  /** Takes the next slot on the chosen side with the least stake it accepts. */
  async validate(account: Address, projectId: bigint, taskIndex: number, approve: boolean) {
    const stake = await this.minValidationStake(projectId, taskIndex, approve);
    return this.write(account, "TaskRegistry", taskRegistryAbi, "validate", [projectId, BigInt(taskIndex), approve, stake]);
  }

  /** Commits a sealed vote escrowing `escrow`; returns the sealed vote (with its salt) for the reveal. */
  async commitVote(
    account: Address,
    pollId: bigint,
    support: boolean,
    escrow: { tokens?: bigint; reputation?: bigint },
  ): Promise<SealedVote> {
    const sealed = sealVote(pollId, account, support);
    const { tokens = 0n, reputation = 0n } = escrow;
    await this.write(account, "PlcrVoting", plcrVotingAbi, "commitVote", [pollId, sealed.commitHash, tokens, reputation]);
    return sealed;
  }

  /*//////////////////////////////////////////////////////////////
                   GOVERNANCE (THROUGH THE TIMELOCK)
  //////////////////////////////////////////////////////////////*/

  /** Governance sets the first reputation: `proposer` schedules it on the timelock, then it is executed. */
  async setFirstReputation(proposer: Address, amount: bigint) {
    const data = encodeFunctionData({ abi: reputationRegistryAbi, functionName: "setFirstReputation", args: [amount] });
    return this.govern(proposer, this.address("ReputationRegistry"), data);
  }

  /** Governance approves (`approved`) or revokes an identity attester through the timelock. */
  async setAttester(proposer: Address, attester: Address, approved: boolean) {
    const data = encodeFunctionData({ abi: reputationRegistryAbi, functionName: "setAttester", args: [attester, approved] });
    return this.govern(proposer, this.address("ReputationRegistry"), data);
  }

  /**
   * Schedules `data` on `target` through the governance timelock as `proposer`, lets the delay pass and
   * executes it (as `proposer`; anyone may). On the local chain the delay passes by moving the chain's clock
   * (anvil's `evm_increaseTime`), elsewhere by waiting; the salt makes every call a new operation.
   */
  async govern(proposer: Address, target: Address, data: `0x${string}`) {
    const salt = keccak256(toHex(`${Date.now()}:${Math.random()}`));
    const args = [target, 0n, data, `0x${"00".repeat(32)}`, salt] as const;
    const delay = await this.client.readContract({
      address: this.address("GovernanceTimelock"),
      abi: timelockControllerAbi,
      functionName: "getMinDelay",
    });
    await this.write(proposer, "GovernanceTimelock", timelockControllerAbi, "schedule", [...args, delay]);
    if (this.deployment.chainId === LOCAL_CHAIN_ID) {
      await this.client.request({ method: "evm_increaseTime" as never, params: [toHex(delay)] as never });
      await this.client.request({ method: "evm_mine" as never, params: [] as never });
    } else {
      await new Promise((resolve) => setTimeout(resolve, (Number(delay) + 1) * 1000));
    }
    return this.write(proposer, "GovernanceTimelock", timelockControllerAbi, "execute", args);
  }

  /*//////////////////////////////////////////////////////////////
                          SCIPIO NETWORK
  //////////////////////////////////////////////////////////////*/

  /** The platform admin `admin` gives `account` a participant role (`role` from `PARTICIPANT_ROLES`). */
  async onboard(admin: Address, account: Address, role: ParticipantRole) {
    return this.write(admin, "ParticipantRegistry", participantRegistryAbi, "grantRole", [role.id, account]);
  }

  async joinAsInvestor(account: Address) {
    return this.write(account, "ParticipantRegistry", participantRegistryAbi, "joinAsInvestor", []);
  }

  /*//////////////////////////////////////////////////////////////
                             DISPUTES
  //////////////////////////////////////////////////////////////*/

  dispute(disputeId: bigint) {
    return this.client.readContract({
      address: this.address("DisputeCourt"),
      abi: disputeCourtAbi,
      functionName: "getDispute",
      args: [disputeId],
    });
  }

  /** Governance `admin` appoints `resolver` to the dispute court's pool. */
  async addResolver(admin: Address, resolver: Address) {
    return this.write(admin, "DisputeCourt", disputeCourtAbi, "addResolver", [resolver]);
  }

  /** Approves the court to pull `stage`'s fee from `account`'s settlement tokens (opening, responding, escalating). */
  async approveDisputeFee(account: Address, stage: DisputeStage) {
    const court = this.address("DisputeCourt");
    const [token, fee] = await Promise.all([
      this.client.readContract({ address: court, abi: disputeCourtAbi, functionName: "settlementToken" }),
      this.client.readContract({ address: court, abi: disputeCourtAbi, functionName: "stageFee", args: [DISPUTE_STAGES.indexOf(stage)] }),
    ]);
    await this.writeAt(account, token, erc20Abi, "approve", [court, fee]);
  }

  /**
   * `account` disputes record `subjectId` of the consumption or expense ledger (approving the conciliation fee
   * first); returns the dispute's id. "Raise an issue" on a consumption record is this.
   */
  async openDispute(account: Address, subject: "consumption" | "expense", subjectId: bigint, evidence: OnChainCid): Promise<bigint> {
    await this.approveDisputeFee(account, "Conciliation");
    const ledger = this.address(subject === "consumption" ? "ConsumptionLedger" : "ExpenseLedger");
    const receipt = await this.write(account, "DisputeCourt", disputeCourtAbi, "openDispute", [
      ledger,
      subjectId,
      evidence.digest,
      CID_CODEC[evidence.codec],
    ]);
    return this.openedDisputeId(receipt.logs);
  }

  /** `account` brings a free-form claim against `respondent` (approving the fee first); returns its id. */
  async openClaim(account: Address, respondent: Address, evidence: OnChainCid): Promise<bigint> {
    await this.approveDisputeFee(account, "Conciliation");
    const receipt = await this.write(account, "DisputeCourt", disputeCourtAbi, "openClaim", [
      respondent,
      evidence.digest,
      CID_CODEC[evidence.codec],
    ]);
    return this.openedDisputeId(receipt.logs);
  }

  /** The side that must match the current stage's deposit does so (approving the fee first). */
  async respondToDispute(account: Address, disputeId: bigint, evidence: OnChainCid) {
    const { stage } = await this.dispute(disputeId);
    await this.approveDisputeFee(account, DISPUTE_STAGES[stage]!);
    return this.write(account, "DisputeCourt", disputeCourtAbi, "respond", [disputeId, evidence.digest, CID_CODEC[evidence.codec]]);
  }

  /** Anyone assigns the funded stage's resolver (on anvil every transaction mines a block, so the seed is there). */
  async assignResolver(account: Address, disputeId: bigint) {
    return this.write(account, "DisputeCourt", disputeCourtAbi, "assignResolver", [disputeId]);
  }

  /** The assigned resolver of the current stage decides; returns who it was. */
  async decideDispute(disputeId: bigint, ruling: DisputeRuling, reason: OnChainCid): Promise<Address> {
    const { stage, resolvers } = await this.dispute(disputeId);
    const resolver = resolvers[stage]!;
    await this.write(resolver, "DisputeCourt", disputeCourtAbi, "decide", [disputeId, DISPUTE_RULING[ruling], reason.digest, CID_CODEC[reason.codec]]);
    return resolver;
  }

  /** A party brings a decided dispute to the next stage (approving that stage's fee first). */
  async escalateDispute(account: Address, disputeId: bigint, evidence: OnChainCid) {
    const { stage } = await this.dispute(disputeId);
    await this.approveDisputeFee(account, DISPUTE_STAGES[stage + 1]!);
    return this.write(account, "DisputeCourt", disputeCourtAbi, "escalate", [disputeId, evidence.digest, CID_CODEC[evidence.codec]]);
  }

  async finalizeDispute(account: Address, disputeId: bigint) {
    return this.write(account, "DisputeCourt", disputeCourtAbi, "finalize", [disputeId]);
  }

  async replaceResolver(account: Address, disputeId: bigint) {
    return this.write(account, "DisputeCourt", disputeCourtAbi, "replaceResolver", [disputeId]);
  }

  async withdrawDisputeRefund(account: Address, disputeId: bigint) {
    return this.write(account, "DisputeCourt", disputeCourtAbi, "withdrawRefund", [disputeId]);
  }

  async withdrawResolverEarnings(resolver: Address) {
    return this.write(resolver, "DisputeCourt", disputeCourtAbi, "withdrawEarnings", []);
  }

  private openedDisputeId(logs: Parameters<typeof parseEventLogs>[0]["logs"]): bigint {
    const [opened] = parseEventLogs({ abi: disputeCourtAbi, eventName: "DisputeOpened", logs });
    if (!opened) throw new Error("the opening emitted no DisputeOpened event");
    return opened.args.disputeId;
  }

  /*//////////////////////////////////////////////////////////////
                          BILLING
  //////////////////////////////////////////////////////////////*/

  /** The operator (owner of `token`) mints `amount` IBT base units to `to`, making itself a minter first. */
  async mintIbt(operator: Address, token: Address, to: Address, amount: bigint) {
    const isMinter = await this.client.readContract({ address: token, abi: bandwidthTokenAbi, functionName: "isMinter", args: [operator] });
    if (!isMinter) await this.writeAt(operator, token, bandwidthTokenAbi, "addMinter", [operator]);
    return this.writeAt(operator, token, bandwidthTokenAbi, "mint", [to, amount]);
  }

  /** The operator bills in `token` (one of its IBT): `fibre` and `wifi` IBT base units per period. */
  async setTariff(operator: Address, token: Address, fibre: bigint, wifi: bigint) {
    return this.write(operator, "Billing", billingAbi, "setTariff", [token, fibre, wifi]);
  }

  async registerCustomer(operator: Address, customer: Address, kind: CustomerKindName) {
    return this.write(operator, "Billing", billingAbi, "registerCustomer", [customer, CUSTOMER_KIND[kind]]);
  }

  async removeCustomer(operator: Address, customer: Address) {
    return this.write(operator, "Billing", billingAbi, "removeCustomer", [customer]);
  }

  /** `customer` approves billing for `amount` of the operator's tariff token, then pays it. */
  async payOperator(customer: Address, operator: Address, amount: bigint) {
    const billing = this.address("Billing");
    const { token } = await this.client.readContract({ address: billing, abi: billingAbi, functionName: "tariffOf", args: [operator] });
    await this.writeAt(customer, token, bandwidthTokenAbi, "approve", [billing, amount]);
    return this.write(customer, "Billing", billingAbi, "pay", [operator, amount]);
  }

  /** `operator`'s invoice document for `period`, rebuilt from the chain's billing events, and its CID. */
  async invoiceDocument(operator: Address, period: bigint) {
    const input = await loadInvoiceInput(this.client, {
      billing: this.address("Billing"),
      operator,
      period,
      fromBlock: BigInt(this.deployment.deploymentBlock),
    });
    const document = buildInvoiceDocument(input);
    return { document, cid: await invoiceDocumentCid(document) };
  }

  /** `account` issues `operator`'s invoice for the ended `period`, naming the document `documentCid`. */
  async issueInvoice(account: Address, operator: Address, period: bigint, documentCid: string) {
    const { digest, codec } = cidToDigest(documentCid);
    return this.write(account, "Billing", billingAbi, "issueInvoice", [operator, period, digest, CID_CODEC[codec]]);
  }

  /*//////////////////////////////////////////////////////////////
                    OPERATIONS: MONEY, PERIODS, CONSUMPTION
  //////////////////////////////////////////////////////////////*/

  /** Mints `amount` demo euros (6 decimals, at most 100,000 € a call) to `account` from the local faucet. */
  async faucet(account: Address, amount: bigint) {
    return this.write(account, "SettlementToken", settlementTokenAbi, "faucet", [amount]);
  }

  /** The period running now on the compensation table's clock. */
  async currentPeriod(): Promise<bigint> {
    return this.client.readContract({
      address: this.address("CompensationTable"),
      abi: compensationTableAbi,
      functionName: "currentPeriod",
    });
  }

  /** First second at which `period` is Closable (its review window is over). */
  async closableAt(period: bigint): Promise<bigint> {
    const read = (functionName: "genesis" | "periodLength" | "graceWindow" | "reviewWindow") =>
      this.client.readContract({ address: this.address("CompensationTable"), abi: compensationTableAbi, functionName });
    const [genesis, length, grace, review] = await Promise.all([
      read("genesis"),
      read("periodLength"),
      read("graceWindow"),
      read("reviewWindow"),
    ]);
    return genesis + (period + 1n) * length + grace + review;
  }

  /** The feeder records `operator`'s consumption of `period` in GB. */
  async recordConsumption(feeder: Address, operator: Address, period: bigint, gigabytes: bigint) {
    return this.write(feeder, "ConsumptionLedger", consumptionLedgerAbi, "recordConsumption", [operator, period, gigabytes]);
  }

  async validateConsumption(operator: Address, period: bigint) {
    return this.write(operator, "ConsumptionLedger", consumptionLedgerAbi, "validateConsumption", [period]);
  }

  /** The dispute subject id of `operator`'s consumption record of `period` (to raise an issue at the court). */
  async consumptionSubjectId(operator: Address, period: bigint): Promise<bigint> {
    return this.client.readContract({
      address: this.address("ConsumptionLedger"),
      abi: consumptionLedgerAbi,
      functionName: "subjectIdOf",
      args: [operator, period],
    });
  }

  /** Closes `period` (anyone, once Closable; periods close in order). */
  async closePeriod(account: Address, period: bigint) {
    return this.write(account, "CompensationTable", compensationTableAbi, "close", [period]);
  }

  /** Records the positions of `accounts` in closed `period`, in batches of at most 100. */
  async recordPositions(account: Address, period: bigint, accounts: readonly Address[]) {
    for (let start = 0; start < accounts.length; start += 100) {
      await this.write(account, "CompensationTable", compensationTableAbi, "recordPositions", [
        period,
        accounts.slice(start, start + 100),
      ]);
    }
  }

  /** `period`'s totals on the table: expenses, consumption, fee, when it closed, when its recording window ends, settled. */
  periodTotals(period: bigint) {
    return this.client.readContract({
      address: this.address("CompensationTable"),
      abi: compensationTableAbi,
      functionName: "periodTotals",
      args: [period],
    });
  }

  /** `account`'s net position in closed `period` (positive: owed to it). */
  async netPosition(account: Address, period: bigint): Promise<bigint> {
    return this.client.readContract({
      address: this.address("CompensationTable"),
      abi: compensationTableAbi,
      functionName: "netPositionOf",
      args: [account, period],
    });
  }

  /** The debtor approves the table for `amount` and settles it (the whole remaining debt when omitted). */
  async settle(debtor: Address, period: bigint, amount?: bigint) {
    const table = this.address("CompensationTable");
    let pay = amount;
    if (pay === undefined) {
      const net = await this.netPosition(debtor, period);
      const position = await this.client.readContract({
        address: table,
        abi: compensationTableAbi,
        functionName: "positionOf",
        args: [debtor, period],
      });
      pay = -net - position.paid;
      if (pay <= 0n) throw new Error(`${debtor} owes nothing in period ${period}`);
    }
    await this.write(debtor, "SettlementToken", settlementTokenAbi, "approve", [table, pay]);
    return this.write(debtor, "CompensationTable", compensationTableAbi, "settle", [period, pay]);
  }

  /** The creditor claims what its credit in `period` may take now. */
  async claimCredit(creditor: Address, period: bigint) {
    return this.write(creditor, "CompensationTable", compensationTableAbi, "claim", [period]);
  }

  /*//////////////////////////////////////////////////////////////
                               EXPENSES
  //////////////////////////////////////////////////////////////*/

  /** `account` takes `amount` (6-decimal units) of the demo euro from its faucet (local chain only). */
  async faucetSettlementToken(account: Address, amount: bigint) {
    const token = await this.client.readContract({
      address: this.address("ExpenseLedger"),
      abi: expenseLedgerAbi,
      functionName: "settlementToken",
    });
    const faucet = [
      { type: "function", name: "faucet", inputs: [{ type: "uint256" }], outputs: [], stateMutability: "nonpayable" },
    ] as const;
    return this.writeAt(account, token, faucet, "faucet", [amount]);
  }

  /** A Platform-role account registers (approves) `account`'s entity by its tax id. */
  async registerEntity(platform: Address, account: Address, taxId: string) {
    return this.write(platform, "ExpenseLedger", expenseLedgerAbi, "registerEntity", [account, entityHashOf(taxId)]);
  }

  /**
   * `account` declares the expense of an uploaded evidence document in `period` (the current one by default),
   * approving the deposit first; returns the expense id. The account must hold the deposit in settlement tokens.
   */
  async declareExpense(account: Address, document: ExpenseEvidenceDocument, evidenceCid: string, period?: bigint) {
    const { amount, invoiceKey, evidence } = expenseDeclarationOf(document, evidenceCid);
    const ledger = this.address("ExpenseLedger");
    const [token, deposit] = await Promise.all([
      this.client.readContract({ address: ledger, abi: expenseLedgerAbi, functionName: "settlementToken" }),
      this.client.readContract({ address: ledger, abi: expenseLedgerAbi, functionName: "deposit" }),
    ]);
    await this.writeAt(account, token, erc20Abi, "approve", [ledger, deposit]);
    const declaredPeriod = period ?? (await this.currentPeriod());
    const receipt = await this.write(account, "ExpenseLedger", expenseLedgerAbi, "declare", [
      amount,
      declaredPeriod,
      invoiceKey,
      evidence.digest,
      CID_CODEC[evidence.codec],
    ]);
    const [declared] = parseEventLogs({ abi: expenseLedgerAbi, eventName: "ExpenseDeclared", logs: receipt.logs });
    if (!declared) throw new Error("declare emitted no ExpenseDeclared event");
    return declared.args.expenseId;
  }

  expense(expenseId: bigint) {
    return this.client.readContract({
      address: this.address("ExpenseLedger"),
      abi: expenseLedgerAbi,
      functionName: "getExpense",
      args: [expenseId],
    });
  }

  /** The expense's drawn reviewers, slot by slot (the zero address for a vacant slot). */
  async expenseReviewers(expenseId: bigint): Promise<Address[]> {
    const seats = await this.client.readContract({
      address: this.address("ExpenseLedger"),
      abi: expenseLedgerAbi,
      functionName: "reviewersOf",
      args: [expenseId],
    });
    return seats.map((seat) => seat.reviewer);
  }

  /**
   * `account` draws the expense's vacant reviewer slots, first mining the blocks the draw waits for (local
   * chain: the seed is the hash of the block after the declaration); returns the reviewers.
   */
  async drawReviewers(account: Address, expenseId: bigint): Promise<Address[]> {
    // A draw whose picks find too few distinct reviewers defers to a later block (ExpenseDrawDeferred): draw
    // again until every seat is filled.
    for (let attempt = 0; attempt < DRAW_ATTEMPTS; attempt++) {
      const { drawAnchor } = await this.expense(expenseId);
      // cacheTime 0: viem caches the block number for its polling interval, which would mine past the horizon.
      while ((await this.client.getBlockNumber({ cacheTime: 0 })) < drawAnchor + 1n) {
        await this.client.request({ method: "evm_mine" } as never);
      }
      await this.write(account, "ExpenseLedger", expenseLedgerAbi, "draw", [expenseId]);
      const reviewers = await this.expenseReviewers(expenseId);
      if (reviewers.every((reviewer) => BigInt(reviewer) !== 0n)) return reviewers;
    }
    throw new Error(`expense #${expenseId} still has an empty reviewer seat after ${DRAW_ATTEMPTS} draws`);
  }

  /** A drawn reviewer validates, or rejects with the CID of its reason document. */
  async reviewExpense(reviewer: Address, expenseId: bigint, verdict: keyof typeof EXPENSE_VERDICT, reason?: OnChainCid) {
    if (verdict === "validate") {
      return this.write(reviewer, "ExpenseLedger", expenseLedgerAbi, "validate", [expenseId]);
    }
    if (verdict !== "reject" || reason === undefined) throw new Error("A rejection needs its reason's CID");
    return this.write(reviewer, "ExpenseLedger", expenseLedgerAbi, "reject", [
      expenseId,
      reason.digest,
      CID_CODEC[reason.codec],
    ]);
  }

  async redrawReviewer(account: Address, expenseId: bigint, slot: number) {
    return this.write(account, "ExpenseLedger", expenseLedgerAbi, "redraw", [expenseId, BigInt(slot)]);
  }

  async releaseExpenseDeposit(account: Address, expenseId: bigint) {
    return this.write(account, "ExpenseLedger", expenseLedgerAbi, "releaseDeposit", [expenseId]);
  }

  /*//////////////////////////////////////////////////////////////
                    SPT SALE AND BANDWIDTH AUCTIONS
  //////////////////////////////////////////////////////////////*/

  /** Buys SPT in the platform sale for `ether` (a decimal string). */
  async buySpt(account: Address, ether: string) {
    return this.write(account, "PlatformTokenSale", platformTokenSaleAbi, "buy", [], parseEther(ether));
  }

  /** Ends the SPT sale once it closed (anyone): burns the unsold, opens the auctions 7 days later. */
  async finalizeSale(account: Address) {
    return this.write(account, "PlatformTokenSale", platformTokenSaleAbi, "finalize", []);
  }

  /** The operator creates a bandwidth token; returns its address. */
  async createBandwidthToken(
    operator: Address,
    token: { name: string; symbol: string; deliveryStart: bigint; deliveryEnd: bigint },
  ): Promise<Address> {
    const receipt = await this.write(operator, "BandwidthTokenFactory", bandwidthTokenFactoryAbi, "createToken", [
      token.name,
      token.symbol,
      token.deliveryStart,
      token.deliveryEnd,
    ]);
    const [created] = parseEventLogs({ abi: bandwidthTokenFactoryAbi, eventName: "BandwidthTokenCreated", logs: receipt.logs });
    if (!created) throw new Error("createToken emitted no BandwidthTokenCreated event");
    return created.args.token;
  }

  /** The token's operator lets the auction contract mint it. */
  async addAuctionMinter(operator: Address, token: Address) {
    return this.writeAt(operator, token, bandwidthTokenAbi, "addMinter", [this.address("BandwidthAuction")]);
  }

  /** The Platform role records `operator`'s investment of `total` ETH (a decimal string); returns its id. */
  async recordInvestment(platform: Address, operator: Address, total: string): Promise<bigint> {
    const receipt = await this.write(platform, "BandwidthAuction", bandwidthAuctionAbi, "recordInvestment", [operator, parseEther(total)]);
    const [recorded] = parseEventLogs({ abi: bandwidthAuctionAbi, eventName: "InvestmentRecorded", logs: receipt.logs });
    if (!recorded) throw new Error("recordInvestment emitted no InvestmentRecorded event");
    return recorded.args.investmentId;
  }

  /** The operator opens an auction (`offered` IBT units at `price` wei per IBT); returns its id. */
  async createAuction(
    operator: Address,
    offer: { investmentId: bigint; token: Address; offered: bigint; price: bigint; startsAt: bigint; endsAt: bigint },
  ): Promise<bigint> {
    const { investmentId, token, offered, price, startsAt, endsAt } = offer;
    const receipt = await this.write(operator, "BandwidthAuction", bandwidthAuctionAbi, "createAuction", [
      investmentId,
      token,
      offered,
      price,
      startsAt,
      endsAt,
    ]);
    const [created] = parseEventLogs({ abi: bandwidthAuctionAbi, eventName: "AuctionCreated", logs: receipt.logs });
    if (!created) throw new Error("createAuction emitted no AuctionCreated event");
    return created.args.auctionId;
  }

  auction(auctionId: bigint) {
    return this.client.readContract({ address: this.address("BandwidthAuction"), abi: bandwidthAuctionAbi, functionName: "getAuction", args: [auctionId] });
  }

  /** `bidder` buys `amount` IBT units, paying what the contract's `cost` asks. */
  async bid(bidder: Address, auctionId: bigint, amount: bigint) {
    const auction = this.address("BandwidthAuction");
    const cost = await this.client.readContract({ address: auction, abi: bandwidthAuctionAbi, functionName: "cost", args: [auctionId, bidder, amount] });
    return this.write(bidder, "BandwidthAuction", bandwidthAuctionAbi, "bid", [auctionId, amount], cost);
  }

  async claimAuctionTokens(account: Address, auctionId: bigint) {
    return this.write(account, "BandwidthAuction", bandwidthAuctionAbi, "claimTokens", [auctionId]);
  }

  async claimAuctionProceeds(operator: Address, auctionId: bigint) {
    return this.write(operator, "BandwidthAuction", bandwidthAuctionAbi, "claimProceeds", [auctionId]);
  }

  async claimCommonPool(holder: Address, auctionId: bigint) {
    return this.write(holder, "BandwidthAuction", bandwidthAuctionAbi, "claimCommonPool", [auctionId]);
  }

  /*//////////////////////////////////////////////////////////////
                            NODES
  //////////////////////////////////////////////////////////////*/

  /** The operator registers a node (coordinates in millionths of a degree, enums by index); returns its id. */
  async registerNode(
    operator: Address,
    node: { kind: number; status: number; latitude: number; longitude: number; metadata: OnChainCid },
  ): Promise<bigint> {
    const receipt = await this.write(operator, "NodeRegistry", nodeRegistryAbi, "registerNode", [
      {
        kind: node.kind,
        status: node.status,
        latitude: node.latitude,
        longitude: node.longitude,
        metadataDigest: node.metadata.digest,
        metadataCodec: CID_CODEC[node.metadata.codec],
      },
    ]);
    const [registered] = parseEventLogs({ abi: nodeRegistryAbi, eventName: "NodeRegistered", logs: receipt.logs });
    if (!registered) throw new Error("the registration emitted no NodeRegistered event");
    return registered.args.nodeId;
  }

  /**
   * Sends `functionName` of the deployed `contract` as `account` and waits for the receipt. A revert throws
   * with the function's name: nothing sent from here is expected to fail. The gas limit is the estimate plus
   * `TRANSACTION_GAS_HEADROOM`, as the web sends it.
   */
  private async write<const TAbi extends Abi, TName extends ContractFunctionName<TAbi, "nonpayable" | "payable">>(
    account: Address,
    contract: string,
    abi: TAbi,
    functionName: TName,
    args: ContractFunctionArgs<TAbi, "nonpayable" | "payable", TName>,
    value?: bigint,
  ) {
    return this.writeAt(account, this.address(contract), abi, functionName, args, value);
  }

  /** As `write`, to a contract at `address` that the deployment does not name (e.g. an operator's IBT). */
  private async writeAt<const TAbi extends Abi, TName extends ContractFunctionName<TAbi, "nonpayable" | "payable">>(
    account: Address,
    address: Address,
    abi: TAbi,
    functionName: TName,
    args: ContractFunctionArgs<TAbi, "nonpayable" | "payable", TName>,
    value?: bigint,
  ) {
    // The signature above types every call; viem's own parameter type cannot follow generics this far.
    const request = { account, address, abi, functionName, args, value };
    const gas = gasLimitFor(await this.client.estimateContractGas(request as never));
    const hash = await this.wallet.writeContract({ ...request, gas } as never);
    const receipt = await this.client.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`${functionName} reverted (transaction ${hash})`);
    return receipt;
  }
}
