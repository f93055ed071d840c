import { capitalTokenAbi, projectRegistryAbi, reputationRegistryAbi } from "@scipio/sdk/abi";
import { CommunityActions } from "@scipio/sdk/community";
import type { Address } from "viem";
import type { Chain } from "./chain";
import { resolveAccount } from "./injected-wallet";

/**
 * The rest of the community, acting straight on the chain (anvil's accounts are unlocked) through the sdk's
 * `CommunityActions`, the same the demo seed uses, so a journey sets up who holds tokens, who has reputation
 * and which project exists without clicking through it. Members are named (`"Bruno"`) or given by address.
 */
export class Community {
  protected readonly actions: CommunityActions;

  constructor(protected readonly chain: Chain) {
    this.actions = new CommunityActions(chain.rpcUrl, chain.deployment);
  }

  buyTokens(who: string, ether: string) {
    return this.actions.buy(resolveAccount(who), ether);
  }

  /** Registers `identity` for `who` with the same dev attestation the app's route signs. */
  registerIdentity(who: string, identity: string) {
    return this.actions.register(resolveAccount(who), identity);
  }

  /** Proposes with token collateral and a placeholder description digest (its document is not on IPFS); returns the project id. */
  async propose(who: string, { cost, stakingDays = 7 }: { cost: string; stakingDays?: number }): Promise<bigint> {
    const stakingDeadline = (await this.chain.now()) + BigInt(stakingDays * 86_400);
    const description = { digest: `0x${"ab".repeat(32)}`, codec: "raw" } as const;
    return this.actions.propose(resolveAccount(who), { cost, stakingDeadline, description, collateral: "tokens" });
  }

  stakeTokens(who: string, projectId: bigint, amount: bigint) {
    return this.actions.stakeTokens(resolveAccount(who), projectId, amount);
  }

  stakeReputation(who: string, projectId: bigint, amount: bigint) {
    return this.actions.stakeReputation(resolveAccount(who), projectId, amount);
  }

  project(projectId: bigint) {
    return this.actions.project(projectId);
  }

  stakeOf(projectId: bigint, who: string) {
    return this.chain.client.readContract({
      address: this.chain.address("ProjectRegistry"),
      abi: projectRegistryAbi,
      functionName: "getStake",
      args: [projectId, resolveAccount(who)],
    });
  }

  tokenBalance(who: string | Address) {
    return this.chain.client.readContract({
      address: this.chain.address("CapitalToken"),
      abi: capitalTokenAbi,
      functionName: "balanceOf",
      args: [resolveAccount(who)],
    });
  }

  reputationBalance(who: string | Address) {
    return this.chain.client.readContract({
      address: this.chain.address("ReputationRegistry"),
      abi: reputationRegistryAbi,
      functionName: "balanceOf",
      args: [resolveAccount(who)],
    });
  }

  /**
   * A funded community with a project `cost` ETH that Bruno (tokens) and Dídac (reputation) stake to Staked.
   * Carla proposes with token collateral; Ada's registration makes sure reputation exists beyond Dídac's.
   */
  async stakedProject(cost = "0.1"): Promise<bigint> {
    await this.fundedCommunity();
    const projectId = await this.propose("Carla", { cost });
    const project = await this.project(projectId);
    await this.stakeTokens("Bruno", projectId, project.requiredTokens);
    await this.stakeReputation("Dídac", projectId, project.requiredReputation);
    return projectId;
  }

  /** Bruno and Carla hold tokens; Dídac and Ada hold reputation. */
  async fundedCommunity() {
    await this.buyTokens("Bruno", "1");
    await this.buyTokens("Carla", "0.5");
    await this.registerIdentity("Dídac", "didac@guifi");
    await this.registerIdentity("Ada", "ada@guifi");
  }
}
