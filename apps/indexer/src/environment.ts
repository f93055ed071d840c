import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseDeployment, type Deployment } from "@scipio/sdk/deployments";

const deploymentsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../packages/sdk/deployments");

/**
 * What the indexer follows, from the environment: the deployment file (`SCIPIO_DEPLOYMENT_FILE`,
 * else `deployments/<SCIPIO_CHAIN_ID>.json`, else the local chain's), the node (`SCIPIO_RPC_URL`)
 * and the database (`DATABASE_URL` for Postgres, else PGlite in `SCIPIO_INDEXER_DATA_DIR`).
 */
export type IndexerEnvironment = {
  deployment: Deployment;
  rpcUrl: string;
  databaseUrl: string | undefined;
  pgliteDirectory: string;
  pollingIntervalMs: number;
  /**
   * How many blocks deep a block counts as final (`SCIPIO_INDEXER_FINALITY_BLOCKS`), for a chain whose
   * finality Ponder does not know; undefined leaves Ponder's choice (by chain id, 30 for an unknown chain).
   * A reorg deeper than this is one Ponder cannot undo: it stops following the chain.
   */
  finalityBlocks: number | undefined;
};

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): IndexerEnvironment {
  const file = env.SCIPIO_DEPLOYMENT_FILE || path.join(deploymentsDir, `${env.SCIPIO_CHAIN_ID || "31337"}.json`);
  const deployment = parseDeployment(JSON.parse(readFileSync(file, "utf8")));
  if (env.SCIPIO_CHAIN_ID && Number(env.SCIPIO_CHAIN_ID) !== deployment.chainId) {
    throw new Error(`The deployment file ${file} is for chain ${deployment.chainId} but SCIPIO_CHAIN_ID is ${env.SCIPIO_CHAIN_ID}`);
  }
  return {
    deployment,
    rpcUrl: env.SCIPIO_RPC_URL || "http://127.0.0.1:8545",
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDirectory: env.SCIPIO_INDEXER_DATA_DIR || ".ponder/pglite",
    pollingIntervalMs: Number(env.SCIPIO_INDEXER_POLL_MS || 1_000),
    finalityBlocks: parseFinality(env.SCIPIO_INDEXER_FINALITY_BLOCKS),
  };
}

function parseFinality(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new Error(`SCIPIO_INDEXER_FINALITY_BLOCKS must be a whole number of blocks, at least 1; got "${value}"`);
  return Number(value);
}
