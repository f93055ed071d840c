#!/usr/bin/env node
// Lighthouse of pages of a running production build (`npm run stack` serves one on :3000): performance,
// accessibility, console errors and requests that leave the machine. Scores vary from run to run with
// the machine's load, so each page is measured `--runs` times (default 3) and the median run is reported.
// A measurement by default (exit 0 unless Lighthouse fails); `--check` makes it a gate: exit 1 when a
// median score is below 95, the console has an error or a request goes to another host.
//   node scripts/lighthouse.mjs [--base http://127.0.0.1:3000] [--runs 3] [--check] [path …]   (default paths: / /projects/1)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MIN_SCORE = 95;
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args.splice(index, 2)[1] : fallback;
};
const base = option("--base", "http://127.0.0.1:3000");
const runs = Number(option("--runs", "3"));
const checkIndex = args.indexOf("--check");
const check = checkIndex >= 0 && args.splice(checkIndex, 1).length > 0;
const paths = args.length > 0 ? args : ["/", "/projects/1"];
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const outDir = mkdtempSync(path.join(tmpdir(), "scipio-lighthouse-"));
const failures = [];

try {
  for (const page of paths) {
    const results = [];
    for (let run = 0; run < runs; run++) results.push(measure(new URL(page, base).href));
    results.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const median = results[Math.floor(results.length / 2)];
    const { categories, audits } = median;
    const score = (category) => Math.round(category.score * 100);
    const all = results.map((result) => score(result.categories.performance)).join(", ");
    console.log(`${page.padEnd(16)} performance ${score(categories.performance)} (runs: ${all})  accessibility ${score(categories.accessibility)}`);
    for (const metric of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]) {
      console.log(`  ${metric.padEnd(26)} ${audits[metric].displayValue}`);
    }
    for (const task of (audits["long-tasks"]?.details?.items ?? []).slice(0, 3)) {
      console.log(`  long task ${String(Math.round(task.duration)).padStart(5)} ms at ${Math.round(task.startTime)} ms  ${task.url}`);
    }
    for (const { id } of categories.accessibility.auditRefs) {
      const audit = audits[id];
      if (audit.score === null || audit.score === 1) continue;
      const targets = (audit.details?.items ?? []).map((item) => item.node?.snippet).filter(Boolean);
      console.log(`  ✗ ${id}: ${audit.title}`);
      for (const target of targets.slice(0, 5)) console.log(`      ${target}`);
    }
    // Every run, not just the median: one error or one outside request in any run counts.
    const consoleErrors = results.flatMap((result) => result.audits["errors-in-console"].details?.items ?? []);
    const outside = results.flatMap((result) => (result.audits["network-requests"].details?.items ?? []).filter((item) => leavesMachine(item.url)));
    console.log(`  console errors ${consoleErrors.length}, requests leaving the machine ${outside.length} (over ${runs} runs)`);
    for (const error of consoleErrors.slice(0, 5)) console.log(`  ✗ console: ${error.description ?? error.source}`);
    for (const request of outside.slice(0, 5)) console.log(`  ✗ request: ${request.url}`);

    if (score(categories.performance) < MIN_SCORE) failures.push(`${page}: performance ${score(categories.performance)}`);
    if (score(categories.accessibility) < MIN_SCORE) failures.push(`${page}: accessibility ${score(categories.accessibility)}`);
    if (consoleErrors.length > 0) failures.push(`${page}: ${consoleErrors.length} console errors`);
    if (outside.length > 0) failures.push(`${page}: ${outside.length} requests leaving the machine`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

if (check && failures.length > 0) {
  console.error(`\nBelow the bar (${MIN_SCORE}, no console errors, no outside requests):\n  ${failures.join("\n  ")}`);
  process.exit(1);
}

/** Whether a request goes to another machine (the page, its chain and its gateway all serve from this one). */
function leavesMachine(url) {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:") return false;
  return !["127.0.0.1", "localhost", "[::1]"].includes(hostname);
}

/** One Lighthouse run of `url` (mobile preset, Lighthouse's default), as its JSON report. */
function measure(url) {
  const report = path.join(outDir, "report.json");
  const run = spawnSync(
    path.join(appDir, "node_modules/.bin/lighthouse"),
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${report}`,
      // best-practices carries the console-errors audit; network-requests is part of performance.
      "--only-categories=performance,accessibility,best-practices",
      "--chrome-flags=--headless --no-sandbox --disable-gpu",
    ],
    { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, CHROME_PATH: chromePath } },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed for ${url} (exit ${run.status})`);
  return JSON.parse(readFileSync(report, "utf8"));
}
