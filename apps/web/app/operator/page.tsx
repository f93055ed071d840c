import { addressSchema } from "@scipio/sdk/schemas";
import type { Metadata } from "next";
import { formatEther, type Address } from "viem";
import { kindName, statusBadge, statusName } from "@/components/nodes/node-style";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { ListPanel } from "@/components/ui/list-panel";
import { formatChainTime } from "@/components/ui/time";
import { formatAmount } from "@/lib/format";
import { IndexFreshnessNote } from "@/components/index-freshness";
import type { IndexFreshness } from "@/lib/indexer";
import { readNodesOf } from "@/lib/reads/nodes";
import { readOperatorAuctions, readOperatorTokens } from "@/lib/reads/operator";
import { OperatorTodos } from "@/components/operations/todos-operator";
import { OperatorAccountIsland } from "./_components/operator-account";

export const metadata: Metadata = { title: "Operator dashboard" };

type SearchParams = Promise<{ account?: string }>;

export default async function OperatorPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = addressSchema.safeParse((await searchParams).account ?? "");
  const account = parsed.success ? parsed.data : undefined;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Operator dashboard</h1>
        <p className="mt-1 max-w-2xl text-stone-600">
          What an operator of the network runs and raises: its bandwidth tokens (IBTs), its auctions with what is left to claim, its
          nodes, and what waits for it in the network&apos;s operations, each with its deadline. {account && <span className="font-mono text-sm break-all" data-testid="operator-account">{account}</span>}
        </p>
      </div>
      <OperatorAccountIsland account={account} />
      {account && <Dashboard account={account} />}
    </div>
  );
}

async function Dashboard({ account }: { account: Address }) {
  const [tokens, auctions, nodes] = await Promise.all([readOperatorTokens(account), readOperatorAuctions(account), readNodesOf(account)]);
  if (nodes.status !== "ok") return <ChainUnavailableNotice read={nodes} contract="node registry" />;
  return (
    <>
    <IndexFreshnessNote freshness={leastFresh([tokens.freshness, auctions.freshness, nodes.freshness])} fallback="read from the chain directly" />
    <div className="grid gap-4 lg:grid-cols-2">
      <ListPanel
        title="Bandwidth tokens"
        testId="operator-tokens"
        unavailable={tokens.status !== "ok" && <ChainUnavailableNotice read={tokens} contract="bandwidth token factory" />}
        empty="No bandwidth token yet: an operator creates one per delivery period."
        link={{ href: "/bandwidth-tokens", label: "Bandwidth tokens" }}
        items={tokens.status !== "ok" ? [] : tokens.tokens.map((token) => (
          <li key={token.address}>
            <strong>{token.symbol}</strong> {token.name} · {formatAmount(token.totalSupply)} issued · delivery{" "}
            {formatChainTime(token.deliveryStart)} to {formatChainTime(token.deliveryEnd)}
          </li>
        ))}
      />
      <ListPanel
        title="Auctions"
        testId="operator-auctions"
        unavailable={auctions.status !== "ok" && <ChainUnavailableNotice read={auctions} contract="bandwidth auction" />}
        empty="No auction yet among the newest ones."
        link={{ href: "/auctions", label: "All auctions" }}
        items={auctions.status !== "ok" ? [] : auctions.auctions.map((auction) => (
          <li key={auction.id.toString()}>
            <PageLink href={`/auctions/${auction.id}`} className="font-medium text-teal-800 underline">
              Auction #{auction.id.toString()}
            </PageLink>{" "}
            · {auctionState(auction, auctions.chainNow)} · {formatAmount(auction.sold)} of {formatAmount(auction.offered)} sold ·{" "}
            {formatEther(auction.raised)} ETH raised
            {auction.proceedsToClaim > 0n && <strong> · {formatEther(auction.proceedsToClaim)} ETH of proceeds to claim</strong>}
          </li>
        ))}
      />
      <ListPanel
        title="Nodes"
        testId="operator-nodes"
        empty="No node registered by this account."
        link={{ href: "/nodes/new", label: "Register a node" }}
        listClassName="space-y-1 text-sm"
        items={nodes.nodes.map((node) => (
          <li key={node.id.toString()} className="flex flex-wrap items-center gap-2">
            <PageLink href={`/nodes/${node.id}`} className="font-medium text-teal-800 underline">
              {node.metadata?.name ?? `Node #${node.id}`}
            </PageLink>
            <span>{kindName(node.kind)}</span>
            <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusBadge[node.status] ?? ""}`}>{statusName(node.status)}</span>
          </li>
        ))}
      />
      <div className="lg:col-span-2">
        <OperatorTodos account={account} />
      </div>
    </div>
    </>
  );
}

/** The dashboard's lists come from one index: the note says the worst of their three answers (a fallback first). */
function leastFresh(all: (IndexFreshness | undefined)[]): IndexFreshness {
  const known = all.filter((freshness): freshness is IndexFreshness => freshness !== undefined);
  return (
    known.find((freshness) => freshness.source === "chain") ??
    known.toSorted((a, b) => (a.source === "indexer" && b.source === "indexer" ? Number(b.behindBy - a.behindBy) : 0))[0] ?? {
      source: "chain",
      reason: "not-configured",
      indexerUrl: undefined,
    }
  );
}

function auctionState(auction: { startsAt: bigint; endsAt: bigint; settled: boolean; cancelled: boolean }, now: bigint): string {
  if (auction.cancelled) return "cancelled";
  if (auction.settled) return "settled";
  if (now < auction.startsAt) return "upcoming";
  if (now <= auction.endsAt) return "open";
  return "ended, to settle";
}
