import { projectStageFilterSchema } from "@scipio/sdk/schemas";
import type { Metadata } from "next";
import Link from "next/link";
import { ChainUnavailableNotice } from "@/components/distribute/chain-unavailable";
import { ProgressBar } from "@/components/distribute/progress-bar";
import { StageBadge } from "@/components/distribute/stage-badge";
import { formatAmount } from "@/lib/format";
import { readProjectsPage } from "./_lib/reads";
import { FILTERABLE_STAGES, stageName } from "./_lib/stages";

export const metadata: Metadata = { title: "Projects" };

const PAGE_SIZE = 20;

type SearchParams = Promise<{ stage?: string; from?: string }>;

function parseFrom(value: string | undefined): bigint {
  return value && /^\d{1,20}$/.test(value) ? BigInt(value) : 1n;
}

export default async function ProjectsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const stageFilter = params.stage ? projectStageFilterSchema.safeParse(params.stage) : undefined;
  const stage = stageFilter?.success ? stageFilter.data : undefined;
  const from = parseFrom(params.from);
  const read = await readProjectsPage({ stage, from, pageSize: PAGE_SIZE });
  const stageQuery = stage !== undefined ? `stage=${stageName(stage).toLowerCase()}&` : "";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Projects</h1>
          <p className="mt-1 text-stone-600">What the community proposes to build, staked on by token and reputation holders.</p>
        </div>
        <Link
          href="/projects/new"
          className="rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
        >
          Propose a project
        </Link>
      </div>

      <nav aria-label="Filter by stage">
        <ul className="flex flex-wrap gap-1.5 text-sm">
          <li>
            <FilterLink href="/projects" current={stage === undefined}>
              All
            </FilterLink>
          </li>
          {FILTERABLE_STAGES.map((name, index) => (
            <li key={name}>
              <FilterLink href={`/projects?stage=${name.toLowerCase()}`} current={stage === index + 1}>
                {name}
              </FilterLink>
            </li>
          ))}
        </ul>
      </nav>
      {stageFilter && !stageFilter.success && (
        <p role="status" className="text-sm text-amber-900">
          There is no stage called “{params.stage}”: showing every project.
        </p>
      )}

      {read.status !== "ok" ? (
        <ChainUnavailableNotice read={read} />
      ) : read.projects.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-5 text-stone-700">
          {stage === undefined ? "Nobody has proposed a project yet." : `No project is ${stageName(stage)}.`}{" "}
          <Link href="/projects/new" className="font-medium text-teal-800 underline">
            Propose one
          </Link>
          .
        </p>
      ) : (
        <ul className="grid gap-3" data-testid="project-list">
          {read.projects.map((project) => (
            <li key={project.id.toString()}>
              <Link
                href={`/projects/${project.id}`}
                data-testid="project-card"
                className="block space-y-3 rounded-lg border border-stone-200 bg-white p-4 hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-teal-700"
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h2 className="font-semibold text-stone-900">
                    <span className="text-stone-500">#{project.id.toString()}</span>{" "}
                    {project.title ?? <span className="italic text-stone-500">Description not available from the gateway</span>}
                  </h2>
                  <StageBadge stage={project.stage} />
                </div>
                <p className="text-sm text-stone-600">
                  Cost <strong className="tabular-nums">{formatAmount(project.cost)} ETH</strong>
                </p>
                {project.stage === 1 && (
                  <div className="grid gap-2 sm:grid-cols-2">
                    <ProgressBar
                      label="Tokens staked"
                      value={project.stakedTokens}
                      target={project.requiredTokens}
                      detail={`${formatAmount(project.stakedTokens, 2)} / ${formatAmount(project.requiredTokens, 2)}`}
                    />
                    <ProgressBar
                      label="Reputation staked"
                      value={project.stakedReputation}
                      target={project.requiredReputation}
                      detail={`${formatAmount(project.stakedReputation, 2)} / ${formatAmount(project.requiredReputation, 2)}`}
                    />
                  </div>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}

      {read.status === "ok" && (from > 1n || read.nextFrom !== undefined) && (
        <nav aria-label="Pages" className="flex justify-between text-sm">
          {from > 1n ? (
            <Link href={`/projects?${stageQuery}`} className="font-medium text-teal-800 underline">
              ← First page
            </Link>
          ) : (
            <span />
          )}
          {read.nextFrom !== undefined && (
            <Link href={`/projects?${stageQuery}from=${read.nextFrom}`} className="font-medium text-teal-800 underline">
              Next page →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}

function FilterLink({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block rounded-full border px-3 py-1 focus-visible:outline-2 focus-visible:outline-teal-700 ${
        current ? "border-teal-700 bg-teal-50 font-semibold text-teal-900" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-50"
      }`}
    >
      {children}
    </Link>
  );
}
