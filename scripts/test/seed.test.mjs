import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { deployContracts, findFreePort, isPortInUse, repoRoot, runCommand, spawnService, startAnvil, waitFor } from "../lib/local-chain.mjs";

const tsx = path.join(repoRoot, "node_modules/.bin/tsx");

test("the demo seed leaves a living operating side: two closed periods, a mediation, invoices, debts and claims", async () => {
  await mkdir(path.join(repoRoot, ".data"), { recursive: true });
  const dir = await mkdtemp(path.join(repoRoot, ".data", "seed-test-"));
  const chain = await startAnvil();
  const [apiPort, gatewayPort] = [await findFreePort(), await findFreePort()];
  const evidence = spawnService(
    tsx,
    ["packages/evidence-node/src/cli.ts", "--repo", path.join(dir, "ipfs"), "--api", `127.0.0.1:${apiPort}`, "--gateway", `127.0.0.1:${gatewayPort}`],
    { name: "evidence node", log: "pipe" },
  );
  try {
    const deploymentFile = path.join(dir, "31337.json");
    await deployContracts({ rpcUrl: chain.rpcUrl, deploymentFile });
    await waitFor(() => isPortInUse(apiPort), "evidence node");
    await runCommand(tsx, ["scripts/seed.mts"], {
      env: { SCIPIO_RPC_URL: chain.rpcUrl, SCIPIO_IPFS_API_URL: `http://127.0.0.1:${apiPort}`, DEPLOYMENT_FILE: deploymentFile },
      timeoutMs: 120_000,
    });
    const output = await runCommand(tsx, ["scripts/lib/seed-facts.mts", chain.rpcUrl, deploymentFile]);
    const facts = JSON.parse(String(output).trim().split("\n").at(-1));

    assert.deepEqual(facts.periods.map((period) => period.closed), [true, true]);
    for (const period of [0, 1]) {
      const statuses = facts.expenses.filter((expense) => expense.period === period).map((expense) => expense.status);
      assert.ok(statuses.includes("Validated") && statuses.includes("Rejected"), `period ${period}: ${statuses}`);
    }
    assert.ok(
      facts.disputes.some((dispute) => dispute.subject === "consumption" && dispute.stage === "Mediation" && dispute.status === "AwaitingDecision"),
      JSON.stringify(facts.disputes),
    );
    assert.ok(facts.invoices.some((invoice) => invoice.fibre > 0) && facts.invoices.some((invoice) => invoice.wifi > 0), JSON.stringify(facts.invoices));
    const debts = facts.positions.filter((position) => position.kind === 1);
    const credits = facts.positions.filter((position) => position.kind === 2);
    assert.ok(debts.some((debt) => debt.paid === debt.amount), "a debtor settled");
    assert.ok(debts.some((debt) => debt.paid === "0"), "a debtor has not settled");
    assert.equal(facts.unsettled.length, 1, JSON.stringify(facts.unsettled));
    assert.ok(credits.some((credit) => BigInt(credit.paid) > 0n), "a creditor claimed");
  } finally {
    await evidence.stop("SIGTERM", 5_000);
    await chain.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
