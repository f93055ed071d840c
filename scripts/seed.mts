// Demo data for the local chain: a small Guifi-like community ("Guifi Montseny") with members
// holding tokens and reputation, and projects in several stages. Run by scripts/stack.mjs right
// after a fresh deploy; every account is one of anvil's unlocked defaults.
import { taskRegistryAbi } from "@scipio/sdk/abi";
import { CommunityActions } from "@scipio/sdk/community";
import { demoAccounts } from "@scipio/sdk/demo";
import { parseDeployment } from "@scipio/sdk/deployments";
import { cidToDigest } from "@scipio/sdk/ipfs";
import { NODE_COORDINATE_SCALE, PARTICIPANT_ROLES, type ParticipantRole } from "@scipio/sdk/protocol";
import { nodeMetadataDocumentSchema, taskDescriptionDocumentSchema } from "@scipio/sdk/schemas";
import { projectDescriptionDocumentSchema } from "@scipio/sdk/schemas/evidence";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type Address, createTestClient, http, parseEther } from "viem";
import { foundry } from "viem/chains";
import { keepMediationLive, seedOperations } from "./seed-operations.mts";

const rpcUrl = process.env.SCIPIO_RPC_URL ?? "http://127.0.0.1:8545";
const ipfsApiUrl = process.env.SCIPIO_IPFS_API_URL ?? "http://127.0.0.1:5001";
const deploymentFile =
  process.env.DEPLOYMENT_FILE ?? path.resolve(import.meta.dirname, "../packages/sdk/deployments/31337.json");
const DAY = 24n * 3600n;

const community = new CommunityActions(rpcUrl, parseDeployment(JSON.parse(await readFile(deploymentFile, "utf8"))));
const testClient = createTestClient({ chain: foundry, mode: "anvil", transport: http(rpcUrl) });

const member = (name: string): Address => {
  const account = demoAccounts.find((candidate) => candidate.name.startsWith(name));
  if (!account) throw new Error(`no demo account named ${name}`);
  return account.address;
};
const [ada, bruno, carla, didac, elena, ferran, gemma] = ["Ada", "Bruno", "Carla", "Dídac", "Elena", "Ferran", "Gemma"].map(
  member,
) as [Address, Address, Address, Address, Address, Address, Address];

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

type Description = { title: string; summary: string; location: string };

async function propose(
  account: Address,
  cost: string,
  stakingDays: bigint,
  description: Description,
  collateral: "tokens" | "reputation",
) {
  // Parsed with the app's own schema, so the pages can always read what the seed publishes.
  const document = projectDescriptionDocumentSchema.parse({ kind: "scipio.project-description", version: 1, ...description });
  const stakingDeadline = (await community.chainTime()) + stakingDays * DAY;
  return community.propose(account, { cost, stakingDeadline, description: await uploadJson(document), collateral });
}

/** Stakes `share` of each requirement from `account` (tokens, reputation or both). */
async function stake(account: Address, projectId: bigint, share: { tokens?: number; reputation?: number }) {
  const { requiredTokens, requiredReputation } = await community.project(projectId);
  const portion = (amount: bigint, fraction: number) => (amount * BigInt(Math.round(fraction * 10_000))) / 10_000n + 1n;
  if (share.tokens) await community.stakeTokens(account, projectId, portion(requiredTokens, share.tokens));
  if (share.reputation) await community.stakeReputation(account, projectId, portion(requiredReputation, share.reputation));
}

async function submitTaskList(account: Address, projectId: bigint, tasks: { title: string; weighting: number }[]) {
  const entries = [];
  for (const task of tasks) {
    const document = taskDescriptionDocumentSchema.parse({
      kind: "scipio.task-description",
      version: 1,
      projectId: projectId.toString(),
      title: task.title,
      details: "",
    });
    entries.push({ description: await uploadJson(document), weighting: task.weighting });
  }
  await community.submitTaskList(account, projectId, entries);
}

/** TaskRegistry.advance performs whatever stage change is due, from Proposed to Complete. */
const advance = (projectId: bigint) => community.advance(ada, projectId);

async function travel(seconds: bigint) {
  await testClient.increaseTime({ seconds: Number(seconds) });
  await testClient.mine({ blocks: 1 });
}

async function claimAndSubmit(account: Address, projectId: bigint, taskIndex: number, report: string) {
  await community.claimTask(account, projectId, taskIndex);
  await community.submitEvidence(account, projectId, taskIndex, await uploadFile(report, "text/plain", "report.txt"));
}

// The Scipio network first, so the Distribute part's deadlines below are set after its time travel: the SPT
// sale sells out (so it is finalized at once, without waiting out its 14 days), an operator raises in three
// auctions. The Distribute part then moves the clock 7 more days, which puts one auction in its priority window
// when the seed ends, one open to everyone and one settled with claims outstanding.
const governance = demoAccounts[0]!.address;
const role = (key: ParticipantRole["key"]) => PARTICIPANT_ROLES.find((candidate) => candidate.key === key)!;
await community.onboard(governance, ada, role("operator"));
await community.onboard(governance, governance, role("platform"));
// SCIPIO_SEED_MARKETS=skip leaves the SPT sale open and the auctions out, for a suite that buys SPT itself
// (apps/indexer's).
const markets = process.env.SCIPIO_SEED_MARKETS !== "skip";
if (markets) {
  // 10,000 SPT per ETH and a cap of 10 million SPT: these 1,000 ETH buy all of it (anvil's accounts hold 10,000).
  for (const [account, ether] of [
    [bruno, "400"],
    [gemma, "250"],
    [ferran, "150"],
    [ada, "100"],
    [carla, "100"],
  ] as const) {
    await community.buySpt(account, ether);
  }
  await community.finalizeSale(governance);
}

// The operating side first: its weekly periods count from the deployment, and the parts below set their own
// deadlines from the chain time its 21 days of travel leave (scripts/seed-operations.mts has the time plan).
// Only SPT purchases must come before it: the sale closes 14 days after the deployment.
// SCIPIO_SEED_OPERATIONS=skip leaves it out, for a chain that must keep the SPT sale open (it closes 14 days
// after the deployment) or that an indexer without the operations contracts follows (apps/indexer's suite).
const operationsStarted = performance.now();
const operations = process.env.SCIPIO_SEED_OPERATIONS === "skip" ? undefined : await seedOperations(
  community,
  {
    governance: demoAccounts[0]!.address,
    operators: { ada, carla, ferran },
    validators: [didac, elena],
    investor: gemma,
    customers: { fibre: bruno, wifi: [gemma, didac] },
    resolvers: [bruno, didac, elena],
  },
  {
    ipfsApiUrl,
    travelTo: async (timestamp) => travel(timestamp - (await community.chainTime())),
    mine: () => testClient.mine({ blocks: 1 }),
  },
);
if (operations) console.log(
  `Operations: periods ${operations.closedPeriods.join(" and ")} closed, dispute #${operations.mediationDispute} in mediation, ` +
    `${operations.invoices.length} invoices, ${operations.unsettledDebtor} still in debt (${Math.round(performance.now() - operationsStarted)} ms).`,
);

if (markets) {
  // The auctions' times count from now, after the operating side's time travel (they must start at least 7 days
  // after the sale was finalized, which this is well past).
  const finalizedAt = await community.chainTime();
  const HOUR = 3600n;
  const ibt = (whole: number) => BigInt(whole) * 10n ** 18n;
  const ibtOsona = await community.createBandwidthToken(ada, {
    name: "Guifi Osona bandwidth 2027",
    symbol: "IBT-OSO27",
    deliveryStart: finalizedAt + DAY,
    deliveryEnd: finalizedAt + 2n * 365n * DAY,
  });
  await community.addAuctionMinter(ada, ibtOsona);
  // The Platform recorded a 200 ETH build-out after its due diligence: the auctions may raise 100 ETH of it.
  const investmentId = await community.recordInvestment(governance, ada, "200");
  // Auctions start at least 7 days after the sale was finalized (SPT holdings are measured from then).
  const offer = (offered: number, price: string, startsAt: bigint, endsAt: bigint) =>
    community.createAuction(ada, { investmentId, token: ibtOsona, offered: ibt(offered), price: parseEther(price), startsAt, endsAt });
  const settledAuction = await offer(20_000, "0.001", finalizedAt + 7n * DAY + HOUR, finalizedAt + 10n * DAY + 2n * HOUR);
  const openAuction = await offer(30_000, "0.0012", finalizedAt + 8n * DAY, finalizedAt + 40n * DAY);
  await offer(25_000, "0.0014", finalizedAt + 15n * DAY + 12n * HOUR, finalizedAt + 45n * DAY);
  const travelTo = async (timestamp: bigint) => travel(timestamp - (await community.chainTime()));
  // The first auction: two SPT holders in the priority window (Bruno's allocation is 8,000 IBT, Gemma's 5,000),
  // then Elena, who holds no SPT, buys the rest after it; Bruno claims, the others' claims stay outstanding.
  await travelTo(finalizedAt + 7n * DAY + 2n * HOUR);
  await community.bid(bruno, settledAuction, ibt(6_000));
  await community.bid(gemma, settledAuction, ibt(4_000));
  await travelTo(finalizedAt + 9n * DAY + 3n * HOUR);
  await community.bid(elena, settledAuction, ibt(10_000));
  await community.claimAuctionTokens(bruno, settledAuction);
  // The second auction's priority window: Ferran (allocation 4,500 IBT) and Carla (3,000) buy.
  await community.bid(ferran, openAuction, ibt(3_000));
  await community.bid(carla, openAuction, ibt(2_000));
}

// The newcomer is anvil's ninth account: it starts without ether, so the header's faucet is its first step.
await testClient.setBalance({ address: member("Hugo"), value: 0n });

// Members: token holders fill the pool; everyone but the newcomer registers a dev identity.
for (const [account, ether] of [
  [bruno, "20"],
  [ada, "10"],
  [ferran, "5"],
  [gemma, "5"],
  [didac, "3"],
  [elena, "3"],
] as const) {
  await community.buy(account, ether);
}
for (const [account, handle] of [
  [ada, "ada@guifi-montseny"],
  [bruno, "bruno@guifi-montseny"],
  [carla, "carla@guifi-montseny"],
  [didac, "didac@guifi-montseny"],
  [elena, "elena@guifi-montseny"],
  [ferran, "ferran@guifi-montseny"],
  [gemma, "gemma@guifi-montseny"],
] as const) {
  await community.register(account, handle);
}

// A project that goes all the way to Complete, one that expires unstaked, one that becomes Active.
const riera = await propose(ada, "0.8", 3n, {
  title: "Antenna upgrade at Can Riera",
  summary: "Replace the two ageing 2.4 GHz sector antennas on the Can Riera water tower with 5 GHz sectors.",
  location: "Can Riera, Sant Esteve de Palautordera",
}, "reputation");
await stake(bruno, riera, { tokens: 1 });
await stake(didac, riera, { reputation: 0.6 });
await stake(elena, riera, { reputation: 0.5 });
await submitTaskList(didac, riera, [
  { title: "Install the two 5 GHz sector antennas", weighting: 7_000 },
  { title: "Re-point client stations and measure throughput", weighting: 3_000 },
]);
await community.backTaskList(bruno, riera, 1n);

const wifi = await propose(carla, "1", 3n, {
  title: "Community Wi-Fi at the old school",
  summary: "Four outdoor access points on the old school roof, fed from the Sant Esteve supernode.",
  location: "Sant Esteve de Palautordera",
}, "reputation");
await stake(bruno, wifi, { tokens: 0.4 });

const canPla = await propose(bruno, "1.5", 3n, {
  title: "Mesh links for Can Pla",
  summary: "Three 5 GHz point-to-point links joining the Can Pla farmhouses to the mesh.",
  location: "Can Pla, Montseny",
}, "tokens");
await stake(carla, canPla, { reputation: 0.6 });
await stake(ferran, canPla, { tokens: 0.5, reputation: 0.4 });
await stake(gemma, canPla, { tokens: 0.6 });
await submitTaskList(carla, canPla, [
  { title: "Survey line of sight to the three farmhouses", weighting: 2_000 },
  { title: "Mount and align the three link pairs", weighting: 6_000 },
  { title: "Configure routing and publish the nodes", weighting: 2_000 },
]);
await community.backTaskList(gemma, canPla, 1n);

await travel(4n * DAY);
await advance(wifi);
await advance(canPla);
await advance(riera);

await claimAndSubmit(carla, riera, 0, "Both sectors mounted and aligned; photos and alignment readings attached.");
await claimAndSubmit(gemma, riera, 1, "14 client stations re-pointed; median throughput up from 18 to 61 Mbit/s.");
await advance(riera); // every task submitted: Validation
await community.validate(elena, riera, 0, true);
await community.validate(ferran, riera, 1, true);
const { validationPeriod } = await community.client.readContract({
  address: community.address("TaskRegistry"),
  abi: taskRegistryAbi,
  functionName: "parameters",
});
await travel(validationPeriod + 1n);
await advance(riera); // one-sided validations: Complete

await claimAndSubmit(carla, canPla, 0, "Line of sight confirmed to all three farmhouses; survey notes attached.");

// Fresh projects: one Staked with competing task lists, one still gathering stakes.
const solar = await propose(ferran, "2", 10n, {
  title: "Solar-powered supernode at Turó de l'Home",
  summary: "A 400 W solar kit and batteries so the summit supernode survives winter outages.",
  location: "Turó de l'Home",
}, "tokens");
await stake(bruno, solar, { tokens: 1 });
await stake(didac, solar, { reputation: 0.5 });
await stake(elena, solar, { reputation: 0.6 });
await submitTaskList(didac, solar, [
  { title: "Size the panels and batteries", weighting: 1_500 },
  { title: "Buy and install the kit", weighting: 7_000 },
  { title: "Monitor a month of uptime", weighting: 1_500 },
]);
await submitTaskList(elena, solar, [
  { title: "Install panels and batteries", weighting: 8_000 },
  { title: "Document the installation", weighting: 2_000 },
]);

const backbone = await propose(carla, "3", 21n, {
  title: "Fibre backbone Sant Celoni – Montseny",
  summary: "12 km of aerial fibre along the BV-5114 to replace the congested radio backbone.",
  location: "Sant Celoni – Montseny",
}, "reputation");
await stake(bruno, backbone, { tokens: 0.35 });
await stake(ada, backbone, { reputation: 0.2 });

// The Scipio network's other participants, as the demo accounts' roles say (the operator is onboarded above).
for (const validator of [didac, elena]) await community.onboard(governance, validator, role("validator"));
for (const investor of [bruno, gemma]) await community.joinAsInvestor(investor);

// The network's nodes: ~30 around Osona (Vic and its towns, a Guifi.net stronghold) and a datacenter in Barcelona,
// of every kind and status, registered by the seed's operator. Kinds and statuses are `NODE_KINDS`/`NODE_STATUSES` indexes.
const [CLIENT, ACCESS_POINT, SUPERNODE, FIBRE_CABINET, DATACENTER] = [0, 1, 2, 3, 4];
const [PLANNED, BUILDING, TESTING, WORKING, INACTIVE] = [0, 1, 2, 3, 4];
const seededNodes: [name: string, kind: number, status: number, latitude: number, longitude: number, device: string][] = [
  ["Vic – Plaça Major", SUPERNODE, WORKING, 41.9302, 2.2547, "Mikrotik RB5009 + 3 sectors"],
  ["Vic – Hospital", ACCESS_POINT, WORKING, 41.9256, 2.2612, "Ubiquiti LiteAP AC"],
  ["Vic – Universitat", ACCESS_POINT, WORKING, 41.9268, 2.2498, "Ubiquiti LiteAP AC"],
  ["Vic – Remei", CLIENT, WORKING, 41.9191, 2.2456, "NanoStation M5"],
  ["Vic – Sant Pere", CLIENT, TESTING, 41.9347, 2.2589, "NanoStation M5"],
  ["Vic – El Sucre fibre", FIBRE_CABINET, WORKING, 41.9329, 2.2478, "FTTH street cabinet, 64 ports"],
  ["Manlleu – Centre", SUPERNODE, WORKING, 42.0003, 2.2845, "Mikrotik CCR2004"],
  ["Manlleu – Colònia Dolors", CLIENT, WORKING, 41.9924, 2.2891, "LiteBeam 5AC"],
  ["Manlleu – Can Garcia", CLIENT, INACTIVE, 42.0071, 2.2795, "NanoStation M5"],
  ["Torelló – Torre", ACCESS_POINT, WORKING, 42.0488, 2.2627, "Ubiquiti Rocket 5AC"],
  ["Torelló – Polígon", CLIENT, BUILDING, 42.0425, 2.2702, "LiteBeam 5AC"],
  ["Roda de Ter – Pont", ACCESS_POINT, TESTING, 41.9824, 2.3091, "Ubiquiti LiteAP AC"],
  ["Tona – Castell", SUPERNODE, WORKING, 41.8519, 2.2284, "Mikrotik RB4011"],
  ["Tona – Estació", CLIENT, WORKING, 41.8476, 2.2322, "NanoStation M5"],
  ["Centelles – Nucli", ACCESS_POINT, WORKING, 41.7975, 2.2212, "Ubiquiti LiteAP AC"],
  ["Centelles – Fibre cabinet", FIBRE_CABINET, BUILDING, 41.7951, 2.2248, "FTTH street cabinet, 32 ports"],
  ["Balenyà – Hostalets", CLIENT, PLANNED, 41.8172, 2.2314, "—"],
  ["Seva – Serrat", CLIENT, TESTING, 41.8381, 2.2806, "LiteBeam 5AC"],
  ["Taradell – Puig", ACCESS_POINT, WORKING, 41.8743, 2.2870, "Ubiquiti Rocket 5AC"],
  ["Santa Eugènia de Berga", CLIENT, WORKING, 41.8990, 2.2831, "NanoStation M5"],
  ["Calldetenes – Escola", CLIENT, WORKING, 41.9251, 2.2851, "NanoStation M5"],
  ["Sant Julià de Vilatorta", ACCESS_POINT, BUILDING, 41.9214, 2.3240, "Ubiquiti LiteAP AC"],
  ["Folgueroles – Verdaguer", CLIENT, PLANNED, 41.9394, 2.3172, "—"],
  ["Tavèrnoles – Sau", CLIENT, PLANNED, 41.9530, 2.3360, "—"],
  ["Gurb – Puig-agut", SUPERNODE, TESTING, 41.9563, 2.2361, "Mikrotik RB5009"],
  ["Sant Hipòlit de Voltregà", CLIENT, WORKING, 42.0180, 2.2380, "LiteBeam 5AC"],
  ["Les Masies de Voltregà", CLIENT, INACTIVE, 42.0233, 2.2250, "NanoStation M5"],
  ["Sant Quirze de Besora", ACCESS_POINT, PLANNED, 42.1003, 2.2221, "—"],
  ["Prats de Lluçanès", SUPERNODE, BUILDING, 42.0100, 2.0300, "Mikrotik CCR2004"],
  ["Barcelona – Poblenou datacenter", DATACENTER, WORKING, 41.4036, 2.1980, "Two racks, 10G uplink to CATNIX"],
];
for (const [name, kind, status, latitude, longitude, device] of seededNodes) {
  const metadata = nodeMetadataDocumentSchema.parse({
    kind: "scipio.node-metadata",
    version: 1,
    name,
    ...(device !== "—" ? { device } : {}),
    links: ["https://guifi.net/"],
  });
  // Compact JSON, as the app's form uploads it (the size limit counts these bytes).
  const digest = await uploadFile(JSON.stringify(metadata), "application/json", "node.json");
  await community.registerNode(ada, {
    kind,
    status,
    latitude: Math.round(latitude * NODE_COORDINATE_SCALE),
    longitude: Math.round(longitude * NODE_COORDINATE_SCALE),
    metadata: digest,
  });
}
// Last, after all the time travel above.
if (operations) await keepMediationLive(community, operations.mediationDispute, governance);

const stages = [];
for (const id of [riera, wifi, canPla, solar, backbone]) stages.push(`#${id}: stage ${(await community.project(id)).stage}`);
console.log(`Seeded ${demoAccounts.length} accounts, 5 projects (${stages.join(", ")}), an operator with ${seededNodes.length} nodes, 2 validators and 2 investors; the SPT sale finalized and 3 bandwidth auctions.`);
