"use client";

import { useReadPlcrVotingMaxEscrow } from "@scipio/sdk/abi/hooks";
import { useCapitalTokenBalance, useCommitVote, useContractAddress, useMyVote, useReputationBalance, useRevealVote, useSaltStore } from "@scipio/sdk/hooks";
import { voteFormSchema } from "@scipio/sdk/schemas";
import { useId, useState, type FormEvent } from "react";
import type { Address } from "viem";
import { FormProblem, SubmitButton, TextField, TransactionStatus, problemsByField } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatChainTime, formatDuration } from "@/components/ui/time";
import { formatAmount } from "@/lib/format";

type Poll = { pollId: bigint; commitEnd: bigint; revealEnd: bigint };

/**
 * The sealed vote on a disputed task: commit (the salt is saved in this browser first and offered as a file),
 * then reveal with the saved salt or with a salt file imported from the device the vote was cast on.
 */
export function VotePanel({ poll, account, now, excluded }: { poll: Poll; account: Address; now: number; excluded: boolean }) {
  const vote = useMyVote(poll.pollId, account);
  const committing = now <= Number(poll.commitEnd);
  const revealing = !committing && now <= Number(poll.revealEnd);
  const mine = vote.data;

  return (
    <Panel title="Your vote" testId="vote-panel">
      {excluded && <p className="text-sm text-stone-700">As this task&apos;s claimer you may not vote on it.</p>}
      {!excluded && committing && !mine?.committed && <CommitForm poll={poll} account={account} now={now} />}
      {!excluded && mine?.committed && !mine.revealed && (committing || revealing) && (
        <RevealForm poll={poll} account={account} revealing={revealing} now={now} />
      )}
      {mine?.revealed && (
        <p className="text-sm text-teal-800" data-testid="vote-revealed">
          Your vote is revealed: {mine.tokens.toString()} tokens and {mine.reputation.toString()} REP counted. Withdraw the escrow after{" "}
          {formatChainTime(poll.revealEnd)}.
        </p>
      )}
      {!committing && !revealing && !mine?.revealed && (
        <p className="text-sm text-stone-700">The vote is over{mine?.committed ? "; your unrevealed escrow can still be withdrawn" : ""}.</p>
      )}
      {revealing && !mine?.committed && !excluded && <p className="text-sm text-stone-700">Commits are closed; votes are being revealed.</p>}
    </Panel>
  );
}

function CommitForm({ poll, account, now }: { poll: Poll; account: Address; now: number }) {
  const [choice, setChoice] = useState<"for" | "against" | "">("");
  const [tokens, setTokens] = useState("");
  const [reputation, setReputation] = useState("");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const tokenBalance = useCapitalTokenBalance(account);
  const reputationBalance = useReputationBalance(account);
  const voting = useContractAddress("PlcrVoting");
  const maxEscrow = useReadPlcrVotingMaxEscrow({ address: voting, query: { enabled: voting !== undefined } });
  const { commit, state, available } = useCommitVote();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const schema = voteFormSchema({ tokens: tokenBalance.data ?? 0n, reputation: reputationBalance.data ?? 0n, maxEscrow: maxEscrow.data ?? 0n });
    const parsed = schema.safeParse({ choice, tokens, reputation });
    if (!parsed.success) return setProblems(problemsByField(parsed.error.issues));
    setProblems({});
    await commit({ pollId: poll.pollId, voter: account, support: parsed.data.choice === "for", tokens: parsed.data.tokens, reputation: parsed.data.reputation });
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-3" noValidate data-testid="commit-form">
      <p className="text-sm text-stone-700">
        Commits close in <strong className="tabular-nums">{formatDuration(Number(poll.commitEnd) - now)}</strong>. Your choice stays sealed until
        you reveal it; the escrow counts only once revealed and comes back after the vote, revealed or not.
      </p>
      <fieldset>
        <legend className="text-sm font-medium text-stone-700">Was the task done?</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(["for", "against"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="choice" value={value} checked={choice === value} onChange={() => setChoice(value)} />
              {value === "for" ? "Yes — vote for" : "No — vote against"}
            </label>
          ))}
        </div>
        {problems.choice && <p className="mt-1 text-sm text-red-700">{problems.choice}</p>}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Tokens to escrow"
          value={tokens}
          onChange={setTokens}
          unit="tokens"
          inputMode="decimal"
          problem={problems.tokens}
          hint={`Whole tokens; you hold ${tokenBalance.data === undefined ? "…" : formatAmount(tokenBalance.data)}.`}
        />
        <TextField
          label="Reputation to escrow"
          value={reputation}
          onChange={setReputation}
          unit="REP"
          inputMode="decimal"
          problem={problems.reputation}
          hint={`Whole REP; you hold ${reputationBalance.data === undefined ? "…" : formatAmount(reputationBalance.data)}.`}
        />
      </div>
      <SubmitButton state={state} disabled={!available}>
        Commit sealed vote
      </SubmitButton>
      <TransactionStatus state={state} />
    </form>
  );
}

function RevealForm({ poll, account, revealing, now }: { poll: Poll; account: Address; revealing: boolean; now: number }) {
  const { store, reveal, state, available } = useRevealVoteWithStore();
  const [, setVersion] = useState(0);
  const [problem, setProblem] = useState<string>();
  const [imported, setImported] = useState<string>();
  const fileId = useId();
  const sealed = store?.load(poll.pollId, account);

  const download = () => {
    if (!store) return;
    const url = URL.createObjectURL(new Blob([store.exportFile(account)], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `scipio-votes-${account.slice(0, 8)}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };

  const importFile = async (file: File | undefined) => {
    if (!file || !store) return;
    try {
      const count = store.importFile(await file.text());
      setProblem(undefined);
      setImported(`Imported ${count} sealed vote${count === 1 ? "" : "s"}.`);
      setVersion((version) => version + 1);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <div className="space-y-3" data-testid="reveal-form">
      <p className="text-sm text-stone-700" data-testid="vote-committed">
        Your vote is committed.{" "}
        {revealing ? (
          <>
            Reveal it before {formatChainTime(poll.revealEnd)} (chain time, in {formatDuration(Number(poll.revealEnd) - now)}) or it will not count.
          </>
        ) : (
          <>Reveals open {formatChainTime(poll.commitEnd)} (chain time). Keep the salt file to reveal from another device.</>
        )}
      </p>
      {sealed ? (
        <div className="flex flex-wrap gap-3">
          {revealing && (
            <SubmitButton type="button" state={state} disabled={!available} onClick={() => void reveal(poll.pollId, sealed.support, sealed.salt)}>
              Reveal vote ({sealed.support ? "for" : "against"})
            </SubmitButton>
          )}
          <button
            type="button"
            onClick={download}
            className="rounded-md border border-teal-700 px-4 py-2 font-semibold text-teal-800 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
          >
            Download salt file
          </button>
        </div>
      ) : (
        <div>
          <p className="text-sm text-amber-900">This browser does not hold the salt of your vote. Import the salt file saved when you voted.</p>
          <label htmlFor={fileId} className="mt-2 block text-sm font-medium text-stone-700">
            Salt file
          </label>
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            onChange={(event) => void importFile(event.target.files?.[0])}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-teal-700 file:bg-white file:px-3 file:py-1.5 file:font-semibold file:text-teal-800"
          />
        </div>
      )}
      {imported && <p className="text-sm text-teal-800">{imported}</p>}
      <FormProblem testId="salt-problem">{problem}</FormProblem>
      <TransactionStatus state={state} />
    </div>
  );
}

function useRevealVoteWithStore() {
  return { ...useRevealVote(), store: useSaltStore() };
}
