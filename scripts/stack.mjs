#!/usr/bin/env node
// The whole local stack: anvil (state persisted under .data/local), deploy + seed when the
// chain has no contracts (or the demo data is stale), the evidence node and the web app.
// Ctrl-C stops everything; the next start resumes the same chain and evidence.
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  deployContracts,
  isPortInUse,
  repoRoot,
  rpc,
  runCommand,
  spawnService,
  startAnvil,
  waitFor,
} from "./lib/local-chain.mjs";
import { startIndexer } from "./lib/indexer.mjs";

const dev = process.argv.includes("--dev");
const dataDir = path.join(repoRoot, ".data/local");
const stateFile = path.join(dataDir, "anvil-state.json");
const seedMarker = path.join(dataDir, "seeded.json");
// The indexer's PGlite database: it follows the saved chain, so it goes whenever the chain starts afresh.
const indexerDataDir = path.join(dataDir, "indexer");
const deploymentFile = path.join(repoRoot, "packages/sdk/deployments/31337.json");
const ports = { chain: 8545, ipfsApi: 5001, gateway: 8080, web: 3000, indexer: 42069 };
// Demo periods last weeks; past this age the demo data is rebuilt rather than shown half-expired.
const STALE_AFTER_MS = 14 * 24 * 3600 * 1000;

const services = [];
let stopping = false;

async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping the local stack…");
  // Reverse order: the web app first, anvil last so it can dump its state.
  for (const service of services.reverse()) await service.stop();
  process.exit(code);
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

function watch(service) {
  services.push(service);
  service.exit.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`\n✗ ${service.name} stopped unexpectedly (${signal ?? `exit ${code}`})`);
    stopAll(1);
  });
  return service;
}

async function checkPortsFree() {
  for (const [name, port] of Object.entries(ports)) {
    if (await isPortInUse(port)) {
      console.error(`✗ Port ${port} (${name}) is already in use. Is another Scipio stack running? Stop it first.`);
      process.exit(1);
    }
  }
}

/** How many of the committed deployment's contracts have code on the chain: "all", "none" or "some". */
async function deployedContracts(rpcUrl) {
  const deployment = JSON.parse(await readFile(deploymentFile, "utf8"));
  const codes = await Promise.all(Object.values(deployment.contracts).map((address) => rpc(rpcUrl, "eth_getCode", [address, "latest"])));
  const present = codes.filter((code) => code !== "0x").length;
  return present === 0 ? "none" : present === codes.length ? "all" : "some";
}

async function seedIsStale() {
  if (!existsSync(seedMarker)) return true;
  const { seededAt } = JSON.parse(await readFile(seedMarker, "utf8"));
  return Date.now() - seededAt > STALE_AFTER_MS;
}

async function deployAndSeed(rpcUrl) {
  console.log("• Deploying contracts…");
  await deployContracts({ rpcUrl, deploymentFile });
  const seedScript = path.join(repoRoot, "scripts/seed.mts");
  if (existsSync(seedScript)) {
    console.log("• Seeding demo data…");
    await runCommand(path.join(repoRoot, "node_modules/.bin/tsx"), [seedScript], {
      env: { SCIPIO_RPC_URL: rpcUrl, SCIPIO_IPFS_API_URL: `http://127.0.0.1:${ports.ipfsApi}` },
      log: "inherit",
    });
  }
  await writeFile(seedMarker, JSON.stringify({ seededAt: Date.now() }));
}

async function startChain() {
  let chain = await startAnvil({ port: ports.chain, stateFile });
  services.push(chain.service);
  const deployed = await deployedContracts(chain.rpcUrl);
  // A chain saved before contracts were added to the deploy script lacks them; deploying on top would move
  // every address, so it starts afresh like stale demo data does.
  const restartBecause =
    deployed === "some"
      ? "The saved chain lacks contracts added since it was deployed"
      : deployed === "all" && (await seedIsStale())
        ? "Demo data is older than 14 days"
        : undefined;
  if (restartBecause) {
    console.log(`• ${restartBecause}: starting a fresh chain.`);
    services.pop();
    await chain.stop();
    // anvil's npm wrapper exits before the binary has let go of the port.
    await waitFor(async () => !(await isPortInUse(ports.chain)), "the saved chain's shutdown");
    await rm(stateFile, { force: true });
    await rm(indexerDataDir, { recursive: true, force: true });
    chain = await startAnvil({ port: ports.chain, stateFile });
    services.push(chain.service);
  }
  services.pop();
  watch(chain.service);
  return { rpcUrl: chain.rpcUrl, needsDeploy: (await deployedContracts(chain.rpcUrl)) !== "all" };
}

async function startEvidenceNode() {
  const cli = path.join(repoRoot, "packages/evidence-node/src/cli.ts");
  if (!existsSync(cli)) return false;
  const node = spawnService(
    path.join(repoRoot, "node_modules/.bin/tsx"),
    [cli, "--repo", path.join(dataDir, "ipfs"), "--api", `127.0.0.1:${ports.ipfsApi}`, "--gateway", `127.0.0.1:${ports.gateway}`],
    { name: "evidence node", log: "pipe" },
  );
  watch(node);
  await waitFor(() => isPortInUse(ports.gateway), "evidence node");
  return true;
}

/**
 * The indexer over the local chain. A restart resumes from its last finalized checkpoint (Ponder counts a
 * block final 30 blocks deep) rather than indexing from the deployment block again.
 */
async function startLocalIndexer(rpcUrl, withGateway) {
  const options = {
    rpcUrl,
    deploymentFile,
    dataDir: indexerDataDir,
    port: ports.indexer,
    pollMs: 500,
    ...(withGateway && { gatewayUrl: `http://127.0.0.1:${ports.gateway}` }),
  };
  let indexer;
  try {
    indexer = await startIndexer(options);
  } catch (error) {
    // Its tables were written by another version of the indexer (new code or ABIs): index afresh.
    if (!/previously used by a (different Ponder app|Ponder app with a different)/.test(error.message)) throw error;
    console.log("• The indexer changed since its data was written: indexing the chain afresh.");
    await rm(indexerDataDir, { recursive: true, force: true });
    indexer = await startIndexer(options);
  }
  watch(indexer.service);
  return indexer;
}

async function startWeb(rpcUrl, indexerUrl) {
  const webDir = path.join(repoRoot, "apps/web");
  const next = path.join(webDir, "node_modules/.bin/next");
  const web = spawnService(next, [dev ? "dev" : "start", "-H", "127.0.0.1", "-p", String(ports.web)], {
    name: "web app",
    cwd: webDir,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      SCIPIO_RPC_URL: rpcUrl,
      SCIPIO_CHAIN_ID: "31337",
      SCIPIO_GATEWAY_URL: `http://127.0.0.1:${ports.gateway}`,
      SCIPIO_IPFS_API_URL: `http://127.0.0.1:${ports.ipfsApi}`,
      SCIPIO_INDEXER_URL: indexerUrl,
    },
    log: "pipe",
  });
  watch(web);
  await waitFor(() => isPortInUse(ports.web), "web app", 120_000);
}

async function printBanner(hasEvidenceNode) {
  const accounts = JSON.parse(await readFile(path.join(repoRoot, "packages/sdk/src/demo-accounts.json"), "utf8"));
  console.log(`
Scipio local stack is running
  Web app        http://127.0.0.1:${ports.web}${dev ? "  (hot reload)" : ""}
  Chain (anvil)  http://127.0.0.1:${ports.chain}  chain id 31337
${
  hasEvidenceNode
    ? `  Evidence node  RPC http://127.0.0.1:${ports.ipfsApi}  gateway http://127.0.0.1:${ports.gateway}\n`
    : ""
}  Indexer        http://127.0.0.1:${ports.indexer}/graphql  (SQL over HTTP at /sql, status at /status)
  Data           ${path.relative(repoRoot, dataDir)}/ (delete it for a fresh chain)

Demo accounts (use "Dev wallet" in the app, or import a key into your wallet):`);
  for (const account of accounts) console.log(`  ${account.address}  ${account.name}`);
  console.log("\nPress Ctrl-C to stop.");
}

await checkPortsFree();
await mkdir(dataDir, { recursive: true });
const chain = await startChain();
const hasEvidenceNode = await startEvidenceNode();
if (chain.needsDeploy) await deployAndSeed(chain.rpcUrl);
const indexer = await startLocalIndexer(chain.rpcUrl, hasEvidenceNode);
await startWeb(chain.rpcUrl, indexer.url);
await printBanner(hasEvidenceNode);
