import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { ProjectTasks } from "@/components/distribute/tasks/project-tasks";
import { ProgressBar } from "@/components/ui/progress-bar";
import { StageBadge } from "@/components/distribute/stage-badge";
import { formatAmount, formatBps } from "@/lib/format";
import { readProject, readProjectDescription, readTaskDescription, type ProjectView, type TaskListView } from "../_lib/reads";
import { Stage, dueTransition } from "../_lib/stages";
import { BackListIsland } from "./_components/back-list-island";
import { StageClock } from "./_components/stage-clock";
import { StageTimeline } from "./_components/stage-timeline";
import { StakeIsland } from "./_components/stake-island";
import { TaskListEditorIsland } from "./_components/task-list-editor-island";

type Params = Promise<{ id: string }>;

function parseId(id: string): bigint | undefined {
  return /^\d{1,20}$/.test(id) ? BigInt(id) : undefined;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  return { title: `Project #${id}` };
}

export default async function ProjectPage({ params }: { params: Params }) {
  const projectId = parseId((await params).id);
  if (projectId === undefined) notFound();
  const read = await readProject(projectId);
  if (read.status === "not-found") notFound();
  if (read.status !== "ok") return <ChainUnavailableNotice read={read} />;

  const { project, lists, parameters, chainNow } = read;
  const [description, listsWithTitles] = await Promise.all([readProjectDescription(project), withTaskDescriptions(lists)]);
  const due = dueTransition(project);
  const inListPeriod = project.stage === Stage.Staked && chainNow <= project.stageDeadline;
  const document = description.document;

  return (
    // Each part is its own Suspense boundary, so React hydrates them in separate short tasks rather than one long one.
    <article className="space-y-6" data-testid="project-page" data-project-id={project.id.toString()}>
      <Suspense>
      <header className="space-y-3">
        <PageLink href="/projects" className="text-sm text-teal-800 underline">
          ← All projects
        </PageLink>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold tracking-tight">
            <span className="text-stone-500">#{project.id.toString()}</span> {document?.title ?? "Untitled project"}
          </h1>
          <StageBadge stage={project.stage} />
        </div>
        <StageTimeline stage={project.stage} stageDeadline={project.stageDeadline} />
        {due && (
          <StageClock
            projectId={project.id}
            deadline={due.deadline}
            chainNow={chainNow}
            label={due.label}
            explain={due.explain}
            countdownLabel={project.stage === Stage.Proposed ? "Staking closes in" : "Task lists can be submitted and backed for"}
          />
        )}
      </header>
      </Suspense>

      <Suspense>
      <section aria-labelledby="about" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
        <h2 id="about" className="text-lg font-semibold">
          About
        </h2>
        {document ? (
          <>
            <p className="whitespace-pre-line text-stone-800">{document.summary}</p>
            {document.location && <p className="text-sm text-stone-600">Location: {document.location}</p>}
          </>
        ) : (
          <p className="text-sm text-stone-600">The description could not be read from the gateway right now.</p>
        )}
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <Fact label="Cost">{formatAmount(project.cost)} ETH</Fact>
          <Fact label="Proposer">
            <span className="font-mono text-xs break-all">{project.proposer}</span>
          </Fact>
          <Fact label="Collateral">
            {formatAmount(project.collateral)} {project.collateralKind === 0 ? "tokens" : "REP"}
          </Fact>
        </dl>
        <p className="text-xs break-all text-stone-500">Description CID {description.cid}</p>
      </section>
      </Suspense>

      <Suspense>
        <StakeProgress project={project} />
      </Suspense>

      {project.stage !== Stage.Cancelled && (
        <StakeIsland
          projectId={project.id}
          stage={project.stage}
          proposer={project.proposer}
          requiredTokens={project.requiredTokens}
          requiredReputation={project.requiredReputation}
          stakedTokens={project.stakedTokens}
          stakedReputation={project.stakedReputation}
          stakingDeadline={project.stakingDeadline}
          unstakeLockWindow={parameters.unstakeLockWindow}
          chainNow={chainNow}
        />
      )}

      {project.stage >= Stage.Staked && project.stage !== Stage.Expired && project.stage !== Stage.Cancelled && (
        <Suspense>
          <TaskLists project={project} lists={listsWithTitles} open={inListPeriod} />
        </Suspense>
      )}

      {inListPeriod && (
        <TaskListEditorIsland
          projectId={project.id}
          requiredTokens={project.requiredTokens}
          requiredReputation={project.requiredReputation}
          minSubmitStakeBps={parameters.minSubmitStakeBps}
          lists={listsWithTitles.map((list) => ({
            id: list.id,
            otherBackers: list.otherBackers,
            tasks: list.tasks.map((task) => ({
              title: task.document?.title ?? "",
              details: task.document?.details ?? "",
              weighting: (task.weighting / 100).toString(),
            })),
          }))}
        />
      )}
      {/* No boundary here: it reads the chain itself, and a boundary would stream it in after the page. */}
      <ProjectTasks project={project} chainNow={chainNow} />
    </article>
  );
}

type ListWithTitles = Omit<TaskListView, "tasks"> & {
  tasks: (TaskListView["tasks"][number] & { cid: string; document: Awaited<ReturnType<typeof readTaskDescription>>["document"] })[];
};

async function withTaskDescriptions(lists: TaskListView[]): Promise<ListWithTitles[]> {
  return Promise.all(
    lists.map(async (list) => ({
      ...list,
      tasks: await Promise.all(list.tasks.map(async (task) => ({ ...task, ...(await readTaskDescription(task.digest, task.codec)) }))),
    })),
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-stone-600">{label}</dt>
      <dd className="font-medium tabular-nums">{children}</dd>
    </div>
  );
}

function StakeProgress({ project }: { project: ProjectView }) {
  return (
    <section aria-labelledby="stakes" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="stake-progress">
      <h2 id="stakes" className="text-lg font-semibold">
        Stakes
      </h2>
      <p className="text-sm text-stone-600">
        The project moves to Staked when both requirements are met — {formatAmount(project.requiredTokens)} tokens and{" "}
        {formatAmount(project.requiredReputation)} REP, its cost&apos;s share of the pool in supply and in reputation.
      </p>
      <ProgressBar
        label="Tokens"
        value={project.stakedTokens}
        target={project.requiredTokens}
        detail={`${formatAmount(project.stakedTokens)} of ${formatAmount(project.requiredTokens)} tokens`}
      />
      <ProgressBar
        label="Reputation"
        value={project.stakedReputation}
        target={project.requiredReputation}
        detail={`${formatAmount(project.stakedReputation)} of ${formatAmount(project.requiredReputation)} REP`}
      />
    </section>
  );
}

function TaskLists({ project, lists, open }: { project: ProjectView; lists: ListWithTitles[]; open: boolean }) {
  const accepted = project.stage >= Stage.Active && project.stage !== Stage.Failed;
  return (
    <section aria-labelledby="task-lists" className="space-y-3" data-testid="task-lists">
      <h2 id="task-lists" className="text-lg font-semibold">
        Task lists
      </h2>
      <p className="text-sm text-stone-600">
        Each staker backs one list with all of its stake. A list&apos;s weight is half its share of the staked tokens plus half its share of
        the staked reputation; a list above 50% when the period ends makes the project Active.
      </p>
      {lists.length === 0 && (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">No task list has been submitted yet.</p>
      )}
      {lists.map((list) => {
        const leading = list.id === project.leadingList;
        return (
          <div
            key={list.id.toString()}
            data-testid="task-list"
            data-list-id={list.id.toString()}
            className={`space-y-3 rounded-lg border bg-white p-4 ${leading ? "border-teal-600 ring-1 ring-teal-600" : "border-stone-200"}`}
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">
                List #{list.id.toString()}{" "}
                {leading && (
                  <span className="ml-1 rounded-full bg-teal-700 px-2 py-0.5 text-xs font-semibold text-white" data-testid="leading-list">
                    {accepted ? "Accepted" : "Leading (above 50%)"}
                  </span>
                )}
              </h3>
              <p className="text-xs text-stone-500">
                by <span className="font-mono">{list.author}</span>
              </p>
            </div>
            <ProgressBar
              label="Weight"
              value={list.weightBps}
              target={10_000n}
              detail={`${formatBps(list.weightBps)} · ${formatAmount(list.backingTokens)} tokens, ${formatAmount(list.backingReputation)} REP`}
            />
            <ol className="divide-y divide-stone-100 text-sm">
              {list.tasks.map((task, index) => (
                <li key={index} className="flex justify-between gap-4 py-1.5">
                  <span>
                    {task.document?.title ?? <span className="italic text-stone-500">Task {index + 1} (description unavailable)</span>}
                  </span>
                  <span className="tabular-nums text-stone-600">{formatBps(task.weighting)}</span>
                </li>
              ))}
            </ol>
            <BackListIsland projectId={project.id} listId={list.id} open={open} />
          </div>
        );
      })}
    </section>
  );
}
