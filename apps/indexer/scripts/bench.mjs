#!/usr/bin/env node
// Indexer benchmark (a measurement, not a test): a fresh anvil with 1,000 projects, 5,000 nodes and 10,000
// other events (capital-token buys and SPT purchases), then a fresh indexer over it. Reports indexing
// throughput (events/s) and the API latency of the heaviest list page's query and of a filtered, sorted
// one (median and p95 of 30 runs); with `--web` and a production build of apps/web, the whole /projects page.
// Usage: node apps/indexer/scripts/bench.mjs [--projects 1000] [--nodes 5000] [--other 10000] [--web]
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { capitalTokenAbi, nodeRegistryAbi, platformTokenSaleAbi, projectRegistryAbi } from "@scipio/sdk/abi";
import { CommunityActions } from "@scipio/sdk/community";
import { demoAccounts } from "@scipio/sdk/demo";
import { createIndexerClient, indexer } from "@scipio/sdk/indexer";
import { PARTICIPANT_ROLES } from "@scipio/sdk/protocol";
import { encodeFunctionData, parseEther } from "viem";
import { deployContracts, findFreePort, repoRoot, rpc, spawnService, startAnvil, waitFor } from "../../../scripts/lib/local-chain.mjs";
import { startIndexer } from "../../../scripts/lib/indexer.mjs";

const { values: options } = parseArgs({
  options: {
    projects: { type: "string", default: "1000" },
    nodes: { type: "string", default: "5000" },
    other: { type: "string", default: "10000" },
    web: { type: "boolean", default: false },
  },
});
const counts = { projects: Number(options.projects), nodes: Number(options.nodes), other: Number(options.other) };
const BATCH = 250;
const [governance, ada] = demoAccounts.map((account) => account.address);
// Anvil's unlocked default accounts among the demo ones.
const buyers = demoAccounts.slice(1, 7).map((account) => account.address);

await mkdir(path.join(repoRoot, ".data"), { recursive: true });
const workDir = await mkdtemp(path.join(repoRoot, ".data", "indexer-bench-"));
const stops = [];
const time = async (what, run) => {
  const started = performance.now();
  const result = await run();
  console.log(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
};

try {
  const anvil = await startAnvil({});
  stops.push(anvil.stop);
  const deploymentFile = path.join(workDir, "deployment.json");
  const deployment = await deployContracts({ rpcUrl: anvil.rpcUrl, deploymentFile });
  const community = new CommunityActions(anvil.rpcUrl, { ...deployment, contracts: deployment.contracts });
  await community.buy(ada, "500");
  await community.onboard(governance, ada, PARTICIPANT_ROLES.find((role) => role.key === "operator"));
  const stakingDeadline = (await community.chainTime()) + 7n * 86_400n;

  // Bulk transactions: mining off, a batch sent with explicit nonces, then mined as one block.
  await rpc(anvil.rpcUrl, "evm_setBlockGasLimit", ["0x" + (2_000_000_000).toString(16)]);
  await rpc(anvil.rpcUrl, "evm_setAutomine", [false]);
  const nonces = new Map();
  const nonceOf = async (from) => {
    if (!nonces.has(from)) nonces.set(from, Number(await rpc(anvil.rpcUrl, "eth_getTransactionCount", [from, "latest"])));
    const nonce = nonces.get(from);
    nonces.set(from, nonce + 1);
    return nonce;
  };
  async function bulk(what, total, makeCall) {
    await time(`seed ${total} ${what}`, async () => {
      for (let start = 0; start < total; start += BATCH) {
        const sends = [];
        for (let index = start; index < Math.min(total, start + BATCH); index++) {
          const { from, to, data, value = 0n, gas } = makeCall(index);
          const nonce = await nonceOf(from);
          sends.push(
            rpc(anvil.rpcUrl, "eth_sendTransaction", [
              { from, to, data, value: `0x${value.toString(16)}`, gas: `0x${gas.toString(16)}`, nonce: `0x${nonce.toString(16)}` },
            ]),
          );
        }
        await Promise.all(sends);
        await rpc(anvil.rpcUrl, "evm_mine", []);
      }
    });
  }
  const { contracts } = deployment;
  await bulk("projects", counts.projects, (index) => ({
    from: ada,
    to: contracts.ProjectRegistry,
    gas: 400_000n,
    data: encodeFunctionData({
      abi: projectRegistryAbi,
      functionName: "propose",
      args: [parseEther("0.001") * BigInt(1 + (index % 50)), stakingDeadline, `0x${(index + 1).toString(16).padStart(64, "0")}`, 0, 0],
    }),
  }));
  await bulk("nodes", counts.nodes, (index) => ({
    from: ada,
    to: contracts.NodeRegistry,
    gas: 300_000n,
    data: encodeFunctionData({
      abi: nodeRegistryAbi,
      functionName: "registerNode",
      args: [
        {
          kind: index % 3,
          status: index % 4,
          latitude: 41_000_000 + (index % 1000) * 1000,
          longitude: 2_000_000 + Math.floor(index / 1000) * 1000,
          metadataDigest: `0x${(index + 1).toString(16).padStart(64, "0")}`,
          metadataCodec: 0,
        },
      ],
    }),
  }));
  // A capital-token buy emits 2 events (Bought, Transfer), an SPT purchase 2 (TokensPurchased, Transfer):
  // half the other events each.
  const buys = Math.round(counts.other / 4);
  const purchases = Math.round(counts.other / 4);
  await bulk("capital-token buys", buys, (index) => ({
    from: buyers[index % buyers.length],
    to: contracts.CapitalToken,
    gas: 200_000n,
    value: parseEther("0.001"),
    data: encodeFunctionData({ abi: capitalTokenAbi, functionName: "buy", args: [0n] }),
  }));
  await bulk("SPT purchases", purchases, (index) => ({
    from: buyers[index % buyers.length],
    to: contracts.PlatformTokenSale,
    gas: 200_000n,
    value: parseEther("0.0001"),
    data: encodeFunctionData({ abi: platformTokenSaleAbi, functionName: "buy", args: [] }),
  }));
  await rpc(anvil.rpcUrl, "evm_setAutomine", [true]);
  const head = BigInt(await rpc(anvil.rpcUrl, "eth_blockNumber"));

  const started = performance.now();
  const service = await startIndexer({ rpcUrl: anvil.rpcUrl, deploymentFile, dataDir: path.join(workDir, "pglite"), pollMs: 250 });
  stops.push(service.stop);
  const booted = performance.now();
  const client = createIndexerClient(service.url, { timeoutMs: 30_000 });
  await service.ready(900_000);
  await waitFor(async () => (await indexer.indexedBlock(client))?.number >= head, "the indexer to reach the head", 900_000);
  const finished = performance.now();
  const events = (await indexer.activity(client, { limit: 1 })).totalCount;
  const seconds = (finished - booted) / 1000;
  console.log(
    `indexed ${events} events (${head} blocks) in ${seconds.toFixed(1)} s after start-up (${((booted - started) / 1000).toFixed(1)} s): ${Math.round(events / seconds)} events/s`,
  );

  async function latency(what, run, runs = 30) {
    await run();
    const samples = [];
    for (let index = 0; index < runs; index++) {
      const t0 = performance.now();
      await run();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    console.log(`${what}: median ${samples[Math.floor(runs / 2)].toFixed(1)} ms, p95 ${samples[Math.floor(runs * 0.95)].toFixed(1)} ms`);
  }
  await latency("projects page data (50 rows, totals, indexed block)", () => indexer.projects(client, { limit: 51, filter: { id_gte: 1n } }));
  await latency("nodes: kind 1, status in (2, 3), newest first, 50 rows", () =>
    indexer.nodes(client, { filter: { kind: 1, status_in: [2, 3] }, orderBy: "updatedBlock", orderDirection: "desc", limit: 50 }),
  );
  await latency("projects: Proposed, by cost descending, proposer search, 50 rows", () =>
    indexer.projects(client, { filter: { stage: 1 }, search: ada.slice(0, 10), orderBy: "cost", orderDirection: "desc", limit: 50 }),
  );
  await latency("activity feed: newest 50 events", () => indexer.activity(client, { limit: 50 }));

  if (options.web) {
    const port = await findFreePort();
    const webDir = path.join(repoRoot, "apps/web");
    const web = spawnService(path.join(webDir, "node_modules/.bin/next"), ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
      name: "web",
      cwd: webDir,
      log: "pipe",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        SCIPIO_RPC_URL: anvil.rpcUrl,
        SCIPIO_DEPLOYMENT_FILE: deploymentFile,
        SCIPIO_INDEXER_URL: service.url,
        // No evidence node: titles are left out at once (connection refused), which is not what is measured.
        SCIPIO_GATEWAY_URL: `http://127.0.0.1:${await findFreePort()}`,
      },
    });
    stops.push(() => web.stop("SIGTERM", 5_000));
    const pageUrl = `http://127.0.0.1:${port}/projects?size=50`;
    await waitFor(async () => (await fetch(pageUrl)).ok, "next start", 120_000);
    await latency("whole /projects?size=50 page (server render)", async () => {
      const response = await fetch(pageUrl);
      const html = await response.text();
      if (!html.includes('data-source="indexer"')) throw new Error("the page was not served from the index");
    }, 10);
  }
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await rm(workDir, { recursive: true, force: true });
}
