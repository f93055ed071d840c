import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, resolveChromium } from "./e2e/support/chromium";

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  // One chain, one web server: tests run one after another and revert the chain between them.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: "list",
  forbidOnly: !!process.env.CI,
  globalSetup: "./e2e/global-setup.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices["Desktop Chrome"],
    // Set by the global setup once `next start` answers on a free port.
    baseURL: process.env.SCIPIO_E2E_BASE_URL,
    launchOptions: { executablePath: resolveChromium(), args: chromiumArgs },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
