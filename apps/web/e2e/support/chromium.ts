import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * The Chromium the tests drive, found in this order: `CHROMIUM_PATH`, Debian's `/usr/bin/chromium`,
 * Debian's package installed through apt when running as root, else Playwright's own download
 * (`undefined` tells Playwright to use it). The answer is stored in `CHROMIUM_PATH` so the workers,
 * which load the config again, neither search nor install twice.
 */
export function resolveChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points at ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  if (!existsSync(DEBIAN_CHROMIUM) && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium is missing: installing Debian's package (apt-get install chromium)…");
    const apt = (...args: string[]) => spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    apt("update");
    apt("install", "-y", "--no-install-recommends", "chromium", "fonts-noto-color-emoji");
  }
  if (existsSync(DEBIAN_CHROMIUM)) {
    process.env.CHROMIUM_PATH = DEBIAN_CHROMIUM;
    return DEBIAN_CHROMIUM;
  }
  console.log("No system Chromium: using Playwright's own (npx playwright install chromium)…");
  const install = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (install.status !== 0) throw new Error("Could not find or install Chromium; set CHROMIUM_PATH to a Chromium binary");
  return undefined;
}

/** Flags for a quiet, offline, headless Chromium in a container. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
