import { Suspense } from "react";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { MarketStats } from "@/components/market-stats";
import { MarketCharts } from "@/components/overview/market-charts";
import { MyPositionIsland } from "@/components/overview/my-position-island";
import { readMarket } from "@/lib/reads/capital-token";
import { readMarketHistory } from "@/lib/reads/market-history";
import { readTodoProjects } from "@/lib/reads/todo-projects";
import { TodosIsland } from "@/components/todos/todos-island";

export default async function OverviewPage() {
  const [read, history, todoProjects] = await Promise.all([readMarket(), readMarketHistory(), readTodoProjects()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Overview</h1>
        <p className="mt-1 text-stone-700">
          Scipio has two halves. <strong>Distribute</strong>: the community pool funds the projects members propose; capital tokens
          are bought into it and sold back at the pool&apos;s value per token. <strong>Network</strong>: operators run the nodes of a
          community network, raise money by auctioning bandwidth tokens, and settle what they spend and deliver.
        </p>
      </div>
      <nav aria-label="The two halves" className="grid gap-3 sm:grid-cols-2" data-testid="halves">
        <Half
          title="Distribute"
          text="Buy capital tokens, propose and stake on projects, claim and validate their tasks."
          links={[
            { href: "/tokens", label: "Buy capital tokens" },
            { href: "/projects", label: "Browse projects" },
          ]}
        />
        <Half
          title="Network"
          text="See the network's nodes on the map, register yours, and follow an operator's tokens, auctions and nodes."
          links={[
            { href: "/nodes", label: "Nodes and map" },
            { href: "/operator", label: "Operator dashboard" },
            { href: "/sale", label: "SPT sale" },
          ]}
        />
      </nav>
      {read.status === "ok" ? (
        <>
          <MarketStats market={read.market} />
          <p className="text-xs text-stone-600">As of block {read.market.blockNumber.toString()}.</p>
          <section aria-labelledby="my-position-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="my-position">
            <h2 id="my-position-heading" className="text-lg font-semibold">
              Your position
            </h2>
            <MyPositionIsland resaleValue={read.market.sellPrice} />
            {todoProjects.status === "ok" && (
              <TodosIsland
                projects={todoProjects.projects}
                chainNow={todoProjects.chainNow}
                deploymentBlock={todoProjects.deploymentBlock}
                promptToConnect={false}
                fallback={null}
              />
            )}
          </section>
          {/* Its own Suspense boundary: hydrated in a task of its own, after the rest of the page. */}
          <Suspense>
            <MarketCharts read={history} />
          </Suspense>
        </>
      ) : (
        <ChainUnavailableNotice read={read} contract="capital token" />
      )}
    </div>
  );
}

function Half({ title, text, links }: { title: string; text: string; links: { href: string; label: string }[] }) {
  return (
    <section aria-label={title} className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-1 text-sm text-stone-700">{text}</p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <PageLink href={link.href} className="font-medium text-teal-800 underline">
              {link.label}
            </PageLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
