import assert from "node:assert/strict";
import { test } from "node:test";
import { encodeAbiParameters, keccak256, type Address } from "viem";
import { computeCommitHash, createSaltStore, generateSalt, sealVote, type SaltStorage } from "../src/voting/index.ts";

const voter: Address = "0x094938E149F4DB0d41183Fdf8fB27a81a6238bCF";
const memoryStorage = (): SaltStorage => {
  const map = new Map<string, string>();
  return { getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value) };
};

test("generateSalt returns 32 fresh random bytes", () => {
  const a = generateSalt();
  assert.match(a, /^0x[0-9a-f]{64}$/);
  assert.notEqual(a, generateSalt());
});

test("computeCommitHash is keccak256(abi.encode(pollId, voter, support, salt)) like the contract", () => {
  const salt = `0x${"ab".repeat(32)}` as const;
  const expected = keccak256(
    encodeAbiParameters(
      [{ type: "uint256" }, { type: "address" }, { type: "bool" }, { type: "bytes32" }],
      [1792n, voter, true, salt],
    ),
  );
  assert.equal(computeCommitHash(1792n, voter, true, salt), expected);
  assert.notEqual(computeCommitHash(1792n, voter, false, salt), expected);
});

test("a store keeps one sealed vote per voter and poll", () => {
  const store = createSaltStore(memoryStorage(), "31337:0xvoting");
  const vote = sealVote(256n, voter, true);
  store.save(vote);
  assert.deepEqual(store.load(256n, voter), vote);
  assert.equal(store.load(257n, voter), undefined);
  assert.equal(store.list(voter).length, 1);
  store.remove(256n, voter);
  assert.equal(store.load(256n, voter), undefined);
});

test("an exported file imports on another device and reveals the same commitment", () => {
  const phone = createSaltStore(memoryStorage(), "31337:0xvoting");
  const vote = sealVote(513n, voter, false);
  phone.save(vote);
  const laptop = createSaltStore(memoryStorage(), "31337:0xvoting");
  assert.equal(laptop.importFile(phone.exportFile(voter)), 1);
  const imported = laptop.load(513n, voter);
  assert.ok(imported);
  assert.equal(computeCommitHash(imported.pollId, imported.voter, imported.support, imported.salt), vote.commitHash);
});

test("importFile refuses other namespaces, corrupted salts and non-JSON", () => {
  const source = createSaltStore(memoryStorage(), "31337:0xvoting");
  source.save(sealVote(1n, voter, true));
  const file = source.exportFile();
  assert.throws(() => createSaltStore(memoryStorage(), "1:0xother").importFile(file), /not for 1:0xother/);
  const corrupted = file.replace(/"support": true/, '"support": false');
  assert.throws(() => createSaltStore(memoryStorage(), "31337:0xvoting").importFile(corrupted), /corrupted/);
  assert.throws(() => createSaltStore(memoryStorage(), "31337:0xvoting").importFile("nope"), /not JSON/);
});
