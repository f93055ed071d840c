// Every event of every deployed contract has an entry in the indexer's handler map, and every deployed
// contract is indexed: a contract or event added to the deploy script fails here until the indexer
// handles it (or says, with `null`, that its activity row is enough).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import * as abis from "@scipio/sdk/abi";
import { abiEventNames, abiNames, deployedContracts, factoryContracts } from "../src/contracts.ts";
import { handlers } from "../src/handlers/index.ts";

const deployment = JSON.parse(readFileSync(new URL("../../../packages/sdk/deployments/31337.json", import.meta.url), "utf8"));
const abiOf = (contract) => {
  const name = abiNames[contract] ?? contract;
  return abis[`${name[0].toLowerCase()}${name.slice(1)}Abi`];
};

test("every contract in the deployment file is indexed", () => {
  const missing = Object.keys(deployment.contracts).filter((name) => !(name in deployedContracts));
  assert.deepEqual(missing, [], `add ${missing.join(", ")} to apps/indexer/src/contracts.ts and ponder.config.ts`);
});

test("the indexer's ABIs are the sdk's generated ones", () => {
  for (const [name, abi] of Object.entries({ ...deployedContracts, ...factoryContracts })) {
    assert.equal(abi, abiOf(name), `${name} should use the generated ${name} ABI`);
  }
});

test("every event of every indexed contract has a handler entry", () => {
  const missing = [];
  for (const [name, abi] of Object.entries({ ...deployedContracts, ...factoryContracts })) {
    for (const event of abiEventNames(abi)) if (!(`${name}:${event}` in handlers)) missing.push(`${name}:${event}`);
  }
  assert.deepEqual(missing, [], `add these to apps/indexer/src/handlers/ (null for activity only): ${missing.join(", ")}`);
});

test("no handler entry names an event that no ABI has", () => {
  const known = new Set(
    Object.entries({ ...deployedContracts, ...factoryContracts }).flatMap(([name, abi]) => abiEventNames(abi).map((event) => `${name}:${event}`)),
  );
  assert.deepEqual(Object.keys(handlers).filter((key) => !known.has(key)), []);
});
