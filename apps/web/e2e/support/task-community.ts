import { capitalTokenAbi, plcrVotingAbi, taskRegistryAbi } from "@scipio/sdk/abi";
import { keccak256, toHex, type Address, type Hex } from "viem";
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
  /**
   * A project in Active with the given weightings (bps): Bruno's list backed by Bruno and Dídac, the list period
   * travelled past, and `TaskRegistry.advance` called.
   */
  async activeProject(weightings: number[] = [6_000, 4_000], cost = "0.1"): Promise<bigint> {
    const projectId = await this.stakedProject(cost);
    const tasks = weightings.map((weighting, index) => ({ description: placeholderCid(`task ${projectId}/${index}`), weighting }));
    await this.actions.submitTaskList(resolveAccount("Bruno"), projectId, tasks);
    await this.actions.backTaskList(resolveAccount("Dídac"), projectId, 1n);
    const { stageDeadline } = await this.project(projectId);
    await this.chain.mineAt(stageDeadline + 1n);
    await this.advance(projectId);
    return projectId;
  }

  /** An Active project of one task that Carla (registered here for the reputation) has claimed. */
  async claimedProject(): Promise<bigint> {
    await this.registerIdentity("Carla", "carla@guifi");
    const projectId = await this.activeProject([10_000]);
    await this.claim("Carla", projectId, 0);
    return projectId;
  }

  /** Moves a Proposed project past its staking deadline to Expired. */
  expire(projectId: bigint, who = "Bruno") {
    return this.actions.expire(resolveAccount(who), projectId);
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
    return this.actions.advance(resolveAccount(who), projectId);
  }

  claim(who: string, projectId: bigint, taskIndex: number) {
    return this.actions.claimTask(resolveAccount(who), projectId, taskIndex);
  }

  /** Submits evidence: the given CID digest (raw codec), or a placeholder digest that no gateway holds. */
  submitEvidence(who: string, projectId: bigint, taskIndex: number, digest?: Hex) {
    const evidence = digest ? ({ digest, codec: "raw" } as const) : placeholderCid(`evidence ${projectId}/${taskIndex}`);
    return this.actions.submitEvidence(resolveAccount(who), projectId, taskIndex, evidence);
  }

  validate(who: string, projectId: bigint, taskIndex: number, approve: boolean) {
    return this.actions.validate(resolveAccount(who), projectId, taskIndex, approve);
  }

  commitVote(who: string, pollId: bigint, support: boolean, reputation: bigint) {
    return this.actions.commitVote(resolveAccount(who), pollId, support, { reputation });
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
    await this.chain.mineAt(stageDeadline + 1n);
  }

  projectTasks(projectId: bigint) {
    return this.chain.client.readContract({ address: this.chain.address("TaskRegistry"), abi: taskRegistryAbi, functionName: "getProjectTasks", args: [projectId] });
  }

  task(projectId: bigint, taskIndex: number) {
    return this.chain.client.readContract({ address: this.chain.address("TaskRegistry"), abi: taskRegistryAbi, functionName: "getTask", args: [projectId, BigInt(taskIndex)] });
  }

  minValidationStake(projectId: bigint, taskIndex: number, approve: boolean) {
    return this.actions.minValidationStake(projectId, taskIndex, approve);
  }

  validator(projectId: bigint, taskIndex: number, who: string) {
    return this.chain.client.readContract({
      address: this.chain.address("TaskRegistry"),
      abi: taskRegistryAbi,
      functionName: "getValidator",
      args: [projectId, BigInt(taskIndex), resolveAccount(who)],
    });
  }

  isSlashed(projectId: bigint, taskIndex: number, who: string) {
    return this.chain.client.readContract({
      address: this.chain.address("TaskRegistry"),
      abi: taskRegistryAbi,
      functionName: "isSlashed",
      args: [projectId, BigInt(taskIndex), resolveAccount(who)],
    });
  }

  pollGroup(projectId: bigint) {
    return this.chain.client.readContract({ address: this.chain.address("PlcrVoting"), abi: plcrVotingAbi, functionName: "getPollGroup", args: [projectId] });
  }

  vote(pollId: bigint, who: string) {
    return this.chain.client.readContract({ address: this.chain.address("PlcrVoting"), abi: plcrVotingAbi, functionName: "getVote", args: [pollId, resolveAccount(who)] });
  }

  poll(pollId: bigint) {
    return this.chain.client.readContract({ address: this.chain.address("PlcrVoting"), abi: plcrVotingAbi, functionName: "getPoll", args: [pollId] });
  }

  owedTo(who: string | Address) {
    return this.chain.client.readContract({ address: this.chain.address("CapitalToken"), abi: capitalTokenAbi, functionName: "owedTo", args: [resolveAccount(who)] });
  }

  pendingPayout(projectId: bigint, taskIndex: number, who: string) {
    return this.chain.client.readContract({
      address: this.chain.address("TaskRegistry"),
      abi: taskRegistryAbi,
      functionName: "pendingPayout",
      args: [projectId, BigInt(taskIndex), resolveAccount(who)],
    });
  }
}

/** A CID digest that no gateway holds: for tasks and evidence whose content a journey never reads. */
function placeholderCid(label: string) {
  return { digest: keccak256(toHex(label)), codec: "raw" } as const;
}

export function pollIdOf(projectId: bigint, taskIndex: number): bigint {
  return (projectId << 8n) | BigInt(taskIndex);
}
