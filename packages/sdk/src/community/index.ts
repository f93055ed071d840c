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
  encodeFunctionData,
  keccak256,
  toHex,
} from "viem";
import {
  capitalTokenAbi,
  participantRegistryAbi,
  plcrVotingAbi,
  projectRegistryAbi,
  reputationRegistryAbi,
  taskRegistryAbi,
  timelockControllerAbi,
} from "../abi/generated.ts";
import { contractAddress, LOCAL_CHAIN_ID, type Deployment } from "../deployments/index.ts";
import { gasLimitFor } from "../gas.ts";
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
    // The signature above types every call; viem's own parameter type cannot follow generics this far.
    const request = { account, address: this.address(contract), abi, functionName, args, value };
    const gas = gasLimitFor(await this.client.estimateContractGas(request as never));
    const hash = await this.wallet.writeContract({ ...request, gas } as never);
    const receipt = await this.client.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`${functionName} reverted (transaction ${hash})`);
    return receipt;
  }
}
