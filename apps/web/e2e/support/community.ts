import { capitalTokenAbi, projectRegistryAbi, reputationRegistryAbi } from "@scipio/sdk/abi";
import { signAttestation } from "@scipio/sdk/identity/server";
import { createWalletClient, defineChain, http, parseEther, parseEventLogs, type Address, type Hex } from "viem";
import type { Chain } from "./chain";
import { resolveAccount } from "./injected-wallet";

/** What the app's attester route uses on the local chain when no key is configured (anvil's account #9). */
const DEV_ATTESTER_KEY: Hex = "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6";
const DEV_ATTESTER_SECRET = "scipio-local-dev";

/**
 * The rest of the community, acting straight on the chain (anvil's accounts are unlocked), so a journey
 * sets up who holds tokens, who has reputation and which project exists without clicking through it.
 */
export class Community {
  private readonly walletClient;

  constructor(private readonly chain: Chain) {
    this.walletClient = createWalletClient({
      chain: defineChain({
        id: 31337,
        name: "anvil",
        nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
        rpcUrls: { default: { http: [chain.rpcUrl] } },
      }),
      transport: http(chain.rpcUrl),
    });
  }

  private async send(who: string, request: Parameters<typeof this.walletClient.writeContract>[0]) {
    const hash = await this.walletClient.writeContract({ ...request, account: resolveAccount(who) } as never);
    const receipt = await this.chain.client.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`${request.functionName} by ${who} reverted`);
    return receipt;
  }

  async buyTokens(who: string, ether: string) {
    await this.send(who, {
      address: this.chain.address("CapitalToken"),
      abi: capitalTokenAbi,
      functionName: "buy",
      args: [0n],
      value: parseEther(ether),
    } as never);
  }

  /** Registers `identity` for `who` with the same dev attestation the app's route signs. */
  async registerIdentity(who: string, identity: string) {
    const registry = this.chain.address("ReputationRegistry");
    const attestation = await signAttestation({
      attesterKey: DEV_ATTESTER_KEY,
      attesterSecret: DEV_ATTESTER_SECRET,
      registry,
      chainId: 31337,
      identity,
      account: resolveAccount(who),
      now: Number(await this.chain.now()),
    });
    await this.send(who, {
      address: registry,
      abi: reputationRegistryAbi,
      functionName: "register",
      args: [attestation.identityHash, attestation.account, BigInt(attestation.deadline), attestation.signature],
    } as never);
  }

  /** Proposes with a placeholder description digest (its document is not on IPFS); returns the project id. */
  async propose(who: string, { cost, stakingDays = 7 }: { cost: string; stakingDays?: number }): Promise<bigint> {
    const deadline = (await this.chain.now()) + BigInt(stakingDays * 86_400);
    const receipt = await this.send(who, {
      address: this.chain.address("ProjectRegistry"),
      abi: projectRegistryAbi,
      functionName: "propose",
      args: [parseEther(cost), deadline, `0x${"ab".repeat(32)}`, 0, 0],
    } as never);
    const [event] = parseEventLogs({ abi: projectRegistryAbi, eventName: "ProjectProposed", logs: receipt.logs });
    return event!.args.projectId;
  }

  async stakeTokens(who: string, projectId: bigint, amount: bigint) {
    await this.send(who, {
      address: this.chain.address("ProjectRegistry"),
      abi: projectRegistryAbi,
      functionName: "stakeTokens",
      args: [projectId, amount],
    } as never);
  }

  async stakeReputation(who: string, projectId: bigint, amount: bigint) {
    await this.send(who, {
      address: this.chain.address("ProjectRegistry"),
      abi: projectRegistryAbi,
      functionName: "stakeReputation",
      args: [projectId, amount],
    } as never);
  }

  project(projectId: bigint) {
    return this.chain.client.readContract({
      address: this.chain.address("ProjectRegistry"),
      abi: projectRegistryAbi,
      functionName: "getProject",
      args: [projectId],
    });
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
