import { NODE_KINDS, NODE_STATUSES } from "@scipio/sdk/protocol";
import type { Metadata } from "next";
import { NodeMap } from "@/components/nodes/node-map";
import { kindName, statusBadge, statusName } from "@/components/nodes/node-style";
import { PageLink } from "@/components/page-link";
import { CursorPager } from "@/components/ui/cursor-pager";
import { IndexFreshnessNote } from "@/components/index-freshness";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { FilterSelect, ListFilterForm, SearchField, countOf } from "@/components/ui/list-search";
import { shortAddress } from "@/lib/format";
import { MAX_NODES_READ, NODE_SORTS, readNodeList, type NodeSort, type NodeView, type NodesQuery } from "@/lib/reads/nodes";

export const metadata: Metadata = { title: "Nodes" };

type SearchParams = Promise<{ kind?: string; status?: string; q?: string; sort?: string; after?: string; before?: string }>;

/** Ponder's page cursors are base64 of the row's sort key; anything else is ignored. */
function parseCursor(value: string | undefined): string | undefined {
  return value && value.length <= 500 && /^[A-Za-z0-9+/=_-]+$/.test(value) ? value : undefined;
}

function listHref(query: NodesQuery, page: { after?: string; before?: string } = {}): string {
  const params = new URLSearchParams();
  if (query.kind !== undefined) params.set("kind", String(query.kind));
  if (query.status !== undefined) params.set("status", String(query.status));
  if (query.search) params.set("q", query.search);
  if (query.sort !== "registered") params.set("sort", query.sort);
  if (page.after) params.set("after", page.after);
  if (page.before) params.set("before", page.before);
  const text = params.toString();
  return text ? `/nodes?${text}` : "/nodes";
}

/** An enum index from the query, or undefined for "all" (and for anything that is not one). */
function parseChoice(value: string | undefined, choices: readonly string[]): number | undefined {
  if (value === undefined || !/^\d$/.test(value)) return undefined;
  const index = Number(value);
  return index < choices.length ? index : undefined;
}

export default async function NodesPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const list: NodesQuery = {
    kind: parseChoice(query.kind, NODE_KINDS),
    status: parseChoice(query.status, NODE_STATUSES),
    search: (query.q ?? "").trim().slice(0, 100),
    sort: query.sort && query.sort in NODE_SORTS ? (query.sort as NodeSort) : "registered",
    after: parseCursor(query.after),
    before: parseCursor(query.after) ? undefined : parseCursor(query.before),
  };
  const read = await readNodeList(list);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Nodes</h1>
          <p className="mt-1 max-w-2xl text-stone-600">
            The network&apos;s nodes as their operators registered them: clients, access points, supernodes, fibre cabinets and
            datacenters, from planned to working. The map is drawn from a shipped Natural Earth outline and needs no map service.
          </p>
        </div>
        <PageLink
          href="/nodes/new"
          className="rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
        >
          Register a node
        </PageLink>
      </div>
      <IndexFreshnessNote freshness={read.freshness} fallback="read from the chain directly (the first 1,000 ids, on one page)" />
      {read.status !== "ok" ? (
        <ChainUnavailableNotice read={read} contract="node registry" />
      ) : (
        <>
          <NodesView nodes={read.nodes} mapNodes={read.mapNodes} total={read.total} truncated={read.source === "chain" && read.truncated} query={list} />
          {read.source === "indexer" && <CursorPager pageInfo={read.pageInfo} href={(cursor) => listHref(list, cursor)} testId="node-pager" />}
        </>
      )}
    </div>
  );
}


function NodesView({ nodes, mapNodes, total, truncated, query }: { nodes: NodeView[]; mapNodes: NodeView[]; total: number; truncated: boolean; query: NodesQuery }) {
  const { kind, status } = query;
  const filtered = kind !== undefined || status !== undefined || query.search !== "";
  return (
    <>
      <ListFilterForm
        action="/nodes"
        label="Filter nodes"
        testId="node-filters"
        className="flex flex-wrap items-end gap-3"
        submit="Filter"
        count={{
          testId: "node-count",
          text: (
            <>
              {`${countOf(total, "node")}${filtered ? " match" : ""}`}
              {nodes.length < total && ` · ${nodes.length} on this page`}
              {mapNodes.length < total && ` · the map shows the first ${mapNodes.length}`}
              {truncated && ` (the first ${MAX_NODES_READ} ids read)`}
            </>
          ),
        }}
      >
        <FilterSelect label="Kind" name="kind" value={String(kind ?? "")} options={[{ value: "", label: "All kinds" }, ...NODE_KINDS.map((label, value) => ({ value, label }))]} />
        <FilterSelect label="Status" name="status" value={String(status ?? "")} options={[{ value: "", label: "All statuses" }, ...NODE_STATUSES.map((label, value) => ({ value, label }))]} />
        <SearchField label="Owner or id" value={query.search} placeholder="0x… or 12" />
        <FilterSelect label="Order" name="sort" value={query.sort} options={Object.entries(NODE_SORTS).map(([value, label]) => ({ value, label }))} />
      </ListFilterForm>
      <NodeMap nodes={mapNodes} />
      {nodes.length === 0 ? (
        <p className="text-stone-700">No node matches: change the filters, or register the first one.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="node-list">
            <caption className="sr-only">Nodes</caption>
            <thead className="bg-stone-50 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">Node</th>
                <th scope="col" className="px-3 py-2 font-semibold">Kind</th>
                <th scope="col" className="px-3 py-2 font-semibold">Status</th>
                <th scope="col" className="px-3 py-2 font-semibold">Location</th>
                <th scope="col" className="px-3 py-2 font-semibold">Owner</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((node) => (
                <tr key={node.id.toString()} className="border-t border-stone-100" data-testid="node-row" data-node-id={node.id.toString()}>
                  <td className="px-3 py-2">
                    <PageLink href={`/nodes/${node.id}`} className="font-medium text-teal-800 underline">
                      {node.metadata?.name ?? `Node #${node.id}`}
                    </PageLink>
                  </td>
                  <td className="px-3 py-2">{kindName(node.kind)}</td>
                  <td className="px-3 py-2">
                    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusBadge[node.status] ?? ""}`}>{statusName(node.status)}</span>
                  </td>
                  <td className="px-3 py-2 tabular-nums">
                    {node.latitude.toFixed(4)}, {node.longitude.toFixed(4)}
                  </td>
                  <td className="px-3 py-2 font-mono text-xs">{shortAddress(node.owner)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
