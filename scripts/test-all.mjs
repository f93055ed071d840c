#!/usr/bin/env node
// Every check the project has, in the order that fails fastest: formatting and lint, the
// build pipeline (forge build → wagmi generate → next build), generated code freshness,
// contract tests and gas snapshot, typecheck, unit tests, browser tests. Prints one summary.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(repoRoot, "node_modules/.bin", name);
const turbo = (...tasks) => [bin("turbo"), ["run", ...tasks, "--output-logs=new-only", "--concurrency=2"]];
const isGitCheckout = spawnSync("git", ["rev-parse", "--git-dir"], { cwd: repoRoot }).status === 0;

/** Test counts from each runner's closing lines. */
const counters = [
  { runner: "forge", passed: /(\d+) tests passed, (\d+) failed/g },
  { runner: "node --test", passed: /# pass (\d+)/g, failed: /# fail (\d+)/g },
  { runner: "playwright", passed: /\b(\d+) passed \(/g, failed: /\b(\d+) failed\b(?!,)/g },
];

const steps = [
  { name: "build (forge build → wagmi generate → next build)", command: turbo("build") },
  {
    name: "sdk: generated ABIs and hooks are committed and current",
    command: ["git", ["diff", "--exit-code", "--stat", "--", "packages/sdk/src/abi"]],
    skip: !isGitCheckout && "not a git checkout",
  },
  // One turbo run for both: its two slots stay busy across them instead of idling at the end of the lint.
  { name: "lint (forge fmt, forge lint, eslint) and typecheck", command: turbo("lint", "typecheck") },
  { name: "tests (contracts, sdk, evidence node, first-load budget)", command: turbo("test"), counts: true },
  { name: "local stack scripts", command: [process.execPath, ["--test", "scripts/test/"]], counts: true },
  { name: "browser tests (Playwright, Chromium)", command: turbo("test:e2e"), counts: true },
];

function runStep(step) {
  return new Promise((resolve) => {
    const [command, args] = step.command;
    const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, FORCE_COLOR: "0" } });
    let output = "";
    const forward = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on("data", forward(process.stdout));
    child.stderr.on("data", forward(process.stderr));
    child.on("error", (error) => {
      output += String(error);
      resolve({ code: 1, output });
    });
    child.on("close", (code) => resolve({ code, output }));
  });
}

function countTests(output) {
  let passed = 0;
  let failed = 0;
  for (const counter of counters) {
    for (const match of output.matchAll(counter.passed)) {
      passed += Number(match[1]);
      if (match[2]) failed += Number(match[2]);
    }
    if (counter.failed) for (const match of output.matchAll(counter.failed)) failed += Number(match[1]);
  }
  return { passed, failed };
}

const results = [];
let totalPassed = 0;
let totalFailed = 0;
for (const step of steps) {
  if (step.skip) {
    results.push({ name: step.name, status: `skipped (${step.skip})`, seconds: 0 });
    continue;
  }
  console.log(`\n━━ ${step.name}`);
  const started = Date.now();
  const { code, output } = await runStep(step);
  const seconds = (Date.now() - started) / 1000;
  const counts = step.counts ? countTests(output) : undefined;
  if (counts) {
    totalPassed += counts.passed;
    totalFailed += counts.failed;
  }
  results.push({ name: step.name, status: code === 0 ? "ok" : `FAILED (exit ${code})`, seconds, counts });
  if (code !== 0) {
    if (counts && counts.failed === 0) totalFailed += 1;
    break;
  }
}

console.log("\n━━ Summary");
for (const result of results) {
  const counts = result.counts ? `  ${result.counts.passed} passed, ${result.counts.failed} failed` : "";
  console.log(`  ${result.status.padEnd(18)} ${result.seconds.toFixed(1).padStart(6)} s  ${result.name}${counts}`);
}
const failedSteps = results.filter((result) => result.status.startsWith("FAILED"));
console.log(`\ntests: ${totalPassed} passed, ${totalFailed} failed`);
process.exit(failedSteps.length > 0 || results.length < steps.length ? 1 : 0);
