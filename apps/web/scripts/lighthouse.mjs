#!/usr/bin/env node
// Lighthouse performance and accessibility of pages of a running production build (`npm run stack`
// serves one on :3000). A measurement, not a gate: it prints the scores and the failing accessibility
// audits, and always exits 0 unless Lighthouse itself fails. Scores vary from run to run with the
// machine's load, so each page is measured `--runs` times (default 3) and the median run is reported.
//   node scripts/lighthouse.mjs [--base http://127.0.0.1:3000] [--runs 3] [path …]   (default paths: / /projects/1)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const baseIndex = args.indexOf("--base");
const base = baseIndex >= 0 ? args.splice(baseIndex, 2)[1] : "http://127.0.0.1:3000";
const runsIndex = args.indexOf("--runs");
const runs = runsIndex >= 0 ? Number(args.splice(runsIndex, 2)[1]) : 3;
const paths = args.length > 0 ? args : ["/", "/projects/1"];
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const outDir = mkdtempSync(path.join(tmpdir(), "scipio-lighthouse-"));

try {
  for (const page of paths) {
    const results = [];
    for (let run = 0; run < runs; run++) results.push(measure(new URL(page, base).href));
    results.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const { categories, audits } = results[Math.floor(results.length / 2)];
    const score = (category) => Math.round(category.score * 100);
    const all = results.map((result) => score(result.categories.performance)).join(", ");
    console.log(`${page.padEnd(16)} performance ${score(categories.performance)} (runs: ${all})  accessibility ${score(categories.accessibility)}`);
    for (const metric of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"]) {
      console.log(`  ${metric.padEnd(26)} ${audits[metric].displayValue}`);
    }
    for (const { id } of categories.accessibility.auditRefs) {
      const audit = audits[id];
      if (audit.score === null || audit.score === 1) continue;
      const targets = (audit.details?.items ?? []).map((item) => item.node?.snippet).filter(Boolean);
      console.log(`  ✗ ${id}: ${audit.title}`);
      for (const target of targets.slice(0, 5)) console.log(`      ${target}`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
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
      "--only-categories=performance,accessibility",
      "--chrome-flags=--headless --no-sandbox --disable-gpu",
    ],
    { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, CHROME_PATH: chromePath } },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed for ${url} (exit ${run.status})`);
  return JSON.parse(readFileSync(report, "utf8"));
}
