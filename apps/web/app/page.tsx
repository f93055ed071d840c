import { Suspense } from "react";
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
          The community pool funds the projects members propose. Capital tokens are bought into it and sold back at
          the pool&apos;s value per token.
        </p>
      </div>
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
