"use client";

import { useProjectStake, useSubmitTaskList, type TaskSpecInput } from "@scipio/sdk/hooks";
import { cidToDigest, uploadEvidence } from "@scipio/sdk/ipfs";
import {
  MAX_TASKS,
  WEIGHTING_TOTAL_BPS,
  describeWeightingTotal,
  taskListFormSchema,
  weightingPercentSchema,
  type TaskDescriptionDocument,
  type TaskDraftInput,
} from "@scipio/sdk/schemas";
import { useRef, useState, type FormEvent } from "react";
import { useAccount } from "wagmi";
import { FormProblem, SubmitButton, TextField, TransactionStatus, useSchemaForm } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatAmount } from "@/lib/format";
import { TaskListConnectPanel } from "./task-list-editor-island";

export type ExistingList = { id: bigint; otherBackers: bigint; tasks: TaskDraftInput[] };

export type TaskListEditorProps = {
  projectId: bigint;
  requiredTokens: bigint;
  requiredReputation: bigint;
  minSubmitStakeBps: bigint;
  lists: ExistingList[];
};

const emptyTask = (): TaskDraftInput => ({ title: "", details: "", weighting: "" });

function minShare(required: bigint, bps: bigint): bigint {
  return (required * bps + 9_999n) / 10_000n;
}

/** Editor for the member's own task list: one per staker, replaceable while nobody else backs it. */
export default function TaskListEditor({ projectId, requiredTokens, requiredReputation, minSubmitStakeBps, lists }: TaskListEditorProps) {
  const { address, isConnected } = useAccount();
  const position = useProjectStake(projectId, address);
  const stake = position.data;

  if (!isConnected || !address) return <TaskListConnectPanel />;
  if (!stake) return null;
  if (stake.tokens === 0n && stake.reputation === 0n) {
    return (
      <Panel title="Propose a task list">
        <p className="text-sm text-stone-700">Only the project&apos;s stakers may submit and back task lists; this account has no stake here.</p>
      </Panel>
    );
  }
  const minTokens = minShare(requiredTokens, minSubmitStakeBps);
  const minReputation = minShare(requiredReputation, minSubmitStakeBps);
  if (stake.tokens < minTokens && stake.reputation < minReputation) {
    return (
      <Panel title="Propose a task list">
        <p className="text-sm text-stone-700">
          Submitting a list needs a stake of at least {formatAmount(minTokens)} tokens or {formatAmount(minReputation)} REP. You can still
          back a list below.
        </p>
      </Panel>
    );
  }
  const own = lists.find((list) => list.id === stake.ownList);
  if (own && own.otherBackers > 0n) {
    return (
      <Panel title="My task list">
        <p className="text-sm text-stone-700">
          Your list #{own.id.toString()} is backed by {own.otherBackers.toString()} other staker{own.otherBackers === 1n ? "" : "s"}, so it
          can no longer be replaced.
        </p>
      </Panel>
    );
  }
  return <Editor projectId={projectId} own={own} />;
}

function Editor({ projectId, own }: { projectId: bigint; own: ExistingList | undefined }) {
  const { fields: tasks, setFields: setTasks, problems, attempted, result, attempt, reset } = useSchemaForm(taskListFormSchema, (): TaskDraftInput[] => [emptyTask()]);
  const [uploadProblem, setUploadProblem] = useState<string>();
  const [upload, setUpload] = useState<{ done: number; total: number; percent: number }>();
  const uploaded = useRef(new Map<string, TaskSpecInput["description"]>());
  const { submitTaskList, state } = useSubmitTaskList();

  const totalBps = tasks.reduce((sum, task) => {
    const weighting = weightingPercentSchema.safeParse(task.weighting);
    return sum + (weighting.success ? weighting.data : 0);
  }, 0);

  const update = (index: number, field: keyof TaskDraftInput, value: string) =>
    setTasks((current) => current.map((task, i) => (i === index ? { ...task, [field]: value } : task)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setUploadProblem(undefined);
    const drafts = attempt();
    if (!drafts) return;
    const specs: TaskSpecInput[] = [];
    try {
      for (const [index, task] of drafts.entries()) {
        const document: TaskDescriptionDocument = {
          kind: "scipio.task-description",
          version: 1,
          projectId: projectId.toString(),
          title: task.title,
          details: task.details,
        };
        const json = JSON.stringify(document);
        let description = uploaded.current.get(json);
        if (!description) {
          setUpload({ done: index, total: drafts.length, percent: 0 });
          const cid = await uploadEvidence(new File([json], `task-${index + 1}.json`, { type: "application/json" }), {
            onProgress: ({ loaded, total }) => setUpload({ done: index, total: drafts.length, percent: total ? (loaded / total) * 100 : 0 }),
          });
          description = cidToDigest(cid);
          uploaded.current.set(json, description);
        }
        specs.push({ description, weightingBps: task.weighting });
      }
    } catch (error) {
      setUploadProblem(`A task description could not be uploaded: ${error instanceof Error ? error.message : String(error)}`);
      return;
    } finally {
      setUpload(undefined);
    }
    const receipt = await submitTaskList(projectId, specs, own !== undefined);
    if (receipt) reset();
  }

  return (
    <Panel title={own ? `Replace my task list (#${own.id})` : "Propose a task list"} testId="task-list-editor">
      <p className="text-sm text-stone-600">
        Split the project into at most {MAX_TASKS} tasks and give each its share of the cost. The shares must total exactly 100%. Each
        task&apos;s description is published on IPFS; submitting also backs your list with your whole stake.
      </p>
      {own && (
        <button type="button" onClick={() => setTasks(own.tasks.map((task) => ({ ...task })))} className="text-sm text-teal-800 underline">
          Start from my current list
        </button>
      )}
      <form onSubmit={submit} noValidate className="space-y-4">
        <ol className="space-y-3">
          {tasks.map((task, index) => (
            <li key={index} className="rounded-md border border-stone-200 p-3" data-testid="task-row">
              <fieldset className="space-y-2">
                <legend className="text-sm font-semibold text-stone-800">Task {index + 1}</legend>
                <div className="grid gap-2 sm:grid-cols-[1fr_9rem]">
                  <TextField
                    label="Title"
                    value={task.title}
                    onChange={(value) => update(index, "title", value)}
                    problem={problems[`${index}.title`]}
                  />
                  <TextField
                    label="Share of cost"
                    unit="%"
                    inputMode="decimal"
                    value={task.weighting}
                    onChange={(value) => update(index, "weighting", value)}
                    problem={problems[`${index}.weighting`]}
                  />
                </div>
                <TextField
                  label="Details"
                  multiline
                  value={task.details}
                  onChange={(value) => update(index, "details", value)}
                  problem={problems[`${index}.details`]}
                />
                {tasks.length > 1 && (
                  <button
                    type="button"
                    onClick={() => setTasks((current) => current.filter((_, i) => i !== index))}
                    className="text-sm text-red-800 underline"
                  >
                    Remove task {index + 1}
                  </button>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <button
            type="button"
            disabled={tasks.length >= MAX_TASKS}
            onClick={() => setTasks((current) => [...current, emptyTask()])}
            className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-50 disabled:text-stone-400"
          >
            Add a task
          </button>
          <p
            data-testid="weighting-total"
            className={`text-sm tabular-nums ${totalBps === WEIGHTING_TOTAL_BPS ? "text-teal-800" : "text-stone-700"}`}
          >
            Total {(totalBps / 100).toFixed(2).replace(/\.?0+$/, "")}% of 100%
          </p>
        </div>
        <FormProblem testId="task-list-problem">{problems[""] ?? (attempted && !result.success && totalBps !== WEIGHTING_TOTAL_BPS ? describeWeightingTotal(totalBps) : undefined)}</FormProblem>
        <FormProblem testId="upload-problem">{uploadProblem}</FormProblem>
        {upload && (
          <p role="status" className="text-sm text-stone-700" data-testid="upload-progress">
            Uploading task descriptions: {upload.done + 1} of {upload.total} ({Math.round(upload.percent)}%)
          </p>
        )}
        <SubmitButton state={upload ? { status: "simulating" } : state}>{own ? "Replace my list" : "Submit task list"}</SubmitButton>
        <TransactionStatus state={state} />
      </form>
    </Panel>
  );
}
