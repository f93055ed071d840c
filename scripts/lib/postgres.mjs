// A throwaway Postgres cluster for tests: Debian's postgresql binaries, a data directory in a temp dir, a
// free port on loopback, trust authentication. As root it runs as the `postgres` user (initdb refuses root).
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "./local-chain.mjs";

/** The newest installed `/usr/lib/postgresql/<version>/bin`, or undefined. */
export function postgresBinDir() {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, "bin/initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(root, versions[0], "bin") : undefined;
}

function userIds(name) {
  try {
    return { uid: Number(execFileSync("id", ["-u", name]).toString()), gid: Number(execFileSync("id", ["-g", name]).toString()) };
  } catch {
    return undefined;
  }
}

/** Why a cluster cannot be started here, or undefined when it can. */
export function postgresUnavailableReason() {
  if (!postgresBinDir()) return "Debian's postgresql is not installed (apt-get install -y postgresql; .ci/run installs it as root)";
  if (process.getuid?.() === 0 && !userIds("postgres")) return "running as root and there is no postgres user to run the cluster as";
  return undefined;
}

/** Starts a cluster; returns its connection string and a stop that also deletes it. */
export async function startPostgres() {
  const bin = postgresBinDir();
  if (!bin) throw new Error(postgresUnavailableReason());
  const dir = mkdtempSync(path.join(os.tmpdir(), "scipio-pg-"));
  const asUser = process.getuid?.() === 0 ? userIds("postgres") : undefined;
  if (asUser) chownSync(dir, asUser.uid, asUser.gid);
  const run = (command, args) => {
    const result = spawnSync(path.join(bin, command), args, { cwd: dir, encoding: "utf8", ...(asUser ?? {}), timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout || result.error}`);
    return result.stdout;
  };
  const data = path.join(dir, "data");
  const port = await findFreePort();
  run("initdb", ["-D", data, "-U", "scipio", "--auth=trust", "--encoding=UTF8", "--no-sync"]);
  run("pg_ctl", [
    "start",
    "-D",
    data,
    "-w",
    "-l",
    path.join(dir, "server.log"),
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`,
  ]);
  return {
    url: `postgresql://scipio@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run("pg_ctl", ["stop", "-D", data, "-m", "fast", "-w"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
