import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { startEvidenceNode, type EvidenceNode } from "@scipio/evidence-node";
import { CarBlockIterator, CarWriter } from "@ipld/car";
import {
  EvidenceVerificationError,
  checkUpload,
  cidToDigest,
  contentMatchesType,
  digestToCid,
  fetchEvidence,
  type EvidenceVerificationFailure,
} from "../src/ipfs/index.ts";
import { forwardUpload } from "../src/ipfs/server.ts";

const HELLO_V0 = "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o";
const HELLO_V1 = "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4";
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

/** Reproducible bytes whose 256 KiB chunks all differ (like a real file, unlike zeros). */
function pdfOfSize(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let state = 0x12345678;
  for (let index = 0; index < size; index++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  bytes.set(PDF.subarray(0, 5));
  return bytes;
}

function uploadRequest(file: Blob | undefined, fileName = "invoice.pdf"): Request {
  const form = new FormData();
  if (file !== undefined) form.append("file", file, fileName);
  return new Request("http://web.test/api/evidence", { method: "POST", body: form });
}

async function upload(node: EvidenceNode, bytes: Uint8Array<ArrayBuffer>, type = "application/pdf"): Promise<{ cid: string; size: number }> {
  const response = await forwardUpload(uploadRequest(new Blob([bytes], { type })), { kuboUrl: node.apiUrl });
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as { cid: string; size: number };
}

/** A gateway in front of the real one that rewrites response bodies (a dishonest gateway). */
async function startTamperingProxy(target: string, rewrite: (body: Buffer) => Buffer | Promise<Buffer>): Promise<{ url: string; server: Server }> {
  const server = createServer((incoming, outgoing) => {
    const forwarded = httpRequest(`${target}${incoming.url}`, { headers: { accept: incoming.headers.accept ?? "*/*" } }, async (response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of response) chunks.push(chunk as Buffer);
      const body = await rewrite(Buffer.concat(chunks));
      outgoing.writeHead(response.statusCode ?? 502, { "content-type": response.headers["content-type"] ?? "application/octet-stream" });
      outgoing.end(body);
    });
    forwarded.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function rejectsWith(promise: Promise<unknown>, reason: EvidenceVerificationFailure): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof EvidenceVerificationError, String(error));
    assert.equal(error.reason, reason, error.message);
    return true;
  });
}

describe("sdk ipfs against a real evidence node", () => {
  let node: EvidenceNode;
  let repo: string;
  const proxies: Server[] = [];

  before(async () => {
    repo = await mkdtemp(join(tmpdir(), "sdk-ipfs-test-"));
    node = await startEvidenceNode({ repo, apiPort: 0, gatewayPort: 0 });
  });
  after(async () => {
    for (const proxy of proxies) proxy.close();
    await node.close();
    await rm(repo, { recursive: true, force: true });
  });

  describe("CID on-chain form", () => {
    test("a raw CIDv1 round-trips through digest and codec", () => {
      const onChain = cidToDigest(HELLO_V1);
      assert.equal(onChain.codec, "raw");
      assert.match(onChain.digest, /^0x[0-9a-f]{64}$/);
      assert.equal(digestToCid(onChain.digest, onChain.codec), HELLO_V1);
    });

    test("a CIDv0 becomes the equivalent dag-pb CIDv1", () => {
      const onChain = cidToDigest(HELLO_V0);
      assert.equal(onChain.codec, "dag-pb");
      assert.equal(digestToCid(onChain.digest, "dag-pb"), "bafybeicg2rebjoofv4kbyovkw7af3rpiitvnl6i7ckcywaq6xjcxnc2mby");
    });

    test("refuses what cannot be stored on chain", () => {
      assert.throws(() => cidToDigest("not a cid"));
      assert.throws(() => cidToDigest("bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"), /neither raw nor dag-pb/);
      assert.throws(() => digestToCid("0x1234", "raw"), /32 bytes/);
    });
  });

  describe("upload limits", () => {
    test("checkUpload accepts the allow-list and explains refusals", () => {
      assert.deepEqual(checkUpload({ size: 10, type: "application/pdf" }), { ok: true, mediaType: "application/pdf" });
      assert.equal(checkUpload({ size: 10, type: "text/plain;charset=UTF-8" }).ok, true);
      const tooLarge = checkUpload({ size: 25 * 1024 * 1024 + 1, type: "image/png" });
      assert.equal(tooLarge.ok, false);
      assert.match(!tooLarge.ok ? tooLarge.message : "", /at most 25 MiB/);
      const html = checkUpload({ size: 10, type: "text/html" });
      assert.match(!html.ok ? html.message : "", /text\/html; upload a PDF, PNG, JPEG, WebP, JSON or plain text file/);
      assert.equal(checkUpload({ size: 0, type: "image/png" }).ok, false);
      assert.equal(checkUpload({ size: 10, type: "" }).ok, false);
    });

    test("contentMatchesType checks the bytes", () => {
      assert.equal(contentMatchesType(PDF, "application/pdf"), true);
      assert.equal(contentMatchesType(new TextEncoder().encode("<html>"), "application/pdf"), false);
      assert.equal(contentMatchesType(new TextEncoder().encode('{"a":1}'), "application/json"), true);
      assert.equal(contentMatchesType(new TextEncoder().encode("{broken"), "application/json"), false);
      assert.equal(contentMatchesType(Uint8Array.from([0xff, 0xfe, 0]), "text/plain"), false);
    });
  });

  describe("forwardUpload (the upload route)", () => {
    test("adds the file as CIDv1 and answers its CID and size; the node has it pinned", async () => {
      const { cid, size } = await upload(node, new TextEncoder().encode("hello world\n"), "text/plain");
      assert.equal(cid, HELLO_V1);
      assert.equal(size, 12);
      const pins = await fetch(`${node.apiUrl}/api/v0/pin/ls?arg=${cid}`, { method: "POST" });
      assert.equal(pins.status, 200);
    });

    test("forwards the configured headers to the RPC API only", async () => {
      let seenAuthorization: string | undefined;
      const guard = createServer((incoming, outgoing) => {
        seenAuthorization = incoming.headers.authorization;
        const forwarded = httpRequest(`${node.apiUrl}${incoming.url}`, { method: "POST", headers: { "content-type": incoming.headers["content-type"] ?? "" } }, (response) => {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
        });
        incoming.pipe(forwarded);
      });
      await new Promise<void>((resolve) => guard.listen(0, "127.0.0.1", resolve));
      proxies.push(guard);
      const response = await forwardUpload(uploadRequest(new Blob([PDF], { type: "application/pdf" })), {
        kuboUrl: `http://127.0.0.1:${(guard.address() as AddressInfo).port}`,
        headers: { authorization: "Bearer pinning-token" },
      });
      assert.equal(response.status, 200);
      assert.equal(seenAuthorization, "Bearer pinning-token");
    });

    const refusals: Array<[string, () => Request, number, RegExp, number?]> = [
      ["a body that is not multipart", () => new Request("http://web.test/api/evidence", { method: "POST", body: "x" }), 415, /multipart\/form-data/],
      ["a form without a file", () => uploadRequest(undefined), 400, /field named "file"/],
      ["an empty file", () => uploadRequest(new Blob([], { type: "application/pdf" })), 400, /empty/],
      ["a type outside the allow-list", () => uploadRequest(new Blob(["<svg/>"], { type: "image/svg+xml" }), "a.svg"), 415, /image\/svg\+xml; upload a PDF/],
      ["bytes that are not of the declared type", () => uploadRequest(new Blob(["<html><script>"], { type: "application/pdf" })), 415, /not application\/pdf as its type claims/],
      ["a file over the limit", () => uploadRequest(new Blob([pdfOfSize(2048)], { type: "application/pdf" })), 413, /The file is 2 KiB; evidence files may be at most 1 KiB/, 1024],
      ["a body over the limit, whatever its Content-Length says", () => uploadRequest(new Blob([pdfOfSize(200_000)], { type: "application/pdf" })), 413, /Evidence files may be at most 98 KiB/, 100_000],
    ];
    for (const [name, makeRequest, status, message, maxBytes] of refusals) {
      test(`refuses ${name} before anything is stored`, async () => {
        const response = await forwardUpload(makeRequest(), { kuboUrl: "http://127.0.0.1:9", maxBytes });
        assert.equal(response.status, status);
        assert.match(((await response.json()) as { error: string }).error, message);
      });
    }

    test("an unreachable node is a 502 that names neither its address nor the error", async () => {
      const originalError = console.error;
      console.error = () => {};
      try {
        const response = await forwardUpload(uploadRequest(new Blob([PDF], { type: "application/pdf" })), { kuboUrl: "http://127.0.0.1:9" });
        assert.equal(response.status, 502);
        const { error } = (await response.json()) as { error: string };
        assert.doesNotMatch(error, /127\.0\.0\.1|ECONNREFUSED|:9/);
      } finally {
        console.error = originalError;
      }
    });
  });

  describe("fetchEvidence", () => {
    test("returns a single-block file, a multi-block CIDv1 file and a CIDv0 file with dag-pb leaves", async () => {
      const small = await upload(node, PDF);
      assert.deepEqual(await fetchEvidence(small.cid, { gateway: node.gatewayUrl }), PDF);
      const large = pdfOfSize(3 * 1024 * 1024 + 17);
      const uploaded = await upload(node, large);
      assert.deepEqual(await fetchEvidence(uploaded.cid, { gateway: node.gatewayUrl }), large);
      const form = new FormData();
      form.append("file", new Blob([large]), "legacy.pdf");
      const v0 = (JSON.parse(await (await fetch(`${node.apiUrl}/api/v0/add`, { method: "POST", body: form })).text()) as { Hash: string }).Hash;
      assert.match(v0, /^Qm/);
      assert.deepEqual(await fetchEvidence(v0, { gateway: `${node.gatewayUrl}/` }), large);
      assert.deepEqual(await fetchEvidence(digestToCid(cidToDigest(v0).digest, "dag-pb"), { gateway: node.gatewayUrl }), large);
    });

    test("rejects a gateway that flips one byte", async () => {
      const { cid } = await upload(node, pdfOfSize(600_000));
      const proxy = await startTamperingProxy(node.gatewayUrl, (body) => {
        const altered = Buffer.from(body);
        const inLastBlock = altered.length - 1000;
        altered[inLastBlock] = altered[inLastBlock]! ^ 0x01;
        return altered;
      });
      proxies.push(proxy.server);
      await rejectsWith(fetchEvidence(cid, { gateway: proxy.url }), "hash-mismatch");
    });

    test("rejects a gateway that leaves out a block or sends another file", async () => {
      const { cid } = await upload(node, pdfOfSize(600_000));
      const other = await upload(node, pdfOfSize(700_000));
      const dropLastBlock = await startTamperingProxy(node.gatewayUrl, async (body) => {
        const car = await CarBlockIterator.fromBytes(body);
        const blocks = [];
        for await (const block of car) blocks.push(block);
        const { writer, out } = CarWriter.create(await car.getRoots());
        const written = (async () => {
          const parts: Uint8Array[] = [];
          for await (const part of out) parts.push(part);
          return Buffer.concat(parts);
        })();
        for (const block of blocks.slice(0, -1)) await writer.put(block);
        await writer.close();
        return written;
      });
      const substitute = await startTamperingProxy(node.gatewayUrl, async () => Buffer.from(await (await fetch(`${node.gatewayUrl}/ipfs/${other.cid}?format=car`)).arrayBuffer()));
      proxies.push(dropLastBlock.server, substitute.server);
      await rejectsWith(fetchEvidence(cid, { gateway: dropLastBlock.url }), "missing-block");
      await rejectsWith(fetchEvidence(cid, { gateway: substitute.url }), "missing-block");
    });

    test("rejects a truncated or non-CAR answer", async () => {
      const { cid } = await upload(node, pdfOfSize(600_000));
      const truncate = await startTamperingProxy(node.gatewayUrl, (body) => body.subarray(0, body.length - 10));
      const html = await startTamperingProxy(node.gatewayUrl, () => Buffer.from("<html>gateway error</html>"));
      proxies.push(truncate.server, html.server);
      await rejectsWith(fetchEvidence(cid, { gateway: truncate.url }), "malformed");
      await rejectsWith(fetchEvidence(cid, { gateway: html.url }), "malformed");
    });

    test("explains an invalid CID, an unknown CID, a directory and a file over the limit", async () => {
      await rejectsWith(fetchEvidence("not-a-cid", { gateway: node.gatewayUrl }), "invalid-cid");
      await rejectsWith(fetchEvidence("bafkreie7q3iidccmpvszul7kudcvvuavuo7u6gzlbobczuk5nqk3b4akba", { gateway: node.gatewayUrl }), "unavailable");
      const form = new FormData();
      form.append("file", new Blob([PDF]), "folder%2Finvoice.pdf");
      const lines = (await (await fetch(`${node.apiUrl}/api/v0/add?cid-version=1&wrap-with-directory=true`, { method: "POST", body: form })).text()).trim().split("\n");
      const directory = (JSON.parse(lines.at(-1)!) as { Hash: string }).Hash;
      await rejectsWith(fetchEvidence(directory, { gateway: node.gatewayUrl }), "not-a-file");
      const { cid } = await upload(node, pdfOfSize(300_000));
      await rejectsWith(fetchEvidence(cid, { gateway: node.gatewayUrl, maxBytes: 100_000 }), "too-large");
    });
  });
});
