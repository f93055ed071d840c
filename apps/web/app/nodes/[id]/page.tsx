import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { kindName, statusBadge, statusName } from "@/components/nodes/node-style";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { readNode } from "@/lib/reads/nodes";
import { NodeOwnerIsland } from "../_components/node-islands";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Node #${(await params).id}` };
}

export default async function NodePage({ params }: { params: Params }) {
  const { id } = await params;
  if (!/^\d{1,20}$/.test(id)) notFound();
  const read = await readNode(BigInt(id));
  if (read.status === "not-found") notFound();
  return (
    <div className="space-y-6">
      <PageLink href="/nodes" className="text-sm text-teal-800 underline">
        ← All nodes
      </PageLink>
      {read.status !== "ok" ? (
        <ChainUnavailableNotice read={read} contract="node registry" />
      ) : (
        <>
          <div>
            <h1 className="text-2xl font-bold tracking-tight" data-testid="node-name">
              {read.node.metadata?.name ?? `Node #${id}`}
            </h1>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-stone-700">
              <span>Node #{id}</span>·<span data-testid="node-kind">{kindName(read.node.kind)}</span>·
              <span data-testid="node-status" className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusBadge[read.node.status] ?? ""}`}>
                {statusName(read.node.status)}
              </span>
            </p>
          </div>
          <dl className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 text-sm sm:grid-cols-2" data-testid="node-details">
            <Detail label="Location">
              <span className="tabular-nums" data-testid="node-location">
                {read.node.latitude.toFixed(6)}, {read.node.longitude.toFixed(6)}
              </span>{" "}
              <PageLink href="/nodes" className="text-teal-800 underline">
                on the map
              </PageLink>
            </Detail>
            <Detail label="Owner">
              <span className="font-mono text-xs break-all">{read.node.owner}</span>
            </Detail>
            <Detail label="Device">{read.node.metadata?.device ?? "—"}</Detail>
            <Detail label="Metadata">
              <span className="font-mono text-xs break-all">{read.node.metadataCid}</span>
              {!read.node.metadata && <span className="block text-amber-900">The gateway does not have this document (yet).</span>}
            </Detail>
            {read.node.metadata?.links && (
              <Detail label="Links">
                <ul>
                  {read.node.metadata.links.map((link) => (
                    <li key={link}>
                      <a href={link} rel="noopener noreferrer nofollow" className="break-all text-teal-800 underline">
                        {link}
                      </a>
                    </li>
                  ))}
                </ul>
              </Detail>
            )}
          </dl>
          <NodeOwnerIsland
            nodeId={id}
            owner={read.node.owner}
            status={read.node.status}
            initial={{
              name: read.node.metadata?.name ?? "",
              device: read.node.metadata?.device ?? "",
              links: (read.node.metadata?.links ?? []).join("\n"),
              kind: String(read.node.kind),
              status: String(read.node.status),
              latitude: read.node.latitude.toFixed(6),
              longitude: read.node.longitude.toFixed(6),
            }}
          />
        </>
      )}
    </div>
  );
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-stone-600">{label}</dt>
      <dd className="mt-0.5 text-stone-900">{children}</dd>
    </div>
  );
}
