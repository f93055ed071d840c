// Starting and deploying a local chain, shared by the local stack and the browser tests.
import { spawn } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bin = (name) => path.join(repoRoot, "node_modules/.bin", name);

/** anvil's first default account: governance and deployer on the local chain. */
export const DEPLOYER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
export const LOCAL_CHAIN_ID = 31337;

export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function isPortInUse(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function rpc(rpcUrl, method, params = []) {
  const response = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = await response.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

async function waitFor(check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Spawns a long-running child in its own process group, so stopping it also stops
 * anything it spawned (`next start` keeps a `next-server` child on the port otherwise).
 */
export function spawnService(command, args, { name, env, cwd = repoRoot, log = "inherit" } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: log === "inherit" ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
  });
  let exited = false;
  const exit = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  exit.then(() => (exited = true));
  return {
    name,
    child,
    exit,
    get exited() {
      return exited;
    },
    /** SIGINT lets anvil dump its state; SIGKILL after a grace period. */
    async stop(signal = "SIGINT", graceMs = 10_000) {
      if (exited) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }, graceMs);
      await exit;
      clearTimeout(timer);
    },
  };
}

/**
 * Starts anvil; with `stateFile` the chain survives restarts (loaded on start, dumped every 10 s and on exit),
 * historical states included: the overview's charts read the token's state at past blocks.
 */
export async function startAnvil({ port, host = "127.0.0.1", stateFile, log = "pipe" } = {}) {
  port ??= await findFreePort();
  const args = ["--host", host, "--port", String(port), "--chain-id", String(LOCAL_CHAIN_ID), "--silent"];
  if (stateFile) {
    await mkdir(path.dirname(stateFile), { recursive: true });
    args.push("--state", stateFile, "--state-interval", "10", "--preserve-historical-states");
  }
  const service = spawnService(bin("anvil"), args, { name: "anvil", log });
  const rpcUrl = `http://${host}:${port}`;
  await waitFor(async () => {
    if (service.exited) throw new Error("anvil exited");
    return (await rpc(rpcUrl, "eth_chainId")) !== undefined;
  }, "anvil");
  return { rpcUrl, port, stop: () => service.stop(), service };
}

/**
 * Runs the deploy script against `rpcUrl` and returns the deployment file it wrote. `--slow` sends one
 * transaction at a time: batched sends occasionally left anvil holding them as queued and forge waiting
 * forever, so a stuck attempt is also stopped and tried once more.
 */
export async function deployContracts({ rpcUrl, deploymentFile, log = "pipe", attempts = 2, timeoutMs = 90_000 }) {
  const args = [
    "script",
    "contracts/script/Deploy.s.sol",
    "--rpc-url",
    rpcUrl,
    "--broadcast",
    "--slow",
    "--unlocked",
    "--sender",
    DEPLOYER,
  ];
  for (let attempt = 1; ; attempt++) {
    try {
      const output = await runCommand(bin("forge"), args, { env: { DEPLOYMENT_FILE: deploymentFile }, log, timeoutMs });
      try {
        return JSON.parse(await readFile(deploymentFile, "utf8"));
      } catch (error) {
        throw new Error(`deploy wrote no deployment file at ${deploymentFile}\n${output}`, { cause: error });
      }
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.error(`deploy attempt ${attempt} failed, trying again: ${error.message.split("\n")[0]}`);
    }
  }
}

/** Runs a command to completion; rejects with its output when it fails. */
export function runCommand(command, args, { env, cwd = repoRoot, log = "pipe", timeoutMs } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: log === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
      // Its own process group, so a timeout also stops what an npm shim (forge's) spawned.
      detached: Boolean(timeoutMs),
    });
    const timer =
      timeoutMs &&
      setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
        reject(new Error(`${path.basename(command)} ${args[0]} did not finish within ${timeoutMs / 1000} s\n${output}`));
      }, timeoutMs);
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (timer) clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${path.basename(command)} ${args[0]} exited ${code}\n${output}`));
    });
  });
}

export { waitFor };
