import type { ReactNode } from "react";
import { PageLink } from "@/components/page-link";
import { Panel } from "./panel";

/**
 * A titled list that leads to the full one: the read's unavailable notice when it failed, `empty` when there is
 * nothing to list, else the `items` (`<li>`s), and a link under it all ("All auctions", "Register a node").
 */
export function ListPanel({
  title,
  testId,
  unavailable,
  items,
  empty,
  link,
  listClassName = "space-y-2 text-sm",
}: {
  title: string;
  testId?: string;
  unavailable?: ReactNode;
  items: readonly ReactNode[];
  empty: string;
  link: { href: string; label: string };
  listClassName?: string;
}) {
  return (
    <Panel title={title} testId={testId}>
      {unavailable ? unavailable : items.length === 0 ? <p className="text-sm text-stone-700">{empty}</p> : <ul className={listClassName}>{items}</ul>}
      <p className="text-sm">
        <PageLink href={link.href} className="text-teal-800 underline">
          {link.label}
        </PageLink>
      </p>
    </Panel>
  );
}
