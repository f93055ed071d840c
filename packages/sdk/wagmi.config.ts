import { readdirSync } from "node:fs";
import { defineConfig } from "@wagmi/cli";
import { foundry, react } from "@wagmi/cli/plugins";

const contractsSource = new URL("../../contracts/src/", import.meta.url);

/**
 * Deployable contracts only: every .sol under contracts/src except interfaces and libraries, and
 * OpenZeppelin's TimelockController, which the deploy script deploys as governance.
 */
const deployableSources = readdirSync(contractsSource, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".sol") && !/^(interfaces|libraries)\//.test(file))
  .map((file) => `${file.split("/").pop()}/**`)
  .concat("TimelockController.sol/**");

const contracts = () =>
  foundry({
    project: "../..",
    artifacts: "contracts/out",
    forge: { build: false, rebuild: false, clean: false, path: "../../node_modules/.bin/forge" },
    include: deployableSources,
  });

// Reads the existing forge output (turbo runs `forge build` first). No address is baked in:
// addresses come from deployments/<chainId>.json at run time. Two files: plain ABIs for code
// that only reads or encodes (server pages, scripts), and typed React hooks, whose module-level
// hook factories pull wagmi into every bundle that imports them.
export default defineConfig([
  { out: "src/abi/generated.ts", plugins: [contracts()] },
  { out: "src/abi/generated-hooks.ts", plugins: [contracts(), react()] },
]);
