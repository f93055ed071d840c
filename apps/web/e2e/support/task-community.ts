import { capitalTokenAbi, plcrVotingAbi, projectRegistryAbi, taskRegistryAbi } from "@scipio/sdk/abi";
import { sealVote } from "@scipio/sdk/voting";
import { createWalletClient, defineChain, http, keccak256, toHex, type Address } from "viem";
import type { Chain } from "./chain";
import { Community } from "./community";
import { resolveAccount } from "./injected-wallet";

/** `IProjectRegistry.Stage` and `ITaskRegistry.TaskStatus` values the journeys assert. */
export const STAGE = { Active: 3, Validation: 4, Voting: 5, Complete: 6, Failed: 7 } as const;
export const TASK = { Open: 0, Claimed: 1, Submitted: 2, Validating: 3, Disputed: 4, Completed: 5, Failed: 6 } as const;

/**
 * The community carried on into the task stages, straight on the chain: so a journey starts at the stage it is
 * about, the earlier stages being covered page by page by their own specs.
 */
export class TaskCommunity extends Community {
  private readonly writer;

  constructor(private readonly taskChain: Chain) {
    super(taskChain);
    this.writer = createWalletClient({
      chain: defineChain({
        id: 31337,
        name: "anvil",
        nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
        rpcUrls: { default: { http: [taskChain.rpcUrl] } },
      }),
      transport: http(taskChain.rpcUrl),
    });
  }

  private async write(who: string, contract: "TaskRegistry" | "PlcrVoting" | "ProjectRegistry", functionName: string, args: unknown[]) {
    const abi = { TaskRegistry: taskRegistryAbi, PlcrVoting: plcrVotingAbi, ProjectRegistry: projectRegistryAbi }[contract];
    const hash = await this.writer.writeContract({
      address: this.taskChain.address(contract),
      abi,
      functionName,
      args,
      account: resolveAccount(who),
    } as never);
    const receipt = await this.taskChain.client.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`${functionName} by ${who} reverted`);
  }

  /**
   * A project in Active with the given weightings (bps): Bruno's list backed by Bruno and Dídac, the list period
   * travelled past, and `TaskRegistry.advance` called.
   */
  async activeProject(weightings: number[] = [6_000, 4_000], cost = "0.1"): Promise<bigint> {
    const projectId = await this.stakedProject(cost);
    const tasks = weightings.map((weighting, index) => ({ digest: keccak256(toHex(`task ${projectId}/${index}`)), codec: 0, weighting }));
    await this.write("Bruno", "ProjectRegistry", "submitTaskList", [projectId, tasks]);
    await this.write("Dídac", "ProjectRegistry", "backTaskList", [projectId, 1n]);
    const { stageDeadline } = await this.project(projectId);
    await this.taskChain.mineAt(stageDeadline + 1n);
    await this.advance(projectId);
    return projectId;
  }

  /** Moves a Proposed project past its staking deadline to Expired. */
  expire(projectId: bigint, who = "Bruno") {
    return this.write(who, "ProjectRegistry", "expire", [projectId]);
  }

  /**
   * Takes an Active project of one task to Complete: Carla claims and delivers it, Ada approves, nobody disputes;
   * every stage deadline is travelled past and advanced.
   */
  async complete(projectId: bigint) {
    await this.claim("Carla", projectId, 0);
    await this.submitEvidence("Carla", projectId, 0);
    await this.advance(projectId);
    await this.validate("Ada", projectId, 0, true);
    for (let step = 0; step < 3 && (await this.projectTasks(projectId)).stage !== STAGE.Complete; step++) {
      await this.passStageDeadline(projectId);
      await this.advance(projectId);
    }
  }

  advance(projectId: bigint, who = "Bruno") {
    return this.write(who, "TaskRegistry", "advance", [projectId]);
  }

  claim(who: string, projectId: bigint, taskIndex: number) {
    return this.write(who, "TaskRegistry", "claimTask", [projectId, BigInt(taskIndex)]);
  }

  /** Submits evidence: the given CID digest (raw codec), or a placeholder digest that no gateway holds. */
  submitEvidence(who: string, projectId: bigint, taskIndex: number, digest: `0x${string}` = keccak256(toHex(`evidence ${projectId}/${taskIndex}`))) {
    return this.write(who, "TaskRegistry", "submitEvidence", [projectId, BigInt(taskIndex), digest, 0]);
  }

  async validate(who: string, projectId: bigint, taskIndex: number, approve: boolean) {
    const stake = await this.minValidationStake(projectId, taskIndex, approve);
    await this.write(who, "TaskRegistry", "validate", [projectId, BigInt(taskIndex), approve, stake]);
  }

  async commitVote(who: string, pollId: bigint, support: boolean, reputation: bigint) {
    const sealed = sealVote(pollId, resolveAccount(who), support);
    await this.write(who, "PlcrVoting", "commitVote", [pollId, sealed.commitHash, 0n, reputation]);
    return sealed;
  }

  /**
   * A project in Voting: Carla claimed and submitted task 0 (the only task), Ada approved and Elena rejected it,
   * and validation ended. Ferran and Gemma hold reputation to vote with.
   */
  async votingProject(): Promise<bigint> {
    await this.votersAndValidators();
    const projectId = await this.activeProject([10_000]);
    await this.claim("Carla", projectId, 0);
    await this.submitEvidence("Carla", projectId, 0);
    await this.advance(projectId);
    await this.validate("Ada", projectId, 0, true);
    await this.validate("Elena", projectId, 0, false);
    await this.passStageDeadline(projectId);
    await this.advance(projectId);
    return projectId;
  }

  /** Carla can claim (reputation), Ada and Elena can validate (tokens), Ferran and Gemma can vote (reputation). */
  async votersAndValidators() {
    await this.registerIdentity("Carla", "carla@guifi");
    await this.buyTokens("Ada", "0.5");
    await this.buyTokens("Elena", "0.5");
    await this.registerIdentity("Ferran", "ferran@guifi");
    await this.registerIdentity("Gemma", "gemma@guifi");
  }

  async passStageDeadline(projectId: bigint) {
    const { stageDeadline } = await this.projectTasks(projectId);
    await this.taskChain.mineAt(stageDeadline + 1n);
  }

  projectTasks(projectId: bigint) {
    return this.taskChain.client.readContract({ address: this.taskChain.address("TaskRegistry"), abi: taskRegistryAbi, functionName: "getProjectTasks", args: [projectId] });
  }

  task(projectId: bigint, taskIndex: number) {
    return this.taskChain.client.readContract({ address: this.taskChain.address("TaskRegistry"), abi: taskRegistryAbi, functionName: "getTask", args: [projectId, BigInt(taskIndex)] });
  }

  minValidationStake(projectId: bigint, taskIndex: number, approve: boolean) {
    return this.taskChain.client.readContract({
      address: this.taskChain.address("TaskRegistry"),
      abi: taskRegistryAbi,
      functionName: "minValidationStake",
      args: [projectId, BigInt(taskIndex), approve],
    });
  }

  validator(projectId: bigint, taskIndex: number, who: string) {
    return this.taskChain.client.readContract({
      address: this.taskChain.address("TaskRegistry"),
      abi: taskRegistryAbi,
      functionName: "getValidator",
      args: [projectId, BigInt(taskIndex), resolveAccount(who)],
    });
  }

  isSlashed(projectId: bigint, taskIndex: number, who: string) {
    return this.taskChain.client.readContract({
      address: this.taskChain.address("TaskRegistry"),
      abi: taskRegistryAbi,
      functionName: "isSlashed",
      args: [projectId, BigInt(taskIndex), resolveAccount(who)],
    });
  }

  pollGroup(projectId: bigint) {
    return this.taskChain.client.readContract({ address: this.taskChain.address("PlcrVoting"), abi: plcrVotingAbi, functionName: "getPollGroup", args: [projectId] });
  }

  vote(pollId: bigint, who: string) {
    return this.taskChain.client.readContract({ address: this.taskChain.address("PlcrVoting"), abi: plcrVotingAbi, functionName: "getVote", args: [pollId, resolveAccount(who)] });
  }

  poll(pollId: bigint) {
    return this.taskChain.client.readContract({ address: this.taskChain.address("PlcrVoting"), abi: plcrVotingAbi, functionName: "getPoll", args: [pollId] });
  }

  owedTo(who: string | Address) {
    return this.taskChain.client.readContract({ address: this.taskChain.address("CapitalToken"), abi: capitalTokenAbi, functionName: "owedTo", args: [resolveAccount(who)] });
  }

  pendingPayout(projectId: bigint, taskIndex: number, who: string) {
    return this.taskChain.client.readContract({
      address: this.taskChain.address("TaskRegistry"),
      abi: taskRegistryAbi,
      functionName: "pendingPayout",
      args: [projectId, BigInt(taskIndex), resolveAccount(who)],
    });
  }
}

export function pollIdOf(projectId: bigint, taskIndex: number): bigint {
  return (projectId << 8n) | BigInt(taskIndex);
}
