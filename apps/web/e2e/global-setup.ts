import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { loadIndexerLib, loadLocalChainLib, repoRoot, type LocalChainLib } from "./support/local-chain";

const webDir = path.join(repoRoot, "apps/web");

/**
 * Starts a private stack for the browser tests, every part on a free port so a running local stack
 * is never touched: anvil, the contracts deployed to it, the evidence node, the indexer, and `next start`
 * of the production build pointed at them through its runtime config. Returns the teardown, which stops
 * whole process groups. Tests find the stack through the SCIPIO_E2E_* variables.
 */
export default async function globalSetup() {
  const lib = await loadLocalChainLib();
  // Under the repo's git-ignored .data folder: the deploy script may only write there (fs_permissions).
  await mkdir(path.join(repoRoot, ".data"), { recursive: true });
  const workDir = await mkdtemp(path.join(repoRoot, ".data", "e2e-"));
  const stops: Array<() => Promise<void>> = [];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
    await rm(workDir, { recursive: true, force: true });
  };

  try {
    const anvil = await lib.startAnvil({});
    stops.push(anvil.stop);

    const deploymentFile = path.join(workDir, "deployment.json");
    await lib.deployContracts({ rpcUrl: anvil.rpcUrl, deploymentFile });

    // The evidence node first: the indexer reads the project titles from its gateway.
    const evidence = await startEvidence(workDir);
    if (evidence) stops.push(evidence.close);
    // The indexer starts (its build and database take a while) beside the web build.
    const indexerStarting = (await loadIndexerLib()).startIndexer({
      rpcUrl: anvil.rpcUrl,
      deploymentFile,
      dataDir: path.join(workDir, "indexer"),
      pollMs: 200,
      // Every test reverts the chain to the snapshot taken before it (evm_revert): no block after the
      // deployment may count as final, or a revert below it is a reorg Ponder cannot undo and the index
      // stops following the chain (with 30, its default for an unknown chain, any test of 43+ blocks froze it).
      finalityBlocks: 1_000_000,
      gatewayUrl: evidence?.gatewayUrl,
      log: process.env.SCIPIO_E2E_LOG_SERVER ? "inherit" : "pipe",
    });
    indexerStarting.then((indexer) => stops.push(indexer.stop), () => undefined);

    await ensureProductionBuild(lib);
    const indexer = await indexerStarting;
    await indexer.ready();
    const port = await lib.findFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const web = lib.spawnService(path.join(webDir, "node_modules/.bin/next"), ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
      name: "web",
      cwd: webDir,
      log: process.env.SCIPIO_E2E_LOG_SERVER ? "inherit" : "pipe",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        SCIPIO_CHAIN_ID: "31337",
        SCIPIO_RPC_URL: anvil.rpcUrl,
        SCIPIO_DEPLOYMENT_FILE: deploymentFile,
        SCIPIO_INDEXER_URL: indexer.url,
        // Every test reverts the chain and acts just before loading a page: a list is served from the
        // index only when it has every block, so no test sees an index that has not caught up yet.
        SCIPIO_INDEXER_MAX_LAG_BLOCKS: "0",
        ...(evidence && { SCIPIO_GATEWAY_URL: evidence.gatewayUrl, SCIPIO_IPFS_API_URL: evidence.apiUrl }),
      },
    });
    stops.push(() => web.stop("SIGTERM", 5_000));
    await lib.waitFor(async () => {
      if (web.exited) throw new Error("next start exited");
      return (await fetch(baseUrl)).ok;
    }, "next start");

    Object.assign(process.env, {
      SCIPIO_E2E_BASE_URL: baseUrl,
      SCIPIO_E2E_RPC_URL: anvil.rpcUrl,
      SCIPIO_E2E_DEPLOYMENT_FILE: deploymentFile,
      SCIPIO_E2E_INDEXER_URL: indexer.url,
      // The indexer's process group, which the indexer's spec pauses to see the pages without it.
      SCIPIO_E2E_INDEXER_PID: String(indexer.service.child.pid),
    });
    console.log(`e2e stack: web ${baseUrl} · anvil ${anvil.rpcUrl} · indexer ${indexer.url}${evidence ? ` · gateway ${evidence.gatewayUrl}` : ""}`);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

type EvidenceNode = { apiUrl: string; gatewayUrl: string; close(): Promise<void> };

/** The evidence node (embedded IPFS) for uploads and gateway reads, when its package provides one. */
async function startEvidence(workDir: string): Promise<EvidenceNode | undefined> {
  const evidenceNode = (await import("@scipio/evidence-node").catch(() => undefined)) as
    | { startEvidenceNode?: (options: { repo: string; apiPort: number; gatewayPort: number }) => Promise<EvidenceNode> }
    | undefined;
  if (!evidenceNode?.startEvidenceNode) {
    console.warn("e2e: @scipio/evidence-node has no startEvidenceNode yet; running without IPFS");
    return undefined;
  }
  return evidenceNode.startEvidenceNode({ repo: path.join(workDir, "evidence"), apiPort: 0, gatewayPort: 0 });
}

/** `test:e2e` runs after `build` in the pipeline; run directly, it builds once if needed. */
async function ensureProductionBuild(lib: LocalChainLib) {
  if (existsSync(path.join(webDir, ".next/BUILD_ID"))) return;
  console.log("No production build of apps/web: running next build…");
  await lib.runCommand(path.join(webDir, "node_modules/.bin/next"), ["build"], {
    cwd: webDir,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
    log: "inherit",
  });
}
