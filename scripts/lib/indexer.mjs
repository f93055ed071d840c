// Starting the indexer (apps/indexer, Ponder) beside a chain: shared by the local stack, the browser tests'
// setup, the indexer's own tests and its benchmark.
import path from "node:path";
import { findFreePort, repoRoot, spawnService, waitFor } from "./local-chain.mjs";

const indexerDir = path.join(repoRoot, "apps/indexer");
/** The Postgres schema (or PGlite namespace) the indexer writes; a restart with the same build resumes it. */
export const INDEXER_SCHEMA = "scipio";

/**
 * Runs `ponder start` against `rpcUrl` and `deploymentFile`: PGlite under `dataDir`, or Postgres when
 * `databaseUrl` is given. Telemetry is off. Resolves once its HTTP server answers; `ready` waits until
 * the backfill is done. `output()` is everything it printed so far. `finalityBlocks` sets how deep a
 * reorg it can undo (a test chain that reverts to a snapshot needs every block since the snapshot);
 * `gatewayUrl`, where it reads the proposal documents' titles.
 */
export async function startIndexer({ rpcUrl, deploymentFile, dataDir, databaseUrl, port, log = "pipe", pollMs = 250, finalityBlocks, gatewayUrl, env = {} }) {
  port ??= await findFreePort();
  const service = spawnService(
    path.join(indexerDir, "node_modules/.bin/ponder"),
    ["start", "--schema", INDEXER_SCHEMA, "--port", String(port), "--hostname", "127.0.0.1", "--log-format", "json"],
    {
      name: "indexer",
      cwd: indexerDir,
      log: log === "inherit" ? "pipe" : log,
      env: {
        PONDER_TELEMETRY_DISABLED: "true",
        SCIPIO_RPC_URL: rpcUrl,
        SCIPIO_DEPLOYMENT_FILE: deploymentFile,
        SCIPIO_INDEXER_POLL_MS: String(pollMs),
        ...(finalityBlocks !== undefined && { SCIPIO_INDEXER_FINALITY_BLOCKS: String(finalityBlocks) }),
        // Project titles for text search come from the proposal documents on this gateway (none: no titles).
        SCIPIO_INDEXER_GATEWAY_URL: gatewayUrl ?? "",
        ...(dataDir && { SCIPIO_INDEXER_DATA_DIR: dataDir }),
        DATABASE_URL: databaseUrl ?? "",
        ...env,
      },
    },
  );
  let output = "";
  const collect = (chunk) => {
    output += chunk;
    if (log === "inherit") process.stdout.write(chunk);
  };
  service.child.stdout?.on("data", collect);
  service.child.stderr?.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (service.exited) throw new Error(`the indexer exited:\n${output}`);
    return (await fetch(`${url}/health`)).ok;
  }, "the indexer", 90_000).catch((error) => {
    service.stop("SIGKILL");
    throw error;
  });
  return {
    url,
    port,
    service,
    output: () => output,
    /** Resolves once the backfill is done and the indexer serves live data. */
    ready: (timeoutMs = 120_000) => waitFor(async () => (await fetch(`${url}/ready`)).ok, "the indexer's backfill", timeoutMs),
    /** SIGINT lets Ponder close its database cleanly. */
    stop: () => service.stop("SIGINT", 20_000),
  };
}

/** The last block the indexer has indexed (`/status`), or undefined while it has none. */
export async function indexedBlock(url) {
  const status = await (await fetch(`${url}/status`)).json();
  const chain = Object.values(status)[0];
  return chain?.block ? BigInt(chain.block.number) : undefined;
}

/** Waits until the indexer has indexed `blockNumber` (or later). */
export async function waitForIndexedBlock(url, blockNumber, timeoutMs = 60_000) {
  await waitFor(async () => ((await indexedBlock(url)) ?? -1n) >= BigInt(blockNumber), `the indexer to reach block ${blockNumber}`, timeoutMs);
}
