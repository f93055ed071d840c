"use client";

import { useExpense, useReviewExpense } from "@scipio/sdk/hooks";
import { uploadEvidence } from "@scipio/sdk/ipfs";
import { expenseRejectionDocumentSchema } from "@scipio/sdk/schemas/evidence";
import { useState, type FormEvent } from "react";
import { useAccount } from "wagmi";
import { ConnectPrompt } from "@/components/ui/connect-prompt";
import { SubmitButton, TextField, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";

export type VerdictProps = {
  expenseId: string;
  status: string;
  reviewing: boolean;
  seats: { slot: number; reviewer: string; verdict: string }[];
};

/**
 * The drawn reviewer's verdict: validate, or reject with a reason that is published on IPFS (its CID goes on
 * chain). Anyone else — the declarer visiting by URL included — is told why no verdict can be given, and sees no
 * controls. The declarer is read here only to compare it with the connected account; it is never shown.
 */
export default function ExpenseVerdict({ expenseId, status, reviewing, seats }: VerdictProps) {
  const id = BigInt(expenseId);
  const { address } = useAccount();
  const { expense } = useExpense(id);
  const me = address?.toLowerCase();
  const seat = seats.find((candidate) => candidate.reviewer.toLowerCase() === me);

  let reason: string | undefined;
  if (!address) reason = undefined;
  else if (expense === undefined) reason = "Checking whether you were drawn for this expense…";
  else if (expense.declarer.toLowerCase() === me) {
    reason = "You declared this expense. A declarer is never drawn to review its own expense, so you cannot give a verdict on it.";
  } else if (status !== "Pending") reason = `The expense is ${status}: it takes no more verdicts.`;
  else if (!reviewing) reason = "Its period's review window is over: it takes no more verdicts.";
  else if (!seat) {
    reason = seats.every((candidate) => /^0x0+$/.test(candidate.reviewer))
      ? "Its reviewers are not drawn yet, and only drawn reviewers give a verdict."
      : "You are not one of the three reviewers drawn for this expense: only they give a verdict.";
  } else if (seat.verdict !== "none") reason = `You have answered: you ${seat.verdict === "validate" ? "validated" : "rejected"} it.`;

  return (
    <Panel title="Your verdict" testId="verdict">
      {!address ? (
        <ConnectPrompt>Connect your wallet: if you were drawn to review this expense, you give your verdict here.</ConnectPrompt>
      ) : reason ? (
        <p className="text-sm text-stone-700" data-testid="no-verdict">
          {reason}
        </p>
      ) : (
        <VerdictControls expenseId={id} />
      )}
    </Panel>
  );
}

function VerdictControls({ expenseId }: { expenseId: bigint }) {
  const { validate, reject, state, available } = useReviewExpense();
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string>();
  const [progress, setProgress] = useState<number>();
  const [uploaded, setUploaded] = useState<{ reason: string; cid: string }>();

  const submitRejection = async (event: FormEvent) => {
    event.preventDefault();
    const document = expenseRejectionDocumentSchema.safeParse({ kind: "scipio.expense-rejection", version: 1, expenseId: expenseId.toString(), reason });
    if (!document.success) return setProblem(document.error.issues[0]?.message);
    setProblem(undefined);
    let cid = uploaded?.reason === document.data.reason ? uploaded.cid : undefined;
    if (!cid) {
      try {
        setProgress(0);
        const file = new File([JSON.stringify(document.data, null, 2)], "expense-rejection.json", { type: "application/json" });
        cid = await uploadEvidence(file, { onProgress: ({ loaded, total }) => setProgress(total > 0 ? loaded / total : 0) });
        setUploaded({ reason: document.data.reason, cid });
      } catch (error) {
        return setProblem((error as Error).message);
      } finally {
        setProgress(undefined);
      }
    }
    await reject(expenseId, cid);
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-700">
        You were drawn to review this expense. Validate it if the invoice is genuine, its amount and key match the declaration and the invoiced
        party is the declarer&apos;s entity; otherwise reject it and say why. Two matching verdicts decide; reviewers on the outcome&apos;s
        side earn the review fee.
      </p>
      <SubmitButton type="button" state={state} disabled={!available || progress !== undefined} onClick={() => void validate(expenseId)}>
        Validate the expense
      </SubmitButton>
      <form onSubmit={(event) => void submitRejection(event)} className="space-y-2" noValidate data-testid="reject-form">
        <TextField label="Reason for rejecting" value={reason} onChange={setReason} problem={problem} multiline hint="Published on IPFS with the rejection; the declarer reads it." />
        {progress !== undefined && <progress value={progress} max={1} className="w-full" aria-label="Upload progress" data-testid="upload-progress" />}
        <SubmitButton state={state} tone="danger" disabled={!available || progress !== undefined}>
          Reject with this reason
        </SubmitButton>
      </form>
      <TransactionStatus state={state} />
    </div>
  );
}
