import {
  createPublicClient,
  createWalletClient,
  defineChain,
  http,
  erc20Abi,
  parseEther,
  parseEventLogs,
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type PublicClient,
} from "viem";
import {
  bandwidthAuctionAbi,
  bandwidthTokenAbi,
  bandwidthTokenFactoryAbi,
  billingAbi,
  capitalTokenAbi,
  disputeCourtAbi,
  nodeRegistryAbi,
  participantRegistryAbi,
  platformTokenSaleAbi,
  plcrVotingAbi,
  projectRegistryAbi,
  reputationRegistryAbi,
  taskRegistryAbi,
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
  type DisputeRuling,
  type DisputeStage,
  type ParticipantRole,
} from "../protocol.ts";
import { sealVote, type SealedVote } from "../voting/salt.ts";

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
    const hash = await this.wallet.writeContract({ account, address: token, abi: erc20Abi, functionName: "approve", args: [court, fee], chain: this.client.chain });
    const receipt = await this.client.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`approve reverted (transaction ${hash})`);
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
