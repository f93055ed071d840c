import assert from "node:assert/strict";
import { test } from "node:test";
import { assessIndex, createIndexerClient, disputesOfParty, IndexerUnavailableError, indexer, indexerQueryOptions, type IndexedBlock } from "../src/indexer/index.ts";

/** A fetch that records the GraphQL request and answers `data`. */
function fakeFetch(data: unknown, status = 200) {
  const requests: { query: string; variables: Record<string, unknown> }[] = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    requests.push(JSON.parse(String(init.body)));
    return new Response(JSON.stringify({ data }), { status });
  }) as typeof fetch;
  return { requests, fetchImpl };
}

const HASH_42 = `0x${"42".repeat(32)}` as const;
const meta = {
  _meta: { status: { scipio: { id: 31337, block: { number: 42, timestamp: 1_700_000_000 } } } },
  indexedHeads: { items: [{ number: "42", hash: HASH_42 }] },
};

test("a list query sends filters, sort, page and search, and parses big numbers and the indexed block", async () => {
  const { requests, fetchImpl } = fakeFetch({
    page: {
      items: [{ id: "7", proposer: "0xabc", stage: 1, cost: "1000000000000000000", stakedTokens: "5" }],
      totalCount: 1,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: "a", endCursor: "b" },
    },
    ...meta,
  });
  const client = createIndexerClient("http://indexer", { fetch: fetchImpl });
  const page = await indexer.projects(client, { filter: { stage: 1, id_gte: 5n }, search: "0xABC", orderBy: "cost", orderDirection: "desc", limit: 10 });
  const [request] = requests;
  assert.match(request!.query, /projects\(where: \$where/);
  assert.match(request!.query, /_meta \{ status \}/);
  assert.deepEqual(request!.variables.where, { AND: [{ stage: 1, id_gte: "5" }, { OR: [{ title_contains_nocase: "0xABC" }, { proposer_contains: "0xabc" }] }] });
  assert.equal(request!.variables.orderBy, "cost");
  assert.equal(request!.variables.limit, 10);
  assert.equal(page.items[0]!.id, 7n);
  assert.equal(page.items[0]!.cost, 10n ** 18n);
  assert.match(request!.query, /indexedHeads\(limit: 1\) \{ items \{ number hash \} \}/);
  assert.deepEqual(page.indexedBlock, { number: 42n, timestamp: 1_700_000_000n, hash: HASH_42 });
});

test("a search looks in the titles, a numeric one also matches ids exactly; a search that fits no field matches nothing", async () => {
  const { requests, fetchImpl } = fakeFetch({ page: { items: [], totalCount: 0, pageInfo: {} }, ...meta });
  const client = createIndexerClient("http://indexer", { fetch: fetchImpl });
  await indexer.projects(client, { search: "12" });
  assert.deepEqual(requests[0]!.variables.where, { AND: [{}, { OR: [{ title_contains_nocase: "12" }, { proposer_contains: "12" }, { id: "12" }] }] });
  // Nodes have no text to search: a word is no owner and no id.
  await indexer.nodes(client, { search: "antenna" });
  assert.deepEqual(requests[1]!.variables.where, { AND: [{}, { OR: [{ id_in: [] }] }] });
  await indexer.bandwidthTokens(client, { search: "Montseny" });
  assert.deepEqual(requests[2]!.variables.where, { AND: [{}, { OR: [{ name_contains_nocase: "Montseny" }, { symbol_contains_nocase: "Montseny" }] }] });
});

test("an indexer that is down or not ready throws IndexerUnavailableError", async () => {
  const down = createIndexerClient("http://127.0.0.1:1", { timeoutMs: 1_000 });
  await assert.rejects(indexer.indexedBlock(down), IndexerUnavailableError);
  const backfilling = createIndexerClient("http://indexer", { fetch: fakeFetch(null, 503).fetchImpl });
  await assert.rejects(indexer.projects(backfilling), IndexerUnavailableError);
});

test("TanStack Query options key each list by indexer, list and parameters", async () => {
  const { fetchImpl } = fakeFetch({ page: { items: [], totalCount: 0, pageInfo: {} }, ...meta });
  const client = createIndexerClient("http://indexer", { fetch: fetchImpl });
  const options = indexerQueryOptions(client, "nodes", { filter: { kind: 1 } });
  assert.deepEqual(options.queryKey, ["scipio-indexer", "http://indexer", "nodes", { filter: { kind: 1 } }]);
  assert.equal((await options.queryFn()).totalCount, 0);
});

test("the operations lists query their tables: a reviewer's queue, a period's expenses, a party's disputes", async () => {
  const { requests, fetchImpl } = fakeFetch({
    page: { items: [{ expenseId: "3", reviewer: "0xabc", slot: "0", verdict: 0, replaced: false }], totalCount: 1, pageInfo: {} },
    ...meta,
  });
  const client = createIndexerClient("http://indexer", { fetch: fetchImpl });
  const queue = await indexer.reviews(client, { filter: { reviewer: "0xabc", open: true } });
  assert.match(requests[0]!.query, /reviews\(where: \$where/);
  assert.deepEqual(requests[0]!.variables.where, { reviewer: "0xabc", open: true });
  assert.equal(queue.items[0]!.expenseId, 3n);
  await indexer.expenses(client, { filter: { period: 2n, status_in: [1, 3] }, orderBy: "amount", orderDirection: "desc" });
  assert.match(requests[1]!.query, /expenses\(where/);
  assert.deepEqual(requests[1]!.variables.where, { period: "2", status_in: [1, 3] });
  await disputesOfParty(client, "0xABCDEF0000000000000000000000000000000001", { filter: { status_not: 5 } });
  assert.match(requests[2]!.query, /disputes\(where/);
  const party = "0xabcdef0000000000000000000000000000000001";
  assert.deepEqual(requests[2]!.variables.where, { status_not: 5, OR: [{ opener: party }, { respondent: party }] });
  await indexer.consumption(client, { filter: { operator: party, period_gte: 1n } });
  assert.match(requests[3]!.query, /consumptions\(where/);
  await indexer.invoices(client, { search: "4" });
  assert.deepEqual(requests[4]!.variables.where, { AND: [{}, { OR: [{ operator_contains: "4" }, { issuer_contains: "4" }, { period: "4" }] }] });
});

test("the indexed block carries its hash only when the indexer's head row is for that very block", async () => {
  const answer = (headNumber: string) => ({ ...meta, indexedHeads: { items: [{ number: headNumber, hash: HASH_42 }] } });
  const same = createIndexerClient("http://indexer", { fetch: fakeFetch(answer("42")).fetchImpl });
  assert.equal((await indexer.indexedBlock(same))?.hash, HASH_42);
  // A block indexed between Ponder's status and the head row: which block the hash is of is unknown.
  const apart = createIndexerClient("http://indexer", { fetch: fakeFetch(answer("43")).fetchImpl });
  assert.deepEqual(await indexer.indexedBlock(apart), { number: 42n, timestamp: 1_700_000_000n, hash: undefined });
});

/*
 * After an evm_revert the local chain grows back to the same height with other blocks, in the same second:
 * the indexer still answering for the old block 42 reports the chain's height and timestamp exactly.
 */
const oldFork: IndexedBlock = { number: 42n, timestamp: 1_700_000_000n, hash: `0x${"0a".repeat(32)}` };
const newForkHash = `0x${"0b".repeat(32)}` as const;

test("an index at the chain's height and timestamp but on another block is not trusted", () => {
  assert.deepEqual(assessIndex(oldFork, { head: 42n, hashAtIndexed: newForkHash }, 0n), { usable: false, reason: "other-fork", behindBy: 0n });
  assert.deepEqual(assessIndex(oldFork, { head: 45n, hashAtIndexed: newForkHash }, 5n), { usable: false, reason: "other-fork", behindBy: 3n });
});

test("an index on the chain's own block is trusted within the lag allowed, and behind beyond it", () => {
  const onChain = { head: 44n, hashAtIndexed: oldFork.hash };
  assert.deepEqual(assessIndex(oldFork, onChain, 5n), { usable: true, behindBy: 2n });
  assert.deepEqual(assessIndex(oldFork, onChain, 1n), { usable: false, reason: "behind", behindBy: 2n });
});

test("an index above the chain's head, or whose answer did not say which block it had, is catching up", () => {
  assert.deepEqual(assessIndex(oldFork, { head: 40n, hashAtIndexed: undefined }, 5n), { usable: false, reason: "other-fork", behindBy: 0n });
  assert.deepEqual(assessIndex({ ...oldFork, hash: undefined }, { head: 42n, hashAtIndexed: oldFork.hash }, 5n), { usable: false, reason: "other-fork", behindBy: 0n });
});

test("an index with nothing indexed yet counts only its lag", () => {
  assert.deepEqual(assessIndex(undefined, { head: 3n, hashAtIndexed: undefined }, 5n), { usable: true, behindBy: 3n });
  assert.deepEqual(assessIndex(undefined, { head: 9n, hashAtIndexed: undefined }, 5n), { usable: false, reason: "behind", behindBy: 9n });
});
