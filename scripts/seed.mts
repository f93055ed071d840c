// Demo data for the local chain: a small Guifi-like community ("Guifi Montseny") with members
// holding tokens and reputation, and projects in several stages. Run by scripts/stack.mjs right
// after a fresh deploy; every account is one of anvil's unlocked defaults.
import {
  capitalTokenAbi,
  projectRegistryAbi,
  reputationRegistryAbi,
  taskRegistryAbi,
} from "@scipio/sdk/abi";
import { demoAccounts } from "@scipio/sdk/demo";
import { parseDeployment } from "@scipio/sdk/deployments";
import { signAttestation } from "@scipio/sdk/identity/server";
import { cidToDigest } from "@scipio/sdk/ipfs";
import { taskDescriptionDocumentSchema } from "@scipio/sdk/schemas";
import { projectDescriptionDocumentSchema } from "@scipio/sdk/schemas/evidence";
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  type Address,
  createPublicClient,
  createTestClient,
  createWalletClient,
  http,
  parseEther,
} from "viem";
import { foundry } from "viem/chains";

const rpcUrl = process.env.SCIPIO_RPC_URL ?? "http://127.0.0.1:8545";
const ipfsApiUrl = process.env.SCIPIO_IPFS_API_URL ?? "http://127.0.0.1:5001";
const deploymentFile =
  process.env.DEPLOYMENT_FILE ?? path.resolve(import.meta.dirname, "../packages/sdk/deployments/31337.json");
/** anvil's account #9: the local attester service's key (public test key, local chain only). */
const ATTESTER_KEY = "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6";
const ATTESTER_SECRET = process.env.SCIPIO_ATTESTER_SECRET ?? "scipio-local-dev";
const DAY = 24 * 3600;

const deployment = parseDeployment(JSON.parse(await readFile(deploymentFile, "utf8")));
const { CapitalToken, ReputationRegistry, ProjectRegistry, TaskRegistry } = deployment.contracts as Record<string, Address>;
const transport = http(rpcUrl);
const publicClient = createPublicClient({ chain: foundry, transport });
const testClient = createTestClient({ chain: foundry, mode: "anvil", transport });

const member = (name: string) => {
  const account = demoAccounts.find((candidate) => candidate.name.startsWith(name));
  if (!account) throw new Error(`no demo account named ${name}`);
  return createWalletClient({ chain: foundry, transport, account: account.address });
};
const [ada, bruno, carla, didac, elena, ferran, gemma] = ["Ada", "Bruno", "Carla", "Dídac", "Elena", "Ferran", "Gemma"].map(
  member,
) as [ReturnType<typeof member>, ...ReturnType<typeof member>[]] as ReturnType<typeof member>[];

type Wallet = ReturnType<typeof member>;

async function send(wallet: Wallet, request: Parameters<Wallet["writeContract"]>[0]) {
  const hash = await wallet.writeContract(request);
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`transaction ${request.functionName} reverted`);
  return receipt;
}

async function chainTime() {
  return Number((await publicClient.getBlock()).timestamp);
}

async function uploadJson(document: unknown) {
  return uploadFile(JSON.stringify(document, null, 2), "application/json", "document.json");
}

async function uploadFile(content: string, type: string, name: string) {
  const form = new FormData();
  form.append("file", new Blob([content], { type }), name);
  const response = await fetch(`${ipfsApiUrl}/api/v0/add?cid-version=1`, { method: "POST", body: form });
  if (!response.ok) throw new Error(`evidence node refused the upload: ${await response.text()}`);
  const { Hash } = (await response.json()) as { Hash: string };
  return cidToDigest(Hash);
}

const codecIndex = (codec: "raw" | "dag-pb") => (codec === "raw" ? 0 : 1);

async function buy(wallet: Wallet, ether: string) {
  await send(wallet, {
    address: CapitalToken,
    abi: capitalTokenAbi,
    functionName: "buy",
    args: [0n],
    value: parseEther(ether),
  } as never);
}

async function register(wallet: Wallet, handle: string) {
  const attestation = await signAttestation({
    attesterKey: ATTESTER_KEY,
    attesterSecret: ATTESTER_SECRET,
    registry: ReputationRegistry!,
    chainId: foundry.id,
    identity: handle,
    account: wallet.account.address,
    now: await chainTime(),
  });
  await send(wallet, {
    address: ReputationRegistry,
    abi: reputationRegistryAbi,
    functionName: "register",
    args: [attestation.identityHash, attestation.account, BigInt(attestation.deadline), attestation.signature],
  } as never);
}

type Description = { title: string; summary: string; location: string };

async function propose(wallet: Wallet, cost: string, stakingDays: number, description: Description, collateral: 0 | 1) {
  // Parsed with the app's own schema, so the pages can always read what the seed publishes.
  const document = projectDescriptionDocumentSchema.parse({ kind: "scipio.project-description", version: 1, ...description });
  const { digest, codec } = await uploadJson(document);
  await send(wallet, {
    address: ProjectRegistry,
    abi: projectRegistryAbi,
    functionName: "propose",
    args: [parseEther(cost), BigInt((await chainTime()) + stakingDays * DAY), digest, codecIndex(codec), collateral],
  } as never);
  return publicClient.readContract({ address: ProjectRegistry!, abi: projectRegistryAbi, functionName: "projectCount" });
}

async function project(projectId: bigint) {
  return publicClient.readContract({
    address: ProjectRegistry!,
    abi: projectRegistryAbi,
    functionName: "getProject",
    args: [projectId],
  });
}

/** Stakes `share` of each requirement from `wallet` (tokens, reputation or both). */
async function stake(wallet: Wallet, projectId: bigint, share: { tokens?: number; reputation?: number }) {
  const { requiredTokens, requiredReputation } = await project(projectId);
  const portion = (amount: bigint, fraction: number) => (amount * BigInt(Math.round(fraction * 10_000))) / 10_000n + 1n;
  if (share.tokens) {
    await send(wallet, {
      address: ProjectRegistry,
      abi: projectRegistryAbi,
      functionName: "stakeTokens",
      args: [projectId, portion(requiredTokens, share.tokens)],
    } as never);
  }
  if (share.reputation) {
    await send(wallet, {
      address: ProjectRegistry,
      abi: projectRegistryAbi,
      functionName: "stakeReputation",
      args: [projectId, portion(requiredReputation, share.reputation)],
    } as never);
  }
}

async function submitTaskList(wallet: Wallet, projectId: bigint, tasks: { title: string; weighting: number }[]) {
  const specs = [];
  for (const task of tasks) {
    const document = taskDescriptionDocumentSchema.parse({
      kind: "scipio.task-description",
      version: 1,
      projectId: projectId.toString(),
      title: task.title,
      details: "",
    });
    const { digest, codec } = await uploadJson(document);
    specs.push({ digest, codec: codecIndex(codec), weighting: task.weighting });
  }
  await send(wallet, {
    address: ProjectRegistry,
    abi: projectRegistryAbi,
    functionName: "submitTaskList",
    args: [projectId, specs],
  } as never);
}

/** TaskRegistry.advance performs whatever stage change is due, from Proposed to Complete. */
async function advance(projectId: bigint) {
  await send(ada!, { address: TaskRegistry, abi: taskRegistryAbi, functionName: "advance", args: [projectId] } as never);
}

async function travel(seconds: number) {
  await testClient.increaseTime({ seconds });
  await testClient.mine({ blocks: 1 });
}

async function claimAndSubmit(wallet: Wallet, projectId: bigint, taskIndex: number, report: string) {
  await send(wallet, {
    address: TaskRegistry,
    abi: taskRegistryAbi,
    functionName: "claimTask",
    args: [projectId, BigInt(taskIndex)],
  } as never);
  const { digest, codec } = await uploadFile(report, "text/plain", "report.txt");
  await send(wallet, {
    address: TaskRegistry,
    abi: taskRegistryAbi,
    functionName: "submitEvidence",
    args: [projectId, BigInt(taskIndex), digest, codecIndex(codec)],
  } as never);
}

async function validate(wallet: Wallet, projectId: bigint, taskIndex: number, approve: boolean) {
  const stake = await publicClient.readContract({
    address: TaskRegistry!,
    abi: taskRegistryAbi,
    functionName: "minValidationStake",
    args: [projectId, BigInt(taskIndex), approve],
  });
  await send(wallet, {
    address: TaskRegistry,
    abi: taskRegistryAbi,
    functionName: "validate",
    args: [projectId, BigInt(taskIndex), approve, stake],
  } as never);
}

// Members: token holders fill the pool; everyone but the newcomer registers a dev identity.
for (const [wallet, ether] of [
  [bruno, "20"],
  [ada, "10"],
  [ferran, "5"],
  [gemma, "5"],
  [didac, "3"],
  [elena, "3"],
] as const) {
  await buy(wallet!, ether);
}
for (const [wallet, handle] of [
  [ada, "ada@guifi-montseny"],
  [bruno, "bruno@guifi-montseny"],
  [carla, "carla@guifi-montseny"],
  [didac, "didac@guifi-montseny"],
  [elena, "elena@guifi-montseny"],
  [ferran, "ferran@guifi-montseny"],
  [gemma, "gemma@guifi-montseny"],
] as const) {
  await register(wallet!, handle);
}

// A project that goes all the way to Complete, one that expires unstaked, one that becomes Active.
const riera = await propose(ada!, "0.8", 3, {
  title: "Antenna upgrade at Can Riera",
  summary: "Replace the two ageing 2.4 GHz sector antennas on the Can Riera water tower with 5 GHz sectors.",
  location: "Can Riera, Sant Esteve de Palautordera",
}, 1);
await stake(bruno!, riera, { tokens: 1 });
await stake(didac!, riera, { reputation: 0.6 });
await stake(elena!, riera, { reputation: 0.5 });
await submitTaskList(didac!, riera, [
  { title: "Install the two 5 GHz sector antennas", weighting: 7_000 },
  { title: "Re-point client stations and measure throughput", weighting: 3_000 },
]);
await send(bruno!, {
  address: ProjectRegistry,
  abi: projectRegistryAbi,
  functionName: "backTaskList",
  args: [riera, 1n],
} as never);

const wifi = await propose(carla!, "1", 3, {
  title: "Community Wi-Fi at the old school",
  summary: "Four outdoor access points on the old school roof, fed from the Sant Esteve supernode.",
  location: "Sant Esteve de Palautordera",
}, 1);
await stake(bruno!, wifi, { tokens: 0.4 });

const canPla = await propose(bruno!, "1.5", 3, {
  title: "Mesh links for Can Pla",
  summary: "Three 5 GHz point-to-point links joining the Can Pla farmhouses to the mesh.",
  location: "Can Pla, Montseny",
}, 0);
await stake(carla!, canPla, { reputation: 0.6 });
await stake(ferran!, canPla, { tokens: 0.5, reputation: 0.4 });
await stake(gemma!, canPla, { tokens: 0.6 });
await submitTaskList(carla!, canPla, [
  { title: "Survey line of sight to the three farmhouses", weighting: 2_000 },
  { title: "Mount and align the three link pairs", weighting: 6_000 },
  { title: "Configure routing and publish the nodes", weighting: 2_000 },
]);
await send(gemma!, {
  address: ProjectRegistry,
  abi: projectRegistryAbi,
  functionName: "backTaskList",
  args: [canPla, 1n],
} as never);

await travel(4 * DAY);
await advance(wifi);
await advance(canPla);
await advance(riera);

await claimAndSubmit(carla!, riera, 0, "Both sectors mounted and aligned; photos and alignment readings attached.");
await claimAndSubmit(gemma!, riera, 1, "14 client stations re-pointed; median throughput up from 18 to 61 Mbit/s.");
await advance(riera); // every task submitted: Validation
await validate(elena!, riera, 0, true);
await validate(ferran!, riera, 1, true);
const { validationPeriod } = await publicClient.readContract({
  address: TaskRegistry!,
  abi: taskRegistryAbi,
  functionName: "parameters",
});
await travel(Number(validationPeriod) + 1);
await advance(riera); // one-sided validations: Complete

await claimAndSubmit(carla!, canPla, 0, "Line of sight confirmed to all three farmhouses; survey notes attached.");

// Fresh projects: one Staked with competing task lists, one still gathering stakes.
const solar = await propose(ferran!, "2", 10, {
  title: "Solar-powered supernode at Turó de l'Home",
  summary: "A 400 W solar kit and batteries so the summit supernode survives winter outages.",
  location: "Turó de l'Home",
}, 0);
await stake(bruno!, solar, { tokens: 1 });
await stake(didac!, solar, { reputation: 0.5 });
await stake(elena!, solar, { reputation: 0.6 });
await submitTaskList(didac!, solar, [
  { title: "Size the panels and batteries", weighting: 1_500 },
  { title: "Buy and install the kit", weighting: 7_000 },
  { title: "Monitor a month of uptime", weighting: 1_500 },
]);
await submitTaskList(elena!, solar, [
  { title: "Install panels and batteries", weighting: 8_000 },
  { title: "Document the installation", weighting: 2_000 },
]);

const backbone = await propose(carla!, "3", 21, {
  title: "Fibre backbone Sant Celoni – Montseny",
  summary: "12 km of aerial fibre along the BV-5114 to replace the congested radio backbone.",
  location: "Sant Celoni – Montseny",
}, 1);
await stake(bruno!, backbone, { tokens: 0.35 });
await stake(ada!, backbone, { reputation: 0.2 });

const stages = [];
for (const id of [riera, wifi, canPla, solar, backbone]) stages.push(`#${id}: stage ${(await project(id)).stage}`);
console.log(`Seeded ${demoAccounts.length} accounts and 5 projects (${stages.join(", ")}).`);
