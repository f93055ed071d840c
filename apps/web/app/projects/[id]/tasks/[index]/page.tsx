import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { StageBadge } from "@/components/distribute/stage-badge";
import { LocalChainTools } from "@/components/distribute/tasks/local-chain-tools";
import { projectDeadlines } from "@/components/distribute/tasks/deadlines";
import { TaskStageClock } from "@/components/distribute/tasks/task-stage-clock";
import { TaskStatus, taskIdOf } from "@/components/distribute/tasks/task-stages";
import { TaskStatusBadge } from "@/components/distribute/tasks/task-status-badge";
import { formatChainTime } from "@/components/ui/time";
import { formatAmount, formatBps } from "@/lib/format";
import { onChainCid, readProject, readTaskDescription } from "../../../_lib/reads";
import { Stage } from "../../../_lib/stages";
import { readMinimumStakes, readPoll, readProjectTasks, readSlotHolders } from "../_lib/task-reads";
import { ClaimDeadline } from "./_components/claim-deadline";
import { EvidenceViewer } from "./_components/evidence-viewer";
import { TaskActionsIsland } from "./_components/task-actions-island";
import { ValidationSlots } from "./_components/validation-slots";
import { VoteTally } from "./_components/vote-tally";

type Params = Promise<{ id: string; index: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, index } = await params;
  return { title: `Task ${Number(index) + 1} · Project #${id}` };
}

export default async function TaskPage({ params }: { params: Params }) {
  const { id, index } = await params;
  if (!/^\d{1,20}$/.test(id) || !/^\d{1,2}$/.test(index)) notFound();
  const projectId = BigInt(id);
  const taskIndex = Number(index);
  const projectRead = await readProject(projectId);
  if (projectRead.status === "not-found") notFound();
  if (projectRead.status !== "ok") return <ChainUnavailableNotice read={projectRead} />;
  const { project } = projectRead;
  const read = await readProjectTasks(projectId, project.leadingList);
  if (read.status !== "ok") return <ChainUnavailableNotice read={read} />;
  const task = read.tasks[taskIndex];
  if (!task) notFound();

  const accepted = projectRead.lists.find((list) => list.id === project.leadingList)?.tasks[taskIndex];
  const [description, poll, slotHolders, minimumStakes] = await Promise.all([
    accepted ? readTaskDescription(accepted.digest, accepted.codec) : undefined,
    readPoll(projectId, taskIndex, read.pollGroup),
    readSlotHolders(projectId, taskIndex),
    project.stage === Stage.Validation ? readMinimumStakes(projectId, taskIndex) : { approve: 0n, reject: 0n },
  ]);
  const { projectTasks, taskParameters, chainNow } = read;
  const lastClaimAt = projectTasks.stageDeadline - taskParameters.taskPeriod;
  const evidenceCid = task.evidenceDigest !== `0x${"0".repeat(64)}` ? onChainCid(task.evidenceDigest, task.evidenceCodec) : undefined;
  const timed = [Stage.Active, Stage.Validation, Stage.Voting].includes(project.stage);

  return (
    // Each part is its own Suspense boundary, so React hydrates them in separate short tasks rather than one long one.
    <article className="space-y-6" data-testid="task-page" data-project-id={id} data-task-index={index}>
      <Suspense>
      <header className="space-y-3">
        <PageLink href={`/projects/${id}`} className="text-sm text-teal-800 underline">
          ← Project #{id}
        </PageLink>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold tracking-tight">
            <span className="text-stone-500">Task {taskIndex + 1}</span> {description?.document?.title ?? ""}
          </h1>
          <TaskStatusBadge status={task.status} />
          <StageBadge stage={project.stage} />
        </div>
        {timed && (
          <TaskStageClock
            projectId={projectId}
            stage={project.stage}
            stageDeadline={projectTasks.stageDeadline}
            taskCount={projectTasks.taskCount}
            submittedCount={projectTasks.submittedCount}
            chainNow={chainNow}
          />
        )}
      </header>
      </Suspense>

      <Suspense>
      <section aria-labelledby="task-facts" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
        <h2 id="task-facts" className="text-lg font-semibold">
          The task
        </h2>
        {description?.document?.details && <p className="whitespace-pre-line text-stone-800">{description.document.details}</p>}
        <dl className="grid gap-3 text-sm sm:grid-cols-3" data-testid="task-facts">
          <Fact label="Share of the cost">{formatBps(task.weighting)}</Fact>
          <Fact label="Pays its claimer">{formatAmount(task.payout)} ETH and 2× the lock</Fact>
          <Fact label="Reputation to claim" testId="claim-lock">
            {formatAmount(task.claimLock)} REP
          </Fact>
          <Fact label="Claimer" testId="task-claimer">
            {task.claimer === "0x0000000000000000000000000000000000000000" ? (
              "Nobody yet"
            ) : (
              <span className="font-mono text-xs break-all">{task.claimer}</span>
            )}
          </Fact>
          <Fact label="Evidence due">
            {task.status === TaskStatus.Claimed ? (
              <ClaimDeadline deadline={task.deadline} chainNow={chainNow} />
            ) : task.deadline > 0n ? (
              formatChainTime(task.deadline)
            ) : (
              "—"
            )}
          </Fact>
          <Fact label="Validation reserve">{formatAmount(task.reserve)} ETH</Fact>
        </dl>
        {project.stage === Stage.Active && task.status === TaskStatus.Open && (
          <p className="text-sm text-stone-600">
            Claims close {formatChainTime(lastClaimAt)} (chain time): a claimer gets one task period of {Number(taskParameters.taskPeriod) / 86_400} days
            for its evidence.
          </p>
        )}
      </section>
      </Suspense>

      <Suspense>
      <section aria-labelledby="evidence" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="evidence">
        <h2 id="evidence" className="text-lg font-semibold">
          Evidence
        </h2>
        {evidenceCid ? <EvidenceViewer cid={evidenceCid} /> : <p className="text-sm text-stone-600">No evidence submitted yet.</p>}
      </section>
      </Suspense>

      {task.status >= TaskStatus.Submitted && (
        <Suspense>
          <ValidationSlots
            holders={slotHolders}
            reserve={task.reserve}
            minimumStakes={minimumStakes}
            open={project.stage === Stage.Validation}
          />
        </Suspense>
      )}

      {poll && (
        <Suspense>
          <VoteTally poll={poll} chainNow={chainNow} />
        </Suspense>
      )}

      <TaskActionsIsland
        projectId={projectId}
        taskIndex={taskIndex}
        projectStage={project.stage}
        status={task.status}
        claimer={task.claimer}
        deadline={task.deadline}
        claimLock={task.claimLock}
        lastClaimAt={lastClaimAt}
        validationEnd={projectTasks.stageDeadline}
        minimumStakes={minimumStakes}
        poll={poll ? { pollId: taskIdOf(projectId, taskIndex), commitEnd: poll.commitEnd, revealEnd: poll.revealEnd } : undefined}
        chainNow={chainNow}
      />

      <LocalChainTools deadlines={projectDeadlines(project, read, chainNow)} />
    </article>
  );
}

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-stone-600">{label}</dt>
      <dd className="font-medium tabular-nums" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
