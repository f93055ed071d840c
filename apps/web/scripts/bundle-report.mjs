#!/usr/bin/env node
// First-load JS per route, gzip-compressed, from Next's own diagnostics (Next 16 prints no column for
// it). Exits 1 when a route exceeds the budget, so it can guard the build.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 300;
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stats = JSON.parse(readFileSync(path.join(appDir, ".next/diagnostics/route-bundle-stats.json"), "utf8"));
const gzipCache = new Map();
const gzippedBytes = (file) => {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(path.join(appDir, file)), { level: 9 }).length);
  return gzipCache.get(file);
};

let overBudget = false;
const rows = stats
  .map(({ route, firstLoadChunkPaths }) => ({
    route,
    kb: firstLoadChunkPaths.reduce((sum, file) => sum + gzippedBytes(file), 0) / 1024,
  }))
  .sort((a, b) => a.route.localeCompare(b.route));
for (const { route, kb } of rows) {
  const over = kb > BUDGET_KB;
  overBudget ||= over;
  console.log(`${route.padEnd(24)} ${kb.toFixed(1).padStart(7)} kB gzip${over ? `  over the ${BUDGET_KB} kB budget` : ""}`);
}
if (process.argv.includes("--chunks")) {
  const sizes = [...gzipCache].sort((a, b) => b[1] - a[1]);
  for (const [file, bytes] of sizes) console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} kB  ${file}`);
}
process.exit(overBudget ? 1 : 0);
