import { addressSchema } from "@scipio/sdk/schemas";
import type { Metadata } from "next";
import type { Address } from "viem";
import { IndexFreshnessNote } from "@/components/index-freshness";
import { ExpensesAccountIsland } from "@/components/operations/expenses-account-island";
import { ExpenseChainActionsIsland } from "@/components/operations/expenses-chain-actions-island";
import { DeclareExpenseIsland } from "@/components/operations/expenses-declare-island";
import { chainActionsProps, ExpenseStatusBadge, periodOption, ReviewerSeats } from "@/components/operations/expenses-status";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { Panel } from "@/components/ui/panel";
import { formatChainTime } from "@/components/ui/time";
import { formatEuro, readDeclareContext, readMyExpenses, type MyExpense } from "@/lib/reads/expenses";

export const metadata: Metadata = { title: "Expenses" };

type SearchParams = Promise<{ account?: string }>;

export default async function ExpensesPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = addressSchema.safeParse((await searchParams).account ?? "");
  const account = parsed.success ? parsed.data : undefined;
  const context = await readDeclareContext(account);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Expenses</h1>
        <p className="mt-1 max-w-2xl text-stone-600">
          Operators, public administrations and approved investors declare each period&apos;s costs with their invoice. Three drawn peers
          check the evidence; two matching verdicts decide, and a validated expense counts in the period&apos;s{" "}
          <PageLink href="/compensation" className="text-teal-800 underline">
            compensation table
          </PageLink>
          .
        </p>
      </div>
      <ExpensesAccountIsland path="/expenses" account={account} what="your expenses" />
      {context.status !== "ok" ? (
        <ChainUnavailableNotice read={context} contract="expense ledger" />
      ) : (
        <DeclareExpenseIsland
          deposit={formatEuro(context.deposit)}
          reviewFee={formatEuro(context.reviewFee)}
          openPeriods={context.openPeriods.map(({ period, phase, endsAt }) => periodOption(period, phase, endsAt))}
          refusals={context.account?.refusals ?? []}
        />
      )}
      {account && <MyExpenses account={account} />}
    </div>
  );
}

async function MyExpenses({ account }: { account: Address }) {
  const read = await readMyExpenses(account);
  if (read.status !== "ok") return <ChainUnavailableNotice read={read} contract="expense ledger" />;
  const periods = [...new Set(read.expenses.map((expense) => expense.period))];
  return (
    <Panel title="My expenses" testId="my-expenses">
      <IndexFreshnessNote freshness={read.freshness} fallback="read from the chain's newest 200 expenses" />
      {read.expenses.length === 0 ? (
        <p className="text-sm text-stone-700" data-testid="my-expenses-empty">
          No expense declared by this account yet.
        </p>
      ) : (
        periods.map((period) => (
          <section key={period.toString()} aria-labelledby={`period-${period}`} className="space-y-3">
            <h3 id={`period-${period}`} className="font-semibold">
              Period {period.toString()}
            </h3>
            <ul className="space-y-3">
              {read.expenses
                .filter((expense) => expense.period === period)
                .map((expense) => (
                  <ExpenseRow key={expense.id.toString()} expense={expense} chainNow={read.chainNow} />
                ))}
            </ul>
          </section>
        ))
      )}
    </Panel>
  );
}

const outcome: Record<string, string> = {
  Pending: "Waiting for two matching verdicts.",
  Validated: "Validated: credited in the compensation table.",
  Rejected: "Rejected by two reviewers: you may dispute the rejection at the court within 14 days.",
  Disputed: "The rejection is disputed at the court.",
  Lapsed: "Still undecided when the review window ended: it counts nowhere and the deposit goes back.",
  Forfeited: "The rejection is final: the deposit went to the platform.",
  Dismissed: "The dispute tied: the rejection stands, the deposit goes back.",
};

function ExpenseRow({ expense, chainNow }: { expense: MyExpense; chainNow: bigint }) {
  return (
    <li className="space-y-2 rounded-md border border-stone-200 p-3" data-testid="my-expense" data-expense-id={expense.id.toString()}>
      <div className="flex flex-wrap items-center gap-3">
        <PageLink href={`/reviews/${expense.id}`} className="font-semibold text-teal-800 underline">
          Expense #{expense.id.toString()}
        </PageLink>
        <span className="tabular-nums" data-testid="expense-amount">
          {formatEuro(expense.amount)}
        </span>
        <ExpenseStatusBadge status={expense.status} />
        <span className="text-sm text-stone-600">
          {expense.validations} validated · {expense.rejections} rejected
        </span>
      </div>
      <p className="text-sm text-stone-700">{outcome[expense.status]}</p>
      <ReviewerSeats seats={expense.seats} chainNow={chainNow} />
      {expense.reasons.length > 0 && (
        <div data-testid="rejection-reasons">
          <p className="text-sm font-medium">Reasons given</p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {expense.reasons.map((reason) => (
              <li key={reason.cid} data-testid="rejection-reason">
                {reason.reason ?? <span className="text-stone-600">The reason document ({reason.cid}) could not be read from IPFS.</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-sm text-stone-600" data-testid="deposit-state">
        Deposit:{" "}
        {expense.depositReleased
          ? "released"
          : expense.status === "Pending" || expense.status === "Rejected" || expense.status === "Disputed"
            ? "held until the outcome is final"
            : "due to be paid out"}
        {expense.status === "Rejected" && expense.rejectedAt > 0n && ` (rejected ${formatChainTime(expense.rejectedAt)})`}
      </p>
      <DisputeLink expense={expense} chainNow={chainNow} />
      <ExpenseChainActionsIsland {...chainActionsProps(expense, chainNow)} />
    </li>
  );
}

/**
 * Where the declarer takes a rejection to the court: the open-dispute form with this expense picked (while its
 * dispute window runs), or the dispute's own page once one has been opened about it.
 */
function DisputeLink({ expense, chainNow }: { expense: MyExpense; chainNow: bigint }) {
  if (expense.disputeId !== undefined) {
    return (
      <p className="text-sm">
        <PageLink href={`/disputes/${expense.disputeId}`} className="font-medium text-teal-800 underline" data-testid="expense-dispute-link">
          {expense.status === "Disputed" ? `Follow its dispute #${expense.disputeId}` : `Its dispute #${expense.disputeId}`}
        </PageLink>
      </p>
    );
  }
  if (expense.status !== "Rejected" || expense.disputableUntil === undefined || expense.disputableUntil <= chainNow) return null;
  return (
    <p className="text-sm">
      <PageLink href={`/disputes?subject=expense:${expense.id}#open-dispute`} className="font-medium text-teal-800 underline" data-testid="expense-dispute-link">
        Contest in a dispute
      </PageLink>{" "}
      <span className="text-stone-600">(until {formatChainTime(expense.disputableUntil)})</span>
    </p>
  );
}
