import type { ListPage } from "@scipio/sdk/indexer";
import { PageLink } from "@/components/page-link";

type Cursor = { before: string } | { after: string };

/**
 * Previous / next links over the indexer's cursors (Ponder pages by cursor, not by number). Renders nothing
 * when the list fits on one page; a side without a page is shown dimmed so the links do not jump.
 */
export function CursorPager({ pageInfo, href, testId }: { pageInfo: ListPage<unknown>["pageInfo"]; href: (cursor: Cursor) => string; testId: string }) {
  if (!pageInfo.hasNextPage && !pageInfo.hasPreviousPage) return null;
  const previous = pageInfo.hasPreviousPage && pageInfo.startCursor ? href({ before: pageInfo.startCursor }) : undefined;
  const next = pageInfo.hasNextPage && pageInfo.endCursor ? href({ after: pageInfo.endCursor }) : undefined;
  const link = "rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium text-teal-800 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-teal-700";
  const off = "rounded-md border border-stone-200 px-3 py-1.5 text-stone-500";
  return (
    <nav aria-label="Pages" className="flex items-center gap-3 text-sm" data-testid={testId}>
      {previous ? (
        <PageLink href={previous} className={link} rel="prev">
          ← Previous
        </PageLink>
      ) : (
        <span className={off} aria-hidden>
          ← Previous
        </span>
      )}
      {next ? (
        <PageLink href={next} className={link} rel="next">
          Next →
        </PageLink>
      ) : (
        <span className={off} aria-hidden>
          Next →
        </span>
      )}
    </nav>
  );
}
