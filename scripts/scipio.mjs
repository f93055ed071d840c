#!/usr/bin/env node
// Behind `npm run stack`, `npm run dev` and `npm test`: needs nothing but Node on the machine.
// Installs the workspace (pnpm comes through npx when it is not installed), builds, then
// starts the local stack or runs every check.
import { execSync, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PNPM_VERSION = "10.34.9";

function hasCommand(name) {
  try {
    execSync(`command -v ${name}`, { stdio: "ignore", shell: "/bin/sh" });
    return true;
  } catch {
    return false;
  }
}

const pnpm = hasCommand("pnpm") ? ["pnpm"] : ["npx", "--yes", `pnpm@${PNPM_VERSION}`];

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${[command, ...args].join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

function install() {
  const frozen = process.env.CI ? ["--frozen-lockfile"] : [];
  run(pnpm[0], [...pnpm.slice(1), "install", ...frozen]);
}

function build() {
  run(pnpm[0], [...pnpm.slice(1), "exec", "turbo", "run", "build", "--output-logs=errors-only"]);
}

const command = process.argv[2];
switch (command) {
  case "stack":
    install();
    build();
    run(process.execPath, ["scripts/stack.mjs"]);
    break;
  case "dev":
    install();
    build();
    run(process.execPath, ["scripts/stack.mjs", "--dev"]);
    break;
  case "test":
    install();
    // Through pnpm, so turbo finds the package manager on PATH even when pnpm came through npx.
    run(pnpm[0], [...pnpm.slice(1), "exec", process.execPath, "scripts/test-all.mjs"]);
    break;
  default:
    console.error("usage: node scripts/scipio.mjs stack|dev|test");
    process.exit(2);
}
