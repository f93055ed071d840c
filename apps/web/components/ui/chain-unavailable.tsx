import type { ChainUnavailable } from "@/lib/reads/read-at-latest-block";

/** What a page shows when the chain does not answer or has no `contract` (named for people) yet. */
export function ChainUnavailableNotice({ read, contract = "project registry" }: { read: ChainUnavailable; contract?: string }) {
  return (
    <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      {read.status === "not-deployed" ? (
        <p>No {contract} answers on this chain yet: deploy the contracts (the local stack does it for you), then reload.</p>
      ) : (
        <p>
          The chain at <code className="font-mono">{read.rpcUrl}</code> does not answer. Start the local stack (
          <code className="font-mono">pnpm stack</code>) or point <code className="font-mono">SCIPIO_RPC_URL</code> at a node, then
          reload.
        </p>
      )}
    </div>
  );
}
