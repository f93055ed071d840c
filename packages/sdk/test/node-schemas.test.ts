import assert from "node:assert/strict";
import { test } from "node:test";
import { NODE_METADATA_MAX_BYTES, nodeFormSchema, nodeMetadataJson, type NodeFormInput } from "../src/schemas/index.ts";

const vic: NodeFormInput = { name: "Vic supernode", device: "Mikrotik RB5009", links: "https://guifi.net/\n", kind: "2", status: "3", latitude: "41.9301", longitude: "2.2549" };

test("a node form parses to the metadata document and on-chain coordinates in millionths of a degree", () => {
  const parsed = nodeFormSchema.parse(vic);
  assert.deepEqual(parsed, {
    document: { kind: "scipio.node-metadata", version: 1, name: "Vic supernode", device: "Mikrotik RB5009", links: ["https://guifi.net/"] },
    kind: 2,
    status: 3,
    latitude: 41_930_100,
    longitude: 2_254_900,
  });
  assert.ok(nodeMetadataJson(parsed.document).bytes <= NODE_METADATA_MAX_BYTES);
});

test("a point off the globe is refused with the reason, on the field it concerns", () => {
  const result = nodeFormSchema.safeParse({ ...vic, latitude: "90.000001" });
  assert.equal(result.success, false);
  assert.deepEqual(result.error!.issues[0]!.path, ["latitude"]);
  assert.match(result.error!.issues[0]!.message, /off the globe/);
  assert.equal(nodeFormSchema.safeParse({ ...vic, longitude: "-180.5" }).success, false);
  assert.equal(nodeFormSchema.safeParse({ ...vic, latitude: "-90", longitude: "180" }).success, true);
});

test("metadata over the size limit is refused with its size", () => {
  const links = [1, 2, 3, 4].map((n) => `https://guifi.net/node/${n}/${"x".repeat(260)}`).join("\n");
  const result = nodeFormSchema.safeParse({ ...vic, links });
  assert.equal(result.success, false);
  assert.deepEqual(result.error!.issues[0]!.path, ["metadata"]);
  assert.match(result.error!.issues[0]!.message, /at most 1,024 bytes/);
});

test("a node needs a name, and links must be http(s)", () => {
  assert.deepEqual(nodeFormSchema.safeParse({ ...vic, name: " " }).error!.issues[0]!.path, ["name"]);
  assert.deepEqual(nodeFormSchema.safeParse({ ...vic, links: "ftp://example.org" }).error!.issues[0]!.path, ["links"]);
});
