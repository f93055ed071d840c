import { stageBadgeClass, stageName } from "@/app/projects/_lib/stages";

export function StageBadge({ stage }: { stage: number }) {
  const name = stageName(stage);
  return (
    <span data-testid="stage-badge" className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${stageBadgeClass[name]}`}>
      {name}
    </span>
  );
}
