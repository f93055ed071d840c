import {
  createPublicClient,
  createWalletClient,
  defineChain,
  http,
  parseEther,
  parseEventLogs,
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type PublicClient,
} from "viem";
import {
  capitalTokenAbi,
  compensationTableAbi,
  consumptionLedgerAbi,
  participantRegistryAbi,
  plcrVotingAbi,
  projectRegistryAbi,
  reputationRegistryAbi,
  settlementTokenAbi,
  taskRegistryAbi,
} from "../abi/generated.ts";
import { contractAddress, LOCAL_CHAIN_ID, type Deployment } from "../deployments/index.ts";
import { LOCAL_DEV_ATTESTER, signAttestation } from "../identity/server.ts";
import type { OnChainCid } from "../ipfs/cid.ts";
import { CID_CODEC, COLLATERAL_KIND, type ParticipantRole } from "../protocol.ts";
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

  /**
   * Sends `functionName` of the deployed `contract` as `account` and waits for the receipt. A revert throws
   * with the function's name: nothing sent from here is expected to fail.
   */
  private async write<const TAbi extends Abi, TName extends ContractFunctionName<TAbi, "nonpayable" | "payable">>(
    account: Address,
    contract: string,
    abi: TAbi,
    functionName: TName,
    args: ContractFunctionArgs<TAbi, "nonpayable" | "payable", TName>,
    value?: bigint,
  ) {
    // The signature above types every call; viem's own parameter type cannot follow generics this far.
    const request = { account, address: this.address(contract), abi, functionName, args, value };
    const hash = await this.wallet.writeContract(request as never);
    const receipt = await this.client.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`${functionName} reverted (transaction ${hash})`);
    return receipt;
  }
}
