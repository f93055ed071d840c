import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { DEPLOYER, rpc, startAnvil, waitFor } from "../lib/local-chain.mjs";

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
