// An index that answers "up to block N" without block N's rows: after an evm_revert the chain grows back
// to the same height with other blocks — in the same second, so with the same timestamps — and until
// Ponder's next poll notices the reorg it still answers for the old block N. The e2e journeys do exactly
// this (every test reverts to its snapshot, onboards participants and reads an indexed list); here the
// same loop runs against the indexer, and the freshness check (the sdk's `assessIndex`, which the web's
// `readFromIndex` uses) must never accept such an answer.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { CommunityActions } from "@scipio/sdk/community";
import { demoAccounts } from "@scipio/sdk/demo";
import { assessIndex, createIndexerClient, indexer } from "@scipio/sdk/indexer";
import { PARTICIPANT_ROLES } from "@scipio/sdk/protocol";
import { createPublicClient, http } from "viem";
import { generatePrivateKey, privateKeyToAddress } from "viem/accounts";
import { foundry } from "viem/chains";
import { deployContracts, repoRoot, rpc, startAnvil } from "../../../scripts/lib/local-chain.mjs";
import { startIndexer } from "../../../scripts/lib/indexer.mjs";

const governance = demoAccounts.find((candidate) => candidate.name.startsWith("Governance")).address;
const operator = PARTICIPANT_ROLES.find((role) => role.key === "operator");
const state = {};

before(async () => {
  await mkdir(path.join(repoRoot, ".data"), { recursive: true });
  state.workDir = await mkdtemp(path.join(repoRoot, ".data", "indexer-revert-"));
  state.anvil = await startAnvil({});
  state.deploymentFile = path.join(state.workDir, "deployment.json");
  state.deployment = await deployContracts({ rpcUrl: state.anvil.rpcUrl, deploymentFile: state.deploymentFile });
  state.indexer = await startIndexer({ rpcUrl: state.anvil.rpcUrl, deploymentFile: state.deploymentFile, dataDir: path.join(state.workDir, "pglite"), // A slow poll widens the window in which the indexer has not seen the revert yet; as deep a
    // finality as the e2e stack's, so every revert is a reorg Ponder can undo.
    pollMs: 1_500,
    finalityBlocks: 1_000_000,
  });
  await state.indexer.ready();
  state.chain = createPublicClient({ chain: foundry, transport: http(state.anvil.rpcUrl) });
  state.community = new CommunityActions(state.anvil.rpcUrl, state.deployment);
  state.client = createIndexerClient(state.indexer.url, { timeoutMs: 10_000 });
});

after(async () => {
  await state.indexer?.stop();
  await state.anvil?.stop();
  if (state.workDir) await rm(state.workDir, { recursive: true, force: true });
});

const ROUNDS = 4;
const newAccounts = (count) => Array.from({ length: count }, () => privateKeyToAddress(generatePrivateKey()).toLowerCase());

test("after a revert to the same height on other blocks, the index is trusted only once it has the new blocks' rows", { timeout: 300_000 }, async () => {
  const flagged = [];
  const accepted = [];
  let previous = [];
  for (let round = 0; round < ROUNDS; round++) {
    const snapshot = await rpc(state.anvil.rpcUrl, "evm_snapshot");
    // The same number of transactions every round: each round ends at the same height as the one before.
    const accounts = newAccounts(2);
    for (const account of accounts) await state.community.onboard(governance, account, operator);
    for (let attempt = 0; ; attempt++) {
      assert.ok(attempt < 200, `round ${round}: the index never caught up`);
      const page = await indexer.participants(state.client, { limit: 1_000 });
      const head = await state.chain.getBlockNumber({ cacheTime: 0 });
      const atIndexed = page.indexedBlock ? await state.chain.getBlock({ blockNumber: page.indexedBlock.number }).catch(() => undefined) : undefined;
      const assessment = assessIndex(page.indexedBlock, { head, hashAtIndexed: atIndexed?.hash }, 0n);
      const listed = new Set(page.items.map((row) => row.account));
      if (assessment.usable) {
        // Trusted: the list must be this chain's, with this round's participants and not the last round's.
        accepted.push(round);
        assert.deepEqual(accounts.filter((account) => !listed.has(account)), [], `round ${round}: trusted at block ${page.indexedBlock?.number} without this round's participants`);
        assert.deepEqual(previous.filter((account) => listed.has(account)), [], `round ${round}: trusted at block ${page.indexedBlock?.number} with the reverted round's participants`);
        break;
      }
      if (assessment.reason === "other-fork" && page.indexedBlock?.number === head && page.indexedBlock.timestamp === atIndexed?.timestamp) {
        // The reported case: the chain's height and timestamp, the old fork's rows.
        flagged.push({ round, block: head, stale: !accounts.every((account) => listed.has(account)) });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await rpc(state.anvil.rpcUrl, "evm_revert", [snapshot]);
    previous = accounts;
  }
  assert.equal(accepted.length, ROUNDS);
  // The loop did meet the case: an index at the head's number and timestamp on the reverted blocks (its
  // list without this round's participants), told apart only by the hash.
  assert.ok(flagged.some((entry) => entry.stale), `no round met an index at the head's height and timestamp on the old fork: ${JSON.stringify(flagged, (_, value) => (typeof value === "bigint" ? String(value) : value))}`);
});
