"use client";

import { useApproveDisputeFee, useDisputeFeeFunds, type TransactionState } from "@scipio/sdk/hooks";
import { checkUpload, cidToDigest, describeAllowedTypes, EVIDENCE_MAX_BYTES, formatFileSize, uploadEvidence, type OnChainCid } from "@scipio/sdk/ipfs";
import { disputeEvidenceDocumentSchema, disputeStatementSchema, type DisputeEvidenceDocument } from "@scipio/sdk/schemas";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import type { TransactionReceipt } from "viem";
import { useAccount } from "wagmi";
import { FormProblem, SubmitButton, TextField, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatEuro } from "./disputes-labels";

/** Uploads a JSON document through the app's upload route, as a file named after its kind. */
export async function uploadJsonDocument(document: object, name: string, onProgress?: (fraction: number) => void): Promise<string> {
  const file = new File([JSON.stringify(document, null, 2)], name, { type: "application/json" });
  return uploadEvidence(file, { onProgress: ({ loaded, total }) => onProgress?.(total > 0 ? loaded / total : 0) });
}

/**
 * The form every stage a party brings or matches goes through: a statement (and optionally a file) published as
 * a `scipio.dispute-evidence` document through `/api/evidence`, then the stage's deposit approved and the action
 * sent through the one transaction path. A deposit the account cannot make is refused before anything is sent or
 * uploaded; nothing typed is lost on a refusal or a failed transaction, and an uploaded document is not uploaded
 * again when only the transaction is retried.
 */
export function DisputeEvidenceForm({
  title,
  intro,
  about,
  fee,
  submitLabel,
  testId,
  state,
  send,
  check,
  children,
}: {
  title: string;
  intro: ReactNode;
  /** One line naming what the evidence is about, kept in the document. */
  about: string;
  /** The stage's deposit in settlement-token units. */
  fee: bigint;
  submitLabel: string;
  testId: string;
  /** The action's transaction state. */
  state: TransactionState;
  send(evidence: OnChainCid): Promise<TransactionReceipt | undefined>;
  /** A check of the caller's own fields (e.g. the subject picked); a message refuses the submission. */
  check?: () => string | undefined;
  children?: ReactNode;
}) {
  const { address } = useAccount();
  const funds = useDisputeFeeFunds(address);
  const approval = useApproveDisputeFee();
  const fileId = useId();
  const [text, setText] = useState("");
  const [attempted, setAttempted] = useState(false);
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  const [progress, setProgress] = useState<number>();
  const [uploaded, setUploaded] = useState<{ key: string; cid: string }>();
  const [working, setWorking] = useState(false);

  const statement = disputeStatementSchema.safeParse(text);
  const textProblem = attempted && !statement.success ? statement.error.issues[0]?.message : undefined;
  const uploadKey = `${about}\u0000${text}\u0000${file?.name ?? ""}:${file?.size ?? 0}`;

  const choose = (chosen: File | undefined) => {
    if (!chosen) return setFile(undefined);
    const checked = checkUpload(chosen);
    setProblem(checked.ok ? undefined : checked.message);
    setFile(checked.ok ? chosen : undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    const own = check?.();
    if (own) return setProblem(own);
    if (!statement.success) return setProblem(undefined);
    // Read fresh at the press: the balance may have changed outside the app since the page loaded.
    const [balance, allowance] = (await funds.refetch()).data ?? [funds.balance, funds.allowance];
    if (balance === undefined || allowance === undefined) return setProblem("Your settlement-token balance is still loading; try again in a moment.");
    if (balance < fee) {
      return setProblem(
        `The deposit for this stage is ${formatEuro(fee)} and this account holds ${formatEuro(balance)}. Get settlement tokens first (the demo euro's faucet on the local chain); your statement is kept.`,
      );
    }
    setProblem(undefined);
    setWorking(true);
    try {
      let cid = uploaded?.key === uploadKey ? uploaded.cid : undefined;
      if (!cid) {
        setProgress(0);
        let files: DisputeEvidenceDocument["files"];
        if (file) {
          const fileCid = await uploadEvidence(file, { onProgress: ({ loaded, total }) => setProgress(total > 0 ? (loaded / total) * 0.9 : 0) });
          files = [{ cid: fileCid, name: file.name, mediaType: file.type as NonNullable<DisputeEvidenceDocument["files"]>[number]["mediaType"], size: file.size }];
        }
        const document = disputeEvidenceDocumentSchema.safeParse({ kind: "scipio.dispute-evidence", version: 1, text: statement.data, about, files });
        if (!document.success) {
          setProgress(undefined);
          return setProblem(document.error.issues[0]?.message ?? "The evidence document is not valid");
        }
        cid = await uploadJsonDocument(document.data, "dispute-evidence.json", (fraction) => setProgress(0.9 + fraction * 0.1));
        setUploaded({ key: uploadKey, cid });
        setProgress(1);
      }
      if (allowance < fee) {
        if (!(await approval.approve(fee))) return;
        await funds.refetch();
      }
      const receipt = await send(cidToDigest(cid));
      if (receipt) {
        setText("");
        setFile(undefined);
        setAttempted(false);
        setUploaded(undefined);
        setProgress(undefined);
      }
    } catch (error) {
      setProgress(undefined);
      setProblem((error as Error).message);
    } finally {
      setWorking(false);
    }
  };

  const failed = approval.state.status === "failed" ? approval.state : state;
  return (
    <Panel title={title} testId={testId}>
      <form onSubmit={(event) => void submit(event)} className="space-y-3" noValidate>
        <div className="text-sm text-stone-700">{intro}</div>
        {children}
        <TextField label="Your statement" value={text} onChange={setText} multiline problem={textProblem} hint="What you claim, and what the resolver should look at." />
        <div>
          <label htmlFor={fileId} className="block text-sm font-medium text-stone-700">
            Supporting file (optional)
          </label>
          <input
            id={fileId}
            type="file"
            onChange={(event) => choose(event.target.files?.[0])}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-teal-700 file:bg-white file:px-3 file:py-1.5 file:font-semibold file:text-teal-800"
          />
          <p className="mt-1 text-xs text-stone-600">
            {describeAllowedTypes()}, at most {formatFileSize(EVIDENCE_MAX_BYTES)}. Published on IPFS with your statement.
          </p>
        </div>
        <p className="text-sm text-stone-700" data-testid="dispute-deposit">
          Deposit: <strong>{formatEuro(fee)}</strong>
          {funds.balance !== undefined && <> · you hold {formatEuro(funds.balance)}</>}
          {funds.allowance !== undefined && funds.allowance < fee && <> · the app asks you to approve it first</>}
        </p>
        <FormProblem testId="dispute-form-problem">{problem}</FormProblem>
        {progress !== undefined && (
          <div>
            <progress value={progress} max={1} className="w-full" aria-label="Upload progress" data-testid="upload-progress" />
            <p className="text-xs text-stone-600" data-testid="upload-status">
              {uploaded ? (
                <>
                  Evidence on IPFS: <span className="break-all font-mono">{uploaded.cid}</span>
                </>
              ) : (
                `Uploading… ${Math.round(progress * 100)}%`
              )}
            </p>
          </div>
        )}
        <SubmitButton state={approval.busy ? approval.state : state} disabled={working && !approval.busy && state.status === "idle"}>
          {submitLabel}
        </SubmitButton>
        <TransactionStatus state={failed} />
      </form>
    </Panel>
  );
}
