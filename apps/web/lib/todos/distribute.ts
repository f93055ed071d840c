import { formatUtc, type Todo } from "./types";

/** `IProjectRegistry.Stage` and `ITaskRegistry.TaskStatus` values (PROJECT_STAGES in the sdk's protocol). */
const STAGE = { Proposed: 1, Staked: 2, Active: 3, Validation: 4, Voting: 5 } as const;
const STAGE_NAMES = ["None", "Proposed", "Staked", "Active", "Validation", "Voting"] as const;
const CLAIMED = 1;

/** A project as the Distribute to-dos read it (the shape of `TodoProject`). */
export type DistributeProject = {
  id: bigint;
  proposer: string;
  stage: number;
  stageDeadline: bigint;
  tasks: readonly { index: number; status: number; claimer: string; deadline: bigint }[];
  polls: { commitEnd: bigint; revealEnd: bigint } | undefined;
};

/** The account's side of the projects, read for it from the chain. */
export type DistributePositions = {
  /** Sealed votes it committed (polls `projectId << 8 | taskIndex`), with whether they were revealed. */
  votes: readonly { pollId: bigint; revealed: boolean }[];
  /** Projects it holds a stake in. */
  stakedIn: readonly bigint[];
  /** Staked projects where it stakes and backs no task list yet. */
  listsToBack: readonly bigint[];
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The Distribute deadlines of `account`: votes to reveal (the reveal window's end), evidence for the tasks it claimed,
 * task lists to back, and the stage deadline of every other live project it is in (proposer, staker, claimer).
 */
export function distributeTodos(account: string, projects: readonly DistributeProject[], positions: DistributePositions, chainNow: bigint): Todo[] {
  const todos: Todo[] = [];
  const byId = new Map(projects.map((project) => [project.id, project]));
  const covered = new Set<bigint>();

  for (const vote of positions.votes) {
    const projectId = vote.pollId >> 8n;
    const taskIndex = Number(vote.pollId & 0xffn);
    const polls = byId.get(projectId)?.polls;
    if (vote.revealed || !polls || chainNow > polls.revealEnd) continue;
    todos.push({
      id: `reveal:${vote.pollId}`,
      kind: "reveal",
      title: `Reveal your vote on project #${projectId}, task ${taskIndex + 1}`,
      href: `/projects/${projectId}/tasks/${taskIndex}`,
      deadline: polls.revealEnd,
      deadlineKind: "due",
      detail: `The reveal window opens when voting closes (${formatUtc(polls.commitEnd)}, chain time); a vote not revealed by its end does not count.`,
    });
  }

  for (const project of projects) {
    if (project.stage !== STAGE.Active) continue;
    for (const task of project.tasks) {
      if (task.status !== CLAIMED || !same(task.claimer, account) || task.deadline === 0n) continue;
      covered.add(project.id);
      todos.push({
        id: `evidence:${project.id}:${task.index}`,
        kind: "evidence",
        title: `Submit evidence for project #${project.id}, task ${task.index + 1}`,
        href: `/projects/${project.id}/tasks/${task.index}`,
        deadline: task.deadline,
        deadlineKind: "due",
        detail: "You claimed the task: submit its evidence before the deadline, or your stake on it can be slashed.",
      });
    }
  }

  for (const projectId of positions.listsToBack) {
    const project = byId.get(projectId);
    if (!project || project.stage !== STAGE.Staked) continue;
    covered.add(projectId);
    todos.push({
      id: `back-list:${projectId}`,
      kind: "back-list",
      title: `Back a task list for project #${projectId}`,
      href: `/projects/${projectId}`,
      deadline: project.stageDeadline,
      deadlineKind: "due",
      detail: "You stake in it: back one of its task lists before the list period ends.",
    });
  }

  const stakedIn = new Set(positions.stakedIn);
  for (const project of projects) {
    if (covered.has(project.id) || project.stage < STAGE.Proposed || project.stage > STAGE.Voting || project.stageDeadline === 0n) continue;
    const involved = same(project.proposer, account) || stakedIn.has(project.id) || project.tasks.some((task) => same(task.claimer, account));
    if (!involved || chainNow > project.stageDeadline) continue;
    todos.push({
      id: `stage:${project.id}:${project.stage}`,
      kind: "stage",
      title: `Project #${project.id}: its ${STAGE_NAMES[project.stage]} stage ends`,
      href: `/projects/${project.id}`,
      deadline: project.stageDeadline,
      deadlineKind: "due",
      detail: "A project you are in moves on at this deadline (anyone may advance it).",
    });
  }
  return todos;
}
