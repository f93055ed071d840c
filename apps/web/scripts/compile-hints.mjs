#!/usr/bin/env node
// Marks every route's first-load chunks with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`,
// Chrome 136+): the browser then compiles them on a background thread while they stream in. Without it
// V8 compiles each module's factory lazily on the main thread when the page first runs it, which was
// most of the longest task of every page load (react-dom's factory alone is ~190 kB). Other browsers
// read the line as a comment. Lazily loaded chunks (the wallet stack) are left alone: much of them never
// runs. Runs after `next build`; a chunk already marked is left as it is.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HINT = "//# allFunctionsCalledOnLoad\n";
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stats = JSON.parse(readFileSync(path.join(appDir, ".next/diagnostics/route-bundle-stats.json"), "utf8"));
const firstLoadChunks = new Set(stats.flatMap(({ firstLoadChunkPaths }) => firstLoadChunkPaths));

let marked = 0;
for (const chunk of firstLoadChunks) {
  const file = path.join(appDir, chunk);
  const source = readFileSync(file, "utf8");
  if (source.startsWith(HINT)) continue;
  writeFileSync(file, HINT + source);
  marked++;
}
console.log(`compile hints: ${marked} of ${firstLoadChunks.size} first-load chunks marked`);
