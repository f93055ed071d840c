import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { DEPLOYER, deployContracts, repoRoot, rpc, startAnvil, waitFor } from "../lib/local-chain.mjs";

const RECIPIENT = "0x000000000000000000000000000000000000dEaD";

test("the local chain answers for past blocks after a restart, as the overview's charts need", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "scipio-chain-"));
  const stateFile = path.join(dir, "anvil-state.json");
  try {
    const first = await startAnvil({ stateFile });
    for (const value of ["0x1", "0x2"]) {
      const hash = await rpc(first.rpcUrl, "eth_sendTransaction", [{ from: DEPLOYER, to: RECIPIENT, value }]);
      // anvil answers before it mines: without waiting, both transfers can share block 1, or the second miss the dump.
      await waitFor(() => rpc(first.rpcUrl, "eth_getTransactionReceipt", [hash]), "the transfer's block");
    }
    await first.stop();

    const restarted = await startAnvil({ stateFile });
    try {
      assert.equal(await rpc(restarted.rpcUrl, "eth_getBalance", [RECIPIENT, "latest"]), "0x3");
      assert.equal(await rpc(restarted.rpcUrl, "eth_getBalance", [RECIPIENT, "0x1"]), "0x1");
    } finally {
      await restarted.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the deploy script deploys every contract, at the addresses of the committed local deployment file", async () => {
  // forge may write only under .data (foundry.toml's fs_permissions).
  await mkdir(path.join(repoRoot, ".data"), { recursive: true });
  const dir = await mkdtemp(path.join(repoRoot, ".data", "deploy-test-"));
  const chain = await startAnvil();
  try {
    const deployment = await deployContracts({ rpcUrl: chain.rpcUrl, deploymentFile: path.join(dir, "31337.json") });
    for (const [name, address] of Object.entries(deployment.contracts)) {
      assert.notEqual(await rpc(chain.rpcUrl, "eth_getCode", [address, "latest"]), "0x", `${name} has no code`);
    }
    // The web app and the e2e setup read the committed file; it must say what a fresh deployment does.
    const committed = JSON.parse(await readFile(path.join(repoRoot, "packages/sdk/deployments/31337.json"), "utf8"));
    assert.deepEqual(committed, deployment);
  } finally {
    await chain.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
