import { PageLink } from "@/components/page-link";
import type { ProjectView } from "@/app/projects/_lib/reads";
import { Stage } from "@/app/projects/_lib/stages";
import { readProjectTasks } from "@/app/projects/[id]/tasks/_lib/task-reads";
import { formatChainTime } from "@/components/ui/time";
import { formatAmount, formatBps } from "@/lib/format";
import { LocalChainTools } from "./local-chain-tools";
import { TaskStageClock } from "./task-stage-clock";
import { TaskStatus } from "./task-stages";
import { TaskStatusBadge } from "./task-status-badge";
import { projectDeadlines } from "./deadlines";

/**
 * The accepted list's tasks as the task registry runs them (claims, evidence, validation, votes), the clock of
 * the task stages with their advance button, and the local chain's time-travel control.
 */
export async function ProjectTasks({ project, chainNow }: { project: ProjectView; chainNow: bigint }) {
  const hasTasks = project.stage >= Stage.Active && project.stage <= Stage.Failed;
  const read = hasTasks ? await readProjectTasks(project.id, project.leadingList) : undefined;
  const ok = read?.status === "ok" ? read : undefined;
  const deadlines = projectDeadlines(project, ok, chainNow);
  const timed = ok && [Stage.Active, Stage.Validation, Stage.Voting].includes(project.stage) && ok.projectTasks.stage !== 0;

  return (
    <>
      {timed && (
        <TaskStageClock
          projectId={project.id}
          stage={project.stage}
          stageDeadline={ok.projectTasks.stageDeadline}
          taskCount={ok.projectTasks.taskCount}
          submittedCount={ok.projectTasks.submittedCount}
          chainNow={ok.chainNow}
        />
      )}
      {ok && ok.tasks.length > 0 && (
        <section aria-labelledby="tasks" className="space-y-3" data-testid="project-tasks">
          <h2 id="tasks" className="text-lg font-semibold">
            Tasks
          </h2>
          <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
            {ok.tasks.map((task) => (
              <li key={task.index} data-testid="project-task" data-task-index={task.index} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-3 text-sm">
                <PageLink
                  href={`/projects/${project.id}/tasks/${task.index}`}
                  className="min-w-0 flex-1 font-medium text-teal-800 underline focus-visible:outline-2 focus-visible:outline-teal-700"
                >
                  {task.index + 1}. {task.title ?? `Task ${task.index + 1}`}
                </PageLink>
                <span className="tabular-nums text-stone-600">{formatBps(task.weighting)}</span>
                <span className="tabular-nums text-stone-600">{formatAmount(task.payout)} ETH</span>
                <TaskStatusBadge status={task.status} />
                {task.status === TaskStatus.Claimed && (
                  <span className="w-full text-xs text-stone-500">
                    Claimed by <span className="font-mono">{task.claimer}</span>, evidence due {formatChainTime(task.deadline)}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {project.stage >= Stage.Proposed && project.stage <= Stage.Voting && <LocalChainTools deadlines={deadlines} />}
    </>
  );
}
