import { projectStageFilterSchema } from "@scipio/sdk/schemas";
import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { ListSearch } from "@/components/ui/list-search";
import { ProgressBar } from "@/components/ui/progress-bar";
import { StageBadge } from "@/components/distribute/stage-badge";
import { IndexFreshnessNote } from "@/components/index-freshness";
import { formatAmount } from "@/lib/format";
import { readProjectsPage } from "./_lib/reads";
import { FILTERABLE_STAGES, stageName } from "./_lib/stages";

export const metadata: Metadata = { title: "Projects" };

const PAGE_SIZES = [10, 20, 50] as const;
const DEFAULT_PAGE_SIZE = 20;
/** How many earlier pages the "previous" trail remembers (the URL stays short). */
const MAX_TRAIL = 100;

type SearchParams = Promise<{ stage?: string; from?: string; back?: string; size?: string; q?: string }>;

function parseFrom(value: string | undefined): bigint {
  return value && /^\d{1,20}$/.test(value) ? BigInt(value) : 1n;
}

/**
 * The first ids of the pages before this one, oldest first ("1.21.41"). The by-stage getter only scans
 * forward, so going back follows this trail rather than recomputing where the previous page started.
 */
function parseTrail(value: string | undefined): bigint[] {
  if (!value || !/^\d{1,20}(\.\d{1,20})*$/.test(value)) return [];
  return value.split(".").slice(-MAX_TRAIL).map(BigInt);
}

function parseSize(value: string | undefined): number {
  const size = Number(value);
  return PAGE_SIZES.find((allowed) => allowed === size) ?? DEFAULT_PAGE_SIZE;
}

type PageQuery = { stage: number | undefined; from: bigint; trail: bigint[]; size: number; search: string };

function pageHref({ stage, from, trail, size, search }: PageQuery): string {
  const query = new URLSearchParams();
  if (stage !== undefined) query.set("stage", stageName(stage).toLowerCase());
  if (search) query.set("q", search);
  if (from > 1n) query.set("from", from.toString());
  if (trail.length > 0) query.set("back", trail.join("."));
  if (size !== DEFAULT_PAGE_SIZE) query.set("size", size.toString());
  const text = query.toString();
  return text ? `/projects?${text}` : "/projects";
}

export default async function ProjectsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const stageFilter = params.stage ? projectStageFilterSchema.safeParse(params.stage) : undefined;
  const stage = stageFilter?.success ? stageFilter.data : undefined;
  const from = parseFrom(params.from);
  const trail = from > 1n ? parseTrail(params.back).filter((start) => start < from) : [];
  const size = parseSize(params.size);
  const search = (params.q ?? "").trim().slice(0, 100);
  const read = await readProjectsPage({ stage, from, pageSize: size, search });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Projects</h1>
          <p className="mt-1 text-stone-600">What the community proposes to build, staked on by token and reputation holders.</p>
        </div>
        <PageLink
          href="/projects/new"
          className="rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
        >
          Propose a project
        </PageLink>
      </div>

      <nav aria-label="Filter by stage">
        <ul className="flex flex-wrap gap-1.5 text-sm">
          <li>
            <FilterLink href={pageHref({ stage: undefined, from: 1n, trail: [], size, search })} current={stage === undefined}>
              All
            </FilterLink>
          </li>
          {FILTERABLE_STAGES.map((name, index) => (
            <li key={name}>
              <FilterLink href={pageHref({ stage: index + 1, from: 1n, trail: [], size, search })} current={stage === index + 1}>
                {name}
              </FilterLink>
            </li>
          ))}
        </ul>
      </nav>
      <ListSearch
        action="/projects"
        label="Search projects"
        hidden={{ stage: stage !== undefined ? stageName(stage).toLowerCase() : undefined, size: size !== DEFAULT_PAGE_SIZE ? size : undefined }}
        field="Title, proposer or id"
        value={search}
        inputClassName="w-72 max-w-full"
      />
      {read.status === "ok" && read.searchIgnored && (
        <p role="status" className="text-sm text-amber-900" data-testid="search-ignored">
          Searching needs the indexer, which cannot serve this page: showing every project instead.
        </p>
      )}
      {stageFilter && !stageFilter.success && (
        <p role="status" className="text-sm text-amber-900">
          There is no stage called “{params.stage}”: showing every project.
        </p>
      )}

      {read.freshness && <IndexFreshnessNote freshness={read.freshness} />}
      {read.status !== "ok" ? (
        <ChainUnavailableNotice read={read} />
      ) : read.projects.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-5 text-stone-700">
          {search ? `No project matches “${search}”.` : stage === undefined ? "Nobody has proposed a project yet." : `No project is ${stageName(stage)}.`}{" "}
          <PageLink href="/projects/new" className="font-medium text-teal-800 underline">
            Propose one
          </PageLink>
          .
        </p>
      ) : (
        <ul className="grid gap-3" data-testid="project-list">
          {read.projects.map((project) => (
            <li key={project.id.toString()}>
              <PageLink
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
              </PageLink>
            </li>
          ))}
        </ul>
      )}

      {read.status === "ok" && <Pager query={{ stage, from, trail, size, search: read.searchIgnored ? "" : search }} nextFrom={read.nextFrom} />}
    </div>
  );
}

/** Previous / next page links, the page number when the way here is known, and the page size. */
function Pager({ query, nextFrom }: { query: PageQuery; nextFrom: bigint | undefined }) {
  const { stage, from, trail, size, search } = query;
  // Without a trail (a shared link), "previous" of the unfiltered list is simply `size` ids back; a filtered list restarts.
  const previous: PageQuery | undefined =
    trail.length > 0
      ? { ...query, from: trail.at(-1)!, trail: trail.slice(0, -1) }
      : from > 1n
        ? { ...query, from: stage === undefined && !search && from > BigInt(size) ? from - BigInt(size) : 1n, trail: [] }
        : undefined;
  const next: PageQuery | undefined = nextFrom !== undefined ? { ...query, from: nextFrom, trail: [...trail, from] } : undefined;
  const pageNumber = from === 1n ? 1 : trail.length > 0 ? trail.length + 1 : undefined;
  const link = "rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium text-teal-800 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-teal-700";
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm" data-testid="project-pager">
      <div className="flex items-center gap-3">
        {previous ? (
          <PageLink href={pageHref(previous)} className={link} rel="prev">
            ← Previous
          </PageLink>
        ) : (
          <span className="rounded-md border border-stone-200 px-3 py-1.5 text-stone-500" aria-hidden>
            ← Previous
          </span>
        )}
        {pageNumber !== undefined && <span className="text-stone-600">Page {pageNumber}</span>}
        {next ? (
          <PageLink href={pageHref(next)} className={link} rel="next">
            Next →
          </PageLink>
        ) : (
          <span className="rounded-md border border-stone-200 px-3 py-1.5 text-stone-500" aria-hidden>
            Next →
          </span>
        )}
      </div>
      <p className="flex items-center gap-1 text-stone-600">
        Per page:
        {PAGE_SIZES.map((option) => (
          <PageLink
            key={option}
            href={pageHref({ stage, from: 1n, trail: [], size: option, search })}
            aria-current={option === size ? "true" : undefined}
            aria-label={`${option} per page`}
            // At least 32 px wide and tall: a comfortable touch target.
            className={`inline-block min-w-8 rounded-md px-2 py-1.5 text-center focus-visible:outline-2 focus-visible:outline-teal-700 ${
              option === size ? "font-semibold text-stone-900" : "text-teal-800 underline hover:bg-stone-100"
            }`}
          >
            {option}
          </PageLink>
        ))}
      </p>
    </nav>
  );
}

function FilterLink({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <PageLink
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block rounded-full border px-3 py-1 focus-visible:outline-2 focus-visible:outline-teal-700 ${
        current ? "border-teal-700 bg-teal-50 font-semibold text-teal-900" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-50"
      }`}
    >
      {children}
    </PageLink>
  );
}
