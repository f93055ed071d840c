// The indexer's integration suite, run once on PGlite and once on Postgres: a chain with the demo seed
// and network actions on it, the indexer over it, the rows and API answers asserted, then a restart that
// resumes from its checkpoint instead of indexing from the deployment block again.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { bandwidthTokenFactoryAbi, expenseLedgerAbi, nodeRegistryAbi, platformTokenSaleAbi, timelockControllerAbi } from "@scipio/sdk/abi";
import { CommunityActions } from "@scipio/sdk/community";
import { demoAccounts } from "@scipio/sdk/demo";
import { createIndexerClient, disputesOfParty, indexer } from "@scipio/sdk/indexer";
import { PARTICIPANT_ROLES } from "@scipio/sdk/protocol";
import { createPublicClient, createWalletClient, encodeFunctionData, erc20Abi, http, keccak256, parseEventLogs, parseEther, toHex } from "viem";
import { foundry } from "viem/chains";
import { deployContracts, findFreePort, repoRoot, rpc, runCommand, startAnvil } from "../../../scripts/lib/local-chain.mjs";
import { indexedBlock, startIndexer, waitForIndexedBlock } from "../../../scripts/lib/indexer.mjs";

const account = (name) => demoAccounts.find((candidate) => candidate.name.startsWith(name)).address;
/** Blocks Ponder counts as unfinalized on an unknown chain: a restart re-indexes at most these. */
const FINALITY_BLOCKS = 30;

/**
 * Runs the suite once per database over one seeded chain: the chain is set up once, and reverted to that
 * state before each database's run (a run's restart test adds blocks and a purchase).
 */
export function indexerSuites(databases) {
  const state = {};

  before(async () => {
    // Under the repo's git-ignored .data folder: the deploy script may only write there (fs_permissions).
    await mkdir(path.join(repoRoot, ".data"), { recursive: true });
    state.workDir = await mkdtemp(path.join(repoRoot, ".data", `indexer-test-`));
    state.anvil = await startAnvil({});
    state.deploymentFile = path.join(state.workDir, "deployment.json");
    state.deployment = await deployContracts({ rpcUrl: state.anvil.rpcUrl, deploymentFile: state.deploymentFile });
    const { startEvidenceNode } = await import("@scipio/evidence-node");
    state.evidence = await startEvidenceNode({ repo: path.join(state.workDir, "evidence"), apiPort: 0, gatewayPort: 0 });
    await runCommand(path.join(repoRoot, "node_modules/.bin/tsx"), [path.join(repoRoot, "scripts/seed.mts")], {
      // Without the seed's operating side and markets: the suite buys SPT itself (the markets part sells the sale
      // out and finalizes it; the operating side's 21 days of time travel would close it) and drives the
      // operations contracts on its own below.
      env: {
        SCIPIO_RPC_URL: state.anvil.rpcUrl,
        SCIPIO_IPFS_API_URL: state.evidence.apiUrl,
        DEPLOYMENT_FILE: state.deploymentFile,
        SCIPIO_SEED_OPERATIONS: "skip",
        SCIPIO_SEED_MARKETS: "skip",
      },
      timeoutMs: 180_000,
    });
    state.chain = createPublicClient({ chain: foundry, transport: http(state.anvil.rpcUrl) });
    state.wallet = createWalletClient({ chain: foundry, transport: http(state.anvil.rpcUrl) });
    await networkActions(state);
    state.seeded = await rpc(state.anvil.rpcUrl, "evm_snapshot");
  });

  after(async () => {
    await state.indexer?.stop();
    await state.database?.stop?.();
    await state.evidence?.close();
    await state.anvil?.stop();
    if (state.workDir) await rm(state.workDir, { recursive: true, force: true });
  });

  for (const { label, database, skip } of databases) {
    describe(label, { skip }, () => {
      before(async () => {
        await rpc(state.anvil.rpcUrl, "evm_revert", [state.seeded]);
        state.seeded = await rpc(state.anvil.rpcUrl, "evm_snapshot");
        state.database = await database(state.workDir);
        // The same port across the restart: the API's clients keep their URL.
        const port = await findFreePort();
        state.startIndexer = () =>
          startIndexer({ rpcUrl: state.anvil.rpcUrl, deploymentFile: state.deploymentFile, port, gatewayUrl: state.evidence.gatewayUrl, ...state.database.indexerOptions });
        state.indexer = await state.startIndexer();
        state.client = createIndexerClient(state.indexer.url, { timeoutMs: 10_000 });
      });
      after(async () => {
        await state.indexer?.stop();
        state.indexer = undefined;
        await state.database?.stop?.();
        state.database = undefined;
      });
      indexerTests(label);
    });
  }

  async function write(from, address, abi, functionName, args, value) {
    const hash = await state.wallet.writeContract({ account: from, address, abi, functionName, args, value });
    const receipt = await state.chain.waitForTransactionReceipt({ hash });
    assert.equal(receipt.status, "success", `${functionName} reverted`);
    return receipt;
  }

  async function networkActions() {
    const { contracts } = state.deployment;
    const ada = account("Ada");
    await write(account("Bruno"), contracts.PlatformTokenSale, platformTokenSaleAbi, "buy", [], parseEther("1"));
    for (const [latitude, longitude] of [
      [41_722_000, 2_417_000],
      [41_780_000, 2_436_000],
    ]) {
      const input = { kind: 1, status: 0, latitude, longitude, metadataDigest: `0x${"ab".repeat(32)}`, metadataCodec: 0 };
      await write(ada, contracts.NodeRegistry, nodeRegistryAbi, "registerNode", [input]);
    }
    const now = (await state.chain.getBlock()).timestamp;
    const created = await write(ada, contracts.BandwidthTokenFactory, bandwidthTokenFactoryAbi, "createToken", [
      "Guifi Montseny bandwidth 2027",
      "IBT-MON27",
      now + 86_400n,
      now + 366n * 86_400n,
    ]);
    const [{ args: { token } }] = parseEventLogs({ abi: bandwidthTokenFactoryAbi, eventName: "BandwidthTokenCreated", logs: created.logs });
    await operationsActions(token);
  }

  /** The operations contracts through CommunityActions: a claim at the court, billing, a consumption record, a timelock call. */
  async function operationsActions(token) {
    const community = new CommunityActions(state.anvil.rpcUrl, state.deployment);
    const [governance, ada, bruno, gemma, didac] = [account("Governance"), account("Ada"), account("Bruno"), account("Gemma"), account("Dídac")];
    const evidence = { digest: `0x${"cd".repeat(32)}`, codec: "raw" };
    for (const resolver of ["Carla", "Elena", "Ferran"].map(account)) await community.addResolver(governance, resolver);
    for (const party of [ada, bruno]) await community.faucet(party, 1_000_000_000n);
    state.claimId = await community.openClaim(bruno, ada, evidence);
    await community.respondToDispute(ada, state.claimId, evidence);
    await community.setTariff(ada, token, 10n, 5n);
    await community.registerCustomer(ada, gemma, "fibre");
    await community.mintIbt(ada, token, gemma, 100n);
    await community.payOperator(gemma, ada, 10n);
    await community.onboard(governance, didac, PARTICIPANT_ROLES.find((role) => role.key === "feeder"));
    state.consumptionPeriod = await community.currentPeriod();
    await community.recordConsumption(didac, ada, state.consumptionPeriod, 100n);
    // An expense Ada declares, reviewed by three drawn reviewers of whom two validate: a second operator
    // makes three eligible reviewers besides the declarer.
    await community.onboard(governance, account("Ferran"), PARTICIPANT_ROLES.find((role) => role.key === "operator"));
    const ledger = state.deployment.contracts.ExpenseLedger;
    const read = (functionName) => state.chain.readContract({ address: ledger, abi: expenseLedgerAbi, functionName });
    const [settlementToken, deposit] = await Promise.all([read("settlementToken"), read("deposit")]);
    await write(ada, settlementToken, erc20Abi, "approve", [ledger, deposit]);
    const declared = await write(ada, ledger, expenseLedgerAbi, "declare", [
      25_000_000n,
      await community.currentPeriod(),
      keccak256(toHex("indexer-test invoice 1")),
      `0x${"ef".repeat(32)}`,
      0,
    ]);
    state.expenseId = parseEventLogs({ abi: expenseLedgerAbi, eventName: "ExpenseDeclared", logs: declared.logs })[0].args.expenseId;
    state.reviewers = await community.drawReviewers(ada, state.expenseId);
    for (const reviewer of state.reviewers.slice(0, 2)) await community.reviewExpense(reviewer, state.expenseId, "validate");
    const timelock = state.deployment.contracts.GovernanceTimelock;
    const delay = await state.chain.readContract({ address: timelock, abi: timelockControllerAbi, functionName: "getMinDelay" });
    await community.govern(governance, timelock, encodeFunctionData({ abi: timelockControllerAbi, functionName: "updateDelay", args: [delay] }));
  }

  async function caughtUp() {
    // Uncached: viem keeps a block number for seconds, which would hide the block a test just mined.
    const head = await state.chain.getBlockNumber({ cacheTime: 0 });
    await state.indexer.ready();
    await waitForIndexedBlock(state.indexer.url, head);
    return head;
  }

  function indexerTests(label) {
    test(`${label}: indexes the seeded projects with stage and stake totals`, async () => {
      await caughtUp();
      const page = await indexer.projects(state.client, { limit: 50 });
      assert.equal(page.totalCount, 5);
      assert.ok(page.indexedBlock && page.indexedBlock.number >= 1n);
      for (const row of page.items) {
        const onChain = await state.chain.readContract({
          address: state.deployment.contracts.ProjectRegistry,
          abi: (await import("@scipio/sdk/abi")).projectRegistryAbi,
          functionName: "getProject",
          args: [row.id],
        });
        assert.equal(row.stage, onChain.stage, `project ${row.id} stage`);
        assert.equal(row.stakedTokens, onChain.stakedTokens, `project ${row.id} staked tokens`);
        assert.equal(row.stakedReputation, onChain.stakedReputation, `project ${row.id} staked reputation`);
        assert.equal(BigInt(row.taskListCount), onChain.taskListCount, `project ${row.id} task lists`);
        assert.equal(row.leadingListId, onChain.leadingList, `project ${row.id} leading list`);
      }
    });

    test(`${label}: filters, sorts, pages and searches a list`, async () => {
      const active = await indexer.projects(state.client, { filter: { stage: 2 } });
      assert.ok(active.items.length >= 1 && active.items.every((row) => row.stage === 2));
      const byCost = await indexer.projects(state.client, { orderBy: "cost", orderDirection: "desc" });
      const costs = byCost.items.map((row) => row.cost);
      assert.deepEqual(costs, [...costs].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
      const first = await indexer.projects(state.client, { limit: 2 });
      assert.equal(first.pageInfo.hasNextPage, true);
      const second = await indexer.projects(state.client, { limit: 2, after: first.pageInfo.endCursor });
      assert.deepEqual(
        second.items.map((row) => row.id),
        [3n, 4n],
      );
      const carla = account("Carla").toLowerCase();
      const byProposer = await indexer.projects(state.client, { search: carla.slice(0, 12) });
      assert.ok(byProposer.items.length >= 2 && byProposer.items.every((row) => row.proposer === carla));
      const tokens = await indexer.bandwidthTokens(state.client, { search: "montseny" });
      assert.equal(tokens.items[0]?.symbol, "IBT-MON27");
      assert.equal(tokens.items[0]?.auctionMints, false);
      // Titles come from the proposal documents on the evidence node's gateway.
      const byTitle = await indexer.projects(state.client, { search: "wi-fi at the OLD" });
      assert.deepEqual(
        byTitle.items.map((row) => row.title),
        ["Community Wi-Fi at the old school"],
      );
    });

    test(`${label}: tasks, validations, task lists, trades, prices, members, roles, the sale and nodes`, async () => {
      const tasks = await indexer.tasks(state.client, { filter: { projectId: 1n }, orderBy: "taskIndex", orderDirection: "asc" });
      assert.deepEqual(
        tasks.items.map((row) => row.state),
        ["submitted", "submitted"],
      );
      assert.deepEqual(
        tasks.items.map((row) => row.approvals),
        [1, 1],
      );
      const validations = await indexer.validations(state.client, { filter: { projectId: 1n } });
      assert.equal(validations.totalCount, 2);
      const lists = await indexer.taskLists(state.client, { filter: { projectId: 4n } });
      assert.equal(lists.totalCount, 2);
      const trades = await indexer.trades(state.client, { filter: { kind: "buy" } });
      assert.equal(trades.totalCount, 6);
      const prices = await indexer.pricePoints(state.client, { limit: 100 });
      assert.ok(prices.totalCount >= 6);
      assert.ok(prices.items.every((point) => point.buyPrice >= point.sellPrice && point.supply > 0n));
      const members = await indexer.members(state.client);
      assert.equal(members.totalCount, 7);
      const validator = PARTICIPANT_ROLES.find((role) => role.key === "validator");
      const validators = await indexer.participants(state.client, {
        filter: { contract: "ParticipantRegistry", role: validator.id, active: true },
      });
      assert.deepEqual(
        validators.items.map((row) => row.account).sort(),
        [account("Dídac"), account("Elena")].map((address) => address.toLowerCase()).sort(),
      );
      const sale = await indexer.sptSales(state.client);
      assert.equal(sale.items[0]?.purchases, 1);
      assert.equal(sale.items[0]?.etherRaised, parseEther("1"));
      // The suite's two access points and the seed's, as the chain's events count them.
      const registered = await state.chain.getContractEvents({
        address: state.deployment.contracts.NodeRegistry,
        abi: nodeRegistryAbi,
        eventName: "NodeRegistered",
        fromBlock: 0n,
      });
      const accessPoints = registered.filter((log) => log.args.node.kind === 1).length;
      assert.ok(accessPoints >= 2);
      const nodes = await indexer.nodes(state.client, { filter: { kind: 1 } });
      assert.equal(nodes.totalCount, accessPoints);
    });

    test(`${label}: the operations tables: the court's claim, billing, consumption and a timelock call`, async () => {
      const [ada, bruno, gemma] = [account("Ada"), account("Bruno"), account("Gemma")].map((address) => address.toLowerCase());
      const disputes = await disputesOfParty(state.client, account("Ada"));
      assert.equal(disputes.totalCount, 1);
      const [claim] = disputes.items;
      assert.equal(claim.id, state.claimId);
      assert.equal(claim.opener, bruno);
      assert.equal(claim.respondent, ada);
      const onChain = await new CommunityActions(state.anvil.rpcUrl, state.deployment).dispute(state.claimId);
      assert.equal(claim.stage, onChain.stage);
      assert.equal(claim.status, onChain.status, "the indexed status follows the court's");
      const resolvers = await indexer.resolvers(state.client, { filter: { active: true } });
      assert.equal(resolvers.totalCount, 3);
      const customers = await indexer.customers(state.client, { filter: { operator: ada } });
      assert.deepEqual(customers.items.map((row) => [row.customer, row.kind, row.active]), [[gemma, 1, true]]);
      const payments = await indexer.customerPayments(state.client, { filter: { operator: ada } });
      assert.deepEqual(payments.items.map((row) => [row.customer, row.amount]), [[gemma, 10n]]);
      const tariffs = await indexer.tariffs(state.client, { filter: { operator: ada } });
      assert.deepEqual(tariffs.items.map((row) => [row.fibre, row.wifi]), [[10n, 5n]]);
      const consumption = await indexer.consumption(state.client, { filter: { operator: ada, period: state.consumptionPeriod } });
      assert.deepEqual(consumption.items.map((row) => [row.feeder, row.state]), [[account("Dídac").toLowerCase(), "recorded"]]);
      const [expense] = (await indexer.expenses(state.client, { filter: { declarer: ada } })).items;
      const expenseOnChain = await new CommunityActions(state.anvil.rpcUrl, state.deployment).expense(state.expenseId);
      assert.equal(expense.id, state.expenseId);
      assert.equal(expense.status, expenseOnChain.status, "the indexed status follows the ledger's");
      assert.equal(expense.validations, 2);
      const reviews = await indexer.reviews(state.client, { filter: { expenseId: state.expenseId }, limit: 10 });
      assert.deepEqual(reviews.items.map((row) => row.reviewer).sort(), state.reviewers.map((address) => address.toLowerCase()).sort());
      // Two validations decided it: the third reviewer's draw left its queue unanswered.
      const unanswered = state.reviewers[2].toLowerCase();
      const third = reviews.items.find((row) => row.reviewer === unanswered);
      assert.deepEqual([third.verdict, third.open], [0, false]);
      const queue = await indexer.reviews(state.client, { filter: { reviewer: unanswered, open: true } });
      assert.equal(queue.totalCount, 0);
      const operations = await indexer.governanceOperations(state.client, { filter: { status: "executed" } });
      assert.ok(operations.totalCount >= 1);
      assert.ok(operations.items.every((row) => row.callCount === 1 && row.salt !== null));
    });

    test(`${label}: every event is in the activity table`, async () => {
      const head = await state.chain.getBlockNumber();
      let logs = 0;
      for (const address of Object.values(state.deployment.contracts)) {
        logs += (await state.chain.getLogs({ address, fromBlock: 0n, toBlock: head })).length;
      }
      const tokens = await indexer.bandwidthTokens(state.client);
      for (const token of tokens.items) logs += (await state.chain.getLogs({ address: token.address, fromBlock: 0n, toBlock: head })).length;
      const activity = await indexer.activity(state.client, { limit: 1 });
      assert.equal(activity.totalCount, logs);
    });

    test(`${label}: a restart resumes from its checkpoint and indexes what happened while it was down`, async () => {
      // Push the seeded blocks past Ponder's finality window so they count as final.
      await rpc(state.anvil.rpcUrl, "anvil_mine", [`0x${(FINALITY_BLOCKS + 5).toString(16)}`]);
      const head = await caughtUp();
      const before = await indexer.activity(state.client, { limit: 1 });
      await state.indexer.stop();

      const purchase = await write(account("Gemma"), state.deployment.contracts.PlatformTokenSale, platformTokenSaleAbi, "buy", [], parseEther("0.5"));
      const started = Date.now();
      state.indexer = await state.startIndexer();
      const afterRestart = await caughtUp();
      assert.ok(afterRestart > head);
      const output = state.indexer.output();
      assert.match(output, /crash recovery/i, "the second start should resume the first one's tables");
      const backfill = [...output.matchAll(/"block_range":"?\[(\d+),/g)].map((match) => Number(match[1]));
      assert.ok(backfill.length > 0 && backfill[0] > 1, `the backfill should start past the deployment block, got ${backfill[0]}\n${output.split("\n").filter((line) => /backfill|recovery/i.test(line)).join("\n")}`);
      const again = await indexer.activity(state.client, { limit: 1 });
      assert.equal(again.totalCount, before.totalCount + purchase.logs.length);
      const sale = await indexer.sptSales(state.client);
      assert.equal(sale.items[0]?.purchases, 2);
      assert.ok((await indexedBlock(state.indexer.url)) >= afterRestart);
      console.log(`# ${label}: restart caught up in ${Date.now() - started} ms`);
    });
  }
}
