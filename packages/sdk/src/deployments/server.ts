import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { localChainDeployment, parseDeployment, type Deployment } from "./index.ts";

const deploymentsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../deployments");

/**
 * The deployment the app talks to: `SCIPIO_DEPLOYMENT_FILE` (any path) wins, then
 * `deployments/<SCIPIO_CHAIN_ID>.json`, then the committed local-chain file.
 */
export async function loadDeployment(env: NodeJS.ProcessEnv = process.env): Promise<Deployment> {
  const file =
    env.SCIPIO_DEPLOYMENT_FILE ??
    (env.SCIPIO_CHAIN_ID ? path.join(deploymentsDir, `${env.SCIPIO_CHAIN_ID}.json`) : undefined);
  if (!file) return localChainDeployment;
  return parseDeployment(JSON.parse(await readFile(file, "utf8")));
}
