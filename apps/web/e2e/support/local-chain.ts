import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The parts of `scripts/lib/local-chain.mjs` (shared with the local stack) the tests use. */
export type Service = { stop(signal?: string, graceMs?: number): Promise<void>; readonly exited: boolean };
export type LocalChainLib = {
  repoRoot: string;
  findFreePort(): Promise<number>;
  startAnvil(options: { port?: number; stateFile?: string }): Promise<{ rpcUrl: string; port: number; stop(): Promise<void> }>;
  deployContracts(options: { rpcUrl: string; deploymentFile: string }): Promise<unknown>;
  spawnService(
    command: string,
    args: string[],
    options: { name: string; env?: Record<string, string>; cwd?: string; log?: "inherit" | "pipe" },
  ): Service & { child: import("node:child_process").ChildProcess };
  runCommand(command: string, args: string[], options?: { env?: Record<string, string>; cwd?: string; log?: "inherit" | "pipe" }): Promise<string>;
  waitFor(check: () => Promise<boolean>, what: string, timeoutMs?: number): Promise<void>;
};

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export async function loadLocalChainLib(): Promise<LocalChainLib> {
  // A plain .mjs shared with the stack script; imported by URL so TypeScript takes the type above.
  const url = pathToFileURL(path.join(repoRoot, "scripts/lib/local-chain.mjs")).href;
  return (await import(url)) as LocalChainLib;
}

/** The parts of `scripts/lib/indexer.mjs` the tests use. */
export type IndexerLib = {
  startIndexer(options: {
    rpcUrl: string;
    deploymentFile: string;
    dataDir: string;
    pollMs?: number;
    /** How many blocks deep a block counts as final (how deep a reorg, or a revert, the indexer can undo). */
    finalityBlocks?: number;
    /** The IPFS gateway the indexer reads the project titles from. */
    gatewayUrl?: string;
    log?: "inherit" | "pipe";
  }): Promise<{ url: string; service: Service & { child: import("node:child_process").ChildProcess }; ready(): Promise<void>; stop(): Promise<void> }>;
};

export async function loadIndexerLib(): Promise<IndexerLib> {
  return (await import(pathToFileURL(path.join(repoRoot, "scripts/lib/indexer.mjs")).href)) as IndexerLib;
}
