import { addressSchema } from "@scipio/sdk/schemas";
import type { Metadata } from "next";
import type { Address } from "viem";
import { IndexFreshnessNote } from "@/components/index-freshness";
import { ExpensesAccountIsland } from "@/components/operations/expenses-account-island";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { Panel } from "@/components/ui/panel";
import { formatChainTime, formatDuration } from "@/components/ui/time";
import { formatEuro, readReviewQueue } from "@/lib/reads/expenses";

export const metadata: Metadata = { title: "Reviews" };

type SearchParams = Promise<{ account?: string }>;

export default async function ReviewsPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = addressSchema.safeParse((await searchParams).account ?? "");
  const account = parsed.success ? parsed.data : undefined;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Reviews</h1>
        <p className="mt-1 max-w-2xl text-stone-600">
          The expenses you were drawn to review and have not answered yet. Each evidence page shows the invoice checked against its CID; the
          declarer is not shown. Answer before your window ends, or anyone may replace you.
        </p>
      </div>
      <ExpensesAccountIsland path="/reviews" account={account} what="the reviews drawn for you" />
      {account && <Queue account={account} />}
    </div>
  );
}

async function Queue({ account }: { account: Address }) {
  const read = await readReviewQueue(account);
  if (read.status !== "ok") return <ChainUnavailableNotice read={read} contract="expense ledger" />;
  return (
    <Panel title="Drawn for you" testId="review-queue">
      <IndexFreshnessNote freshness={read.freshness} fallback="read from the chain's newest 200 expenses" />
      {read.items.length === 0 ? (
        <p className="text-sm text-stone-700" data-testid="review-queue-empty">
          Nothing to review: no expense drawn for this account is waiting for its verdict.
        </p>
      ) : (
        <ul className="divide-y divide-stone-200">
          {read.items.map((item) => {
            const left = Number(item.answerBy - read.chainNow);
            return (
              <li key={item.expenseId.toString()} className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid="review-item" data-expense-id={item.expenseId.toString()}>
                <div>
                  <PageLink href={`/reviews/${item.expenseId}`} className="font-semibold text-teal-800 underline">
                    Expense #{item.expenseId.toString()}
                  </PageLink>{" "}
                  <span className="text-sm text-stone-700">
                    · period {item.period.toString()} · {formatEuro(item.amount)} · reviewer seat {item.slot + 1}
                  </span>
                </div>
                <p className="text-sm text-stone-700" data-testid="review-deadline">
                  {left > 0 ? (
                    <>
                      Answer by {formatChainTime(item.answerBy)} <span className="text-stone-600">({formatDuration(left)} left)</span>
                    </>
                  ) : (
                    <strong className="text-red-800">Your window ended {formatChainTime(item.answerBy)}: anyone may replace you</strong>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
