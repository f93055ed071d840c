"use client";

import { useSubmitEvidence } from "@scipio/sdk/hooks";
import { checkUpload, cidToDigest, describeAllowedTypes, EVIDENCE_MAX_BYTES, formatFileSize, uploadEvidence } from "@scipio/sdk/ipfs";
import { useId, useState, type FormEvent } from "react";
import { FormProblem, SubmitButton, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { formatChainTime } from "@/components/ui/time";

/**
 * The claimer uploads its evidence through the app's upload route (real progress from the bytes sent), then
 * records the CID's digest on chain. A refused file is refused before anything is sent; an uploaded CID is
 * kept, so a failed transaction is retried without uploading again.
 */
export function EvidenceForm({ projectId, taskIndex, deadline }: { projectId: bigint; taskIndex: number; deadline: bigint }) {
  const inputId = useId();
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  const [progress, setProgress] = useState<number>();
  const [cid, setCid] = useState<string>();
  const { submitEvidence, state, available } = useSubmitEvidence();

  const choose = (chosen: File | undefined) => {
    setCid(undefined);
    setProgress(undefined);
    if (!chosen) return setFile(undefined);
    const check = checkUpload(chosen);
    setProblem(check.ok ? undefined : check.message);
    setFile(check.ok ? chosen : undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let uploaded = cid;
    if (!uploaded) {
      if (!file) return setProblem(`Choose the evidence file: ${describeAllowedTypes()}, at most ${formatFileSize(EVIDENCE_MAX_BYTES)}.`);
      setProblem(undefined);
      setProgress(0);
      try {
        uploaded = await uploadEvidence(file, { onProgress: ({ loaded, total }) => setProgress(total > 0 ? loaded / total : 0) });
      } catch (error) {
        setProgress(undefined);
        return setProblem((error as Error).message);
      }
      setCid(uploaded);
    }
    await submitEvidence(projectId, taskIndex, cidToDigest(uploaded));
  };

  const uploading = progress !== undefined && cid === undefined;
  return (
    <Panel title="Submit evidence" testId="evidence-form">
      <form onSubmit={(event) => void submit(event)} className="space-y-3" noValidate>
        <p className="text-sm text-stone-700">
          Upload what shows the task is done — {describeAllowedTypes()}, at most {formatFileSize(EVIDENCE_MAX_BYTES)} — before{" "}
          {formatChainTime(deadline)} (chain time). Validators will read it from IPFS, checked against its CID.
        </p>
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium text-stone-700">
            Evidence file
          </label>
          <input
            id={inputId}
            type="file"
            onChange={(event) => choose(event.target.files?.[0])}
            aria-invalid={problem !== undefined}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-teal-700 file:bg-white file:px-3 file:py-1.5 file:font-semibold file:text-teal-800"
          />
        </div>
        <FormProblem testId="evidence-problem">{problem}</FormProblem>
        {progress !== undefined && (
          <div>
            <progress value={progress} max={1} className="w-full" aria-label="Upload progress" data-testid="upload-progress" />
            <p className="text-xs text-stone-600" data-testid="upload-status">
              {cid ? (
                <>
                  Uploaded: <span className="break-all">{cid}</span>
                </>
              ) : (
                `Uploading… ${Math.round(progress * 100)}%`
              )}
            </p>
          </div>
        )}
        <SubmitButton state={state} disabled={!available || uploading}>
          {cid ? "Submit evidence on chain" : "Upload and submit evidence"}
        </SubmitButton>
        <TransactionStatus state={state} />
      </form>
    </Panel>
  );
}
