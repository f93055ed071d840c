import "server-only";
import { nodeRegistryAbi } from "@scipio/sdk/abi";
import { digestToCid } from "@scipio/sdk/ipfs";
import { NODE_COORDINATE_SCALE } from "@scipio/sdk/protocol";
import { nodeMetadataDocumentSchema, type NodeMetadataDocument } from "@scipio/sdk/schemas";
import { zeroAddress, type Address } from "viem";
import { getRuntimeConfig } from "@/lib/server-config";
import { readDocument } from "./ipfs-documents";
import { readAtLatestBlock, type ChainUnavailable } from "./read-at-latest-block";

/** `NodeRegistry.MAX_PAGE`. */
const NODE_PAGE = 100n;
/** The list and map read at most this many ids (10 pages); a registry with more says how many are not shown. */
export const MAX_NODES_READ = 1_000n;

export type NodeView = {
  id: bigint;
  owner: Address;
  kind: number;
  status: number;
  /** Degrees (WGS 84). */
  latitude: number;
  longitude: number;
  metadataCid: string;
  /** Undefined while the gateway does not have the document (or it is not a node's metadata). */
  metadata: NodeMetadataDocument | undefined;
};

type StoredNode = {
  owner: Address;
  kind: number;
  status: number;
  metadataCodec: number;
  latitude: number;
  longitude: number;
  metadataDigest: `0x${string}`;
};

async function toView(id: bigint, node: StoredNode, gatewayUrl: string): Promise<NodeView> {
  const metadataCid = digestToCid(node.metadataDigest, node.metadataCodec === 1 ? "dag-pb" : "raw");
  return {
    id,
    owner: node.owner,
    kind: node.kind,
    status: node.status,
    latitude: node.latitude / NODE_COORDINATE_SCALE,
    longitude: node.longitude / NODE_COORDINATE_SCALE,
    metadataCid,
    metadata: await readDocument(metadataCid, nodeMetadataDocumentSchema, gatewayUrl),
  };
}

export type NodesRead = { status: "ok"; nodes: NodeView[]; idsHandedOut: bigint } | ChainUnavailable;

/** Every node not removed (up to `MAX_NODES_READ` ids), with its metadata: the list and the map are drawn from it. */
export function readNodes(): Promise<NodesRead> {
  return readAtLatestBlock(["NodeRegistry"], async ({ client, block, contracts }): Promise<NodesRead> => {
    const { gatewayUrl } = await getRuntimeConfig();
    const read = { address: contracts.NodeRegistry, abi: nodeRegistryAbi, blockNumber: block.number } as const;
    const count = await client.readContract({ ...read, functionName: "nodeCount" });
    const last = count < MAX_NODES_READ ? count : MAX_NODES_READ;
    const pages = [];
    for (let first = 1n; first <= last; first += NODE_PAGE) {
      const limit = last - first + 1n < NODE_PAGE ? last - first + 1n : NODE_PAGE;
      pages.push(client.readContract({ ...read, functionName: "getNodes", args: [first, limit] }).then((nodes) => ({ first, nodes })));
    }
    const stored = (await Promise.all(pages)).flatMap(({ first, nodes }) => nodes.map((node, index) => ({ id: first + BigInt(index), node })));
    const nodes = await Promise.all(
      stored.filter(({ node }) => node.owner !== zeroAddress).map(({ id, node }) => toView(id, node, gatewayUrl)),
    );
    return { status: "ok", nodes, idsHandedOut: count };
  });
}

export type NodeRead = { status: "ok"; node: NodeView } | { status: "not-found" } | ChainUnavailable;

/** One node; "not-found" for an id never handed out or removed. */
export function readNode(nodeId: bigint): Promise<NodeRead> {
  return readAtLatestBlock(["NodeRegistry"], async ({ client, block, contracts }): Promise<NodeRead> => {
    const { gatewayUrl } = await getRuntimeConfig();
    const read = { address: contracts.NodeRegistry, abi: nodeRegistryAbi, blockNumber: block.number } as const;
    const count = await client.readContract({ ...read, functionName: "nodeCount" });
    if (nodeId < 1n || nodeId > count) return { status: "not-found" };
    const [node] = await client.readContract({ ...read, functionName: "getNodes", args: [nodeId, 1n] });
    if (!node || node.owner === zeroAddress) return { status: "not-found" };
    return { status: "ok", node: await toView(nodeId, node, gatewayUrl) };
  });
}
