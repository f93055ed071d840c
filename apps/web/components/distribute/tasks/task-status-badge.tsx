import { TASK_STATUS_NAMES, taskStatusClass } from "./task-stages";

export function TaskStatusBadge({ status }: { status: number }) {
  const name = TASK_STATUS_NAMES[status] ?? "Open";
  return (
    <span data-testid="task-status" className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${taskStatusClass[name]}`}>
      {name}
    </span>
  );
}
