import { formatChainTime } from "@/components/ui/time";
import type { PollView } from "../../_lib/task-reads";

/** The poll of a disputed task: its windows and, as votes are revealed, the tally (whole units). */
export function VoteTally({ poll, chainNow }: { poll: PollView; chainNow: bigint }) {
  const ended = chainNow > poll.revealEnd;
  const revealing = chainNow > poll.commitEnd && !ended;
  return (
    <section aria-labelledby="vote" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="vote-tally">
      <h2 id="vote" className="text-lg font-semibold">
        Vote
      </h2>
      <p className="text-sm text-stone-600">
        Commits close {formatChainTime(poll.commitEnd)}; reveals close {formatChainTime(poll.revealEnd)} (chain time).{" "}
        {ended ? "The vote is over." : revealing ? "Votes are being revealed." : "Votes are sealed until the reveal period."}
      </p>
      <table className="w-full text-sm">
        <caption className="sr-only">Revealed votes</caption>
        <thead>
          <tr className="text-left text-stone-600">
            <th scope="col" className="font-medium">
              Revealed
            </th>
            <th scope="col" className="font-medium">
              For (done)
            </th>
            <th scope="col" className="font-medium">
              Against
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          <tr>
            <th scope="row" className="text-left font-medium">
              Tokens (of {poll.totalTokens.toString()})
            </th>
            <td data-testid="tokens-for">{poll.tokensFor.toString()}</td>
            <td data-testid="tokens-against">{poll.tokensAgainst.toString()}</td>
          </tr>
          <tr>
            <th scope="row" className="text-left font-medium">
              REP (of {poll.totalReputation.toString()})
            </th>
            <td data-testid="reputation-for">{poll.reputationFor.toString()}</td>
            <td data-testid="reputation-against">{poll.reputationAgainst.toString()}</td>
          </tr>
        </tbody>
      </table>
      {(revealing || ended) && (
        <p className="text-sm font-medium" data-testid="vote-result">
          {!poll.quorum
            ? "No quorum yet: without it the side with the larger validation stake wins."
            : poll.passes
              ? "Quorum reached: the task is judged done."
              : "Quorum reached: the task is judged not done."}
        </p>
      )}
    </section>
  );
}
