import { NODE_KINDS, NODE_STATUSES } from "@scipio/sdk/protocol";
import type { Metadata } from "next";
import { NodeMap } from "@/components/nodes/node-map";
import { kindName, statusBadge, statusName } from "@/components/nodes/node-style";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { shortAddress } from "@/lib/format";
import { MAX_NODES_READ, readNodes, type NodeView } from "@/lib/reads/nodes";

export const metadata: Metadata = { title: "Nodes" };

type SearchParams = Promise<{ kind?: string; status?: string }>;

/** An enum index from the query, or undefined for "all" (and for anything that is not one). */
function parseChoice(value: string | undefined, choices: readonly string[]): number | undefined {
  if (value === undefined || !/^\d$/.test(value)) return undefined;
  const index = Number(value);
  return index < choices.length ? index : undefined;
}

export default async function NodesPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const kind = parseChoice(query.kind, NODE_KINDS);
  const status = parseChoice(query.status, NODE_STATUSES);
  const read = await readNodes();
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
      {read.status !== "ok" ? (
        <ChainUnavailableNotice read={read} contract="node registry" />
      ) : (
        <NodesView
          nodes={read.nodes.filter((node) => (kind === undefined || node.kind === kind) && (status === undefined || node.status === status))}
          total={read.nodes.length}
          truncated={read.idsHandedOut > MAX_NODES_READ}
          kind={kind}
          status={status}
        />
      )}
    </div>
  );
}

function NodesView({
  nodes,
  total,
  truncated,
  kind,
  status,
}: {
  nodes: NodeView[];
  total: number;
  truncated: boolean;
  kind: number | undefined;
  status: number | undefined;
}) {
  const select = "mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-teal-700";
  return (
    <>
      {/* A plain GET form: the filters work before (and without) any script. */}
      <form method="get" action="/nodes" className="flex flex-wrap items-end gap-3" aria-label="Filter nodes" data-testid="node-filters">
        <label className="text-sm font-medium text-stone-700">
          Kind
          <select name="kind" defaultValue={kind ?? ""} className={select}>
            <option value="">All kinds</option>
            {NODE_KINDS.map((name, index) => (
              <option key={name} value={index}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-stone-700">
          Status
          <select name="status" defaultValue={status ?? ""} className={select}>
            <option value="">All statuses</option>
            {NODE_STATUSES.map((name, index) => (
              <option key={name} value={index}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md border border-teal-700 bg-white px-4 py-2 text-sm font-semibold text-teal-800 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-teal-700"
        >
          Filter
        </button>
        <p className="text-sm text-stone-700" data-testid="node-count">
          {nodes.length === total ? `${total} ${total === 1 ? "node" : "nodes"}` : `${nodes.length} of ${total} nodes`}
          {truncated && ` (the first ${MAX_NODES_READ} ids read)`}
        </p>
      </form>
      <NodeMap nodes={nodes} />
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
