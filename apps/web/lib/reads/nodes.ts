import "server-only";
import { nodeRegistryAbi } from "@scipio/sdk/abi";
import { digestToCid } from "@scipio/sdk/ipfs";
import { NODE_COORDINATE_SCALE } from "@scipio/sdk/protocol";
import { nodeMetadataDocumentSchema, type NodeMetadataDocument } from "@scipio/sdk/schemas";
import { indexer, type ListPage, type NodeRow } from "@scipio/sdk/indexer";
import { zeroAddress, type Address } from "viem";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
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

/*//////////////////////////////////////////////////////////////
                     THE LIST, FROM THE INDEX
//////////////////////////////////////////////////////////////*/

/** Rows per page of the list (with their metadata from the gateway). */
export const NODES_PAGE = 50;
/** The most nodes the map draws from the index (one query; Ponder's page limit). */
export const MAP_NODES = 1_000;
export const NODE_SORTS = { registered: "Registration (oldest first)", updated: "Last change (newest first)" } as const;
export type NodeSort = keyof typeof NODE_SORTS;

export type NodesQuery = {
  kind: number | undefined;
  status: number | undefined;
  /** An owner's address (or part of it) or a node id. */
  search: string;
  sort: NodeSort;
  after: string | undefined;
  before: string | undefined;
};

export type NodeListRead = (
  | {
      status: "ok";
      source: "indexer";
      /** This page of the list, with metadata. */
      nodes: NodeView[];
      /** Every node that matches, up to `MAP_NODES`, for the map (metadata only for the page's rows). */
      mapNodes: NodeView[];
      /** How many match the filters. */
      total: number;
      pageInfo: ListPage<NodeRow>["pageInfo"];
    }
  | { status: "ok"; source: "chain"; nodes: NodeView[]; mapNodes: NodeView[]; total: number; truncated: boolean }
  | ChainUnavailable
) & { freshness: IndexFreshness };

function viewOfRow(row: NodeRow, metadata: NodeMetadataDocument | undefined): NodeView {
  return {
    id: row.id,
    owner: row.owner,
    kind: row.kind,
    status: row.status,
    latitude: row.latitude / NODE_COORDINATE_SCALE,
    longitude: row.longitude / NODE_COORDINATE_SCALE,
    metadataCid: digestToCid(row.metadataDigest, row.metadataCodec === 1 ? "dag-pb" : "raw"),
    metadata,
  };
}

function matches(node: NodeView, { kind, status, search }: Pick<NodesQuery, "kind" | "status" | "search">): boolean {
  const term = search.trim().toLowerCase();
  const found = !term || node.owner.toLowerCase().includes(term) || node.id.toString() === term || (node.metadata?.name.toLowerCase().includes(term) ?? false);
  return found && (kind === undefined || node.kind === kind) && (status === undefined || node.status === status);
}

/**
 * The node list and the map: a page of the nodes that match (kind, status, owner or id) from the index,
 * in the chosen order, and every match up to `MAP_NODES` for the map. When the index cannot serve, the
 * chain's nodes (the first `MAX_NODES_READ` ids) filtered and sorted here, on one page.
 */
export async function readNodeList(query: NodesQuery): Promise<NodeListRead> {
  const filter = { removed: false, ...(query.kind !== undefined && { kind: query.kind }), ...(query.status !== undefined && { status: query.status }) };
  const order = query.sort === "updated" ? ({ orderBy: "updatedBlock", orderDirection: "desc" } as const) : ({ orderBy: "id", orderDirection: "asc" } as const);
  const indexed = await readFromIndex(async (client) => {
    const [page, map] = await Promise.all([
      indexer.nodes(client, { filter, search: query.search, ...order, limit: NODES_PAGE, after: query.after, before: query.before }),
      indexer.nodes(client, { filter, search: query.search, orderBy: "id", orderDirection: "asc", limit: MAP_NODES }),
    ]);
    // The page's block: the older of the two answers' (they come from one index, normally the same).
    const indexedBlock = page.indexedBlock && map.indexedBlock && map.indexedBlock.number < page.indexedBlock.number ? map.indexedBlock : page.indexedBlock;
    return { page, map, indexedBlock };
  });
  if (!indexed.ok) {
    const chain = await readNodes();
    if (chain.status !== "ok") return { ...chain, freshness: indexed.freshness };
    const found = chain.nodes.filter((node) => matches(node, query));
    if (query.sort === "updated") found.reverse(); // the chain keeps no change block: newest registrations first
    return {
      status: "ok",
      source: "chain",
      nodes: found,
      mapNodes: found,
      total: found.length,
      truncated: chain.idsHandedOut > MAX_NODES_READ,
      freshness: indexed.freshness,
    };
  }
  const { page, map } = indexed.value;
  const { gatewayUrl } = await getRuntimeConfig();
  const nodes = await Promise.all(
    page.items.map(async (row) => {
      const view = viewOfRow(row, undefined);
      return { ...view, metadata: await readDocument(view.metadataCid, nodeMetadataDocumentSchema, gatewayUrl) };
    }),
  );
  const named = new Map(nodes.map((node) => [node.id, node.metadata]));
  return {
    status: "ok",
    source: "indexer",
    nodes,
    mapNodes: map.items.map((row) => viewOfRow(row, named.get(row.id))),
    total: page.totalCount,
    pageInfo: page.pageInfo,
    freshness: indexed.freshness,
  };
}

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

export type OperatorNodesRead = ({ status: "ok"; nodes: NodeView[]; total: number } | ChainUnavailable) & { freshness: IndexFreshness };

/** The nodes `owner` registered and has not removed (the newest `NODES_PAGE`), from the index or else the chain. */
export async function readNodesOf(owner: Address): Promise<OperatorNodesRead> {
  const indexed = await readFromIndex((client) =>
    indexer.nodes(client, { filter: { owner: owner.toLowerCase(), removed: false }, orderBy: "id", orderDirection: "desc", limit: NODES_PAGE }),
  );
  if (!indexed.ok) {
    const chain = await readNodes();
    if (chain.status !== "ok") return { ...chain, freshness: indexed.freshness };
    const mine = chain.nodes.filter((node) => node.owner.toLowerCase() === owner.toLowerCase()).reverse();
    return { status: "ok", nodes: mine.slice(0, NODES_PAGE), total: mine.length, freshness: indexed.freshness };
  }
  const { gatewayUrl } = await getRuntimeConfig();
  const nodes = await Promise.all(
    indexed.value.items.map(async (row) => {
      const view = viewOfRow(row, undefined);
      return { ...view, metadata: await readDocument(view.metadataCid, nodeMetadataDocumentSchema, gatewayUrl) };
    }),
  );
  return { status: "ok", nodes, total: indexed.value.totalCount, freshness: indexed.freshness };
}
