import { readFileSync } from "node:fs";
import { parseDeployment, type Deployment } from "@scipio/sdk/deployments";
import { createPublicClient, createTestClient, defineChain, http, type PublicClient, type TestClient } from "viem";

/** The test stack the global setup started (read from the variables it sets). */
export function stackFromEnv() {
  const rpcUrl = process.env.SCIPIO_E2E_RPC_URL;
  const deploymentFile = process.env.SCIPIO_E2E_DEPLOYMENT_FILE;
  if (!rpcUrl || !deploymentFile) throw new Error("The e2e global setup did not run (SCIPIO_E2E_RPC_URL is unset)");
  const deployment: Deployment = parseDeployment(JSON.parse(readFileSync(deploymentFile, "utf8")));
  return { rpcUrl, deployment };
}

const localChain = (rpcUrl: string) =>
  defineChain({
    id: 31337,
    name: "anvil",
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });

/** Reads the chain as it really is, and moves its clock, independently of the page. */
export class Chain {
  readonly client: PublicClient;
  private readonly testClient: TestClient<"anvil">;

  constructor(readonly rpcUrl: string, readonly deployment: Deployment) {
    const chain = localChain(rpcUrl);
    this.client = createPublicClient({ chain, transport: http(rpcUrl) });
    this.testClient = createTestClient({ chain, mode: "anvil", transport: http(rpcUrl) });
  }

  /** The address of a deployed contract, e.g. `chain.address("CapitalToken")`. */
  address(name: string): `0x${string}` {
    const address = this.deployment.contracts[name];
    if (!address) throw new Error(`${name} is not in the test deployment`);
    return address;
  }

  snapshot(): Promise<`0x${string}`> {
    return this.testClient.snapshot();
  }

  async revert(id: `0x${string}`) {
    await this.testClient.revert({ id });
  }

  /** Sets an account's ether (anvil's `anvil_setBalance`), e.g. to make a newcomer who holds nothing. */
  async setBalance(address: `0x${string}`, value: bigint) {
    await this.testClient.setBalance({ address, value });
  }

  /** Moves chain time forward by `seconds` and mines a block that carries the new time. */
  async increaseTime(seconds: number | bigint) {
    await this.testClient.increaseTime({ seconds: Number(seconds) });
    await this.testClient.mine({ blocks: 1 });
  }

  /** Mines the next block at exactly `timestamp` (unix seconds). */
  async mineAt(timestamp: bigint) {
    await this.testClient.setNextBlockTimestamp({ timestamp });
    await this.testClient.mine({ blocks: 1 });
  }

  async mine(blocks = 1) {
    await this.testClient.mine({ blocks });
  }

  async now(): Promise<bigint> {
    return (await this.client.getBlock()).timestamp;
  }
}
