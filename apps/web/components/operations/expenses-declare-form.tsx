"use client";

import { expenseLedgerAbi } from "@scipio/sdk/abi";
import { useContractAddress, useDeclareExpense } from "@scipio/sdk/hooks";
import { checkUpload, digestToCid, EVIDENCE_MAX_BYTES, formatFileSize, uploadEvidence } from "@scipio/sdk/ipfs";
import { EXPENSE_STATUSES } from "@scipio/sdk/protocol";
import { expenseEvidenceFormSchema, invoiceKeyOf } from "@scipio/sdk/schemas";
import { expenseEvidenceDocumentSchema, type ExpenseEvidenceDocument } from "@scipio/sdk/schemas/evidence";
import { useId, useState, type FormEvent } from "react";
import { parseEventLogs } from "viem";
import { useAccount, useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import { FormProblem, problemsByField, SelectField, SubmitButton, TextField, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";

/** An invoice is a document or a picture: the evidence allow-list without JSON and plain text. */
const INVOICE_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"];
const INVOICE_TYPES_IN_WORDS = "a PDF, PNG, JPEG or WebP file";
/** Stands in for the file's CID while the metadata is checked before anything is uploaded. */
const PLACEHOLDER_CID = digestToCid(`0x${"11".repeat(32)}`, "raw");
const PLACEHOLDER_HASH = `0x${"22".repeat(32)}`;
/** Statuses in which an invoice's key is taken (`ExpenseInvoiceKeyTaken`), as far as the page can tell. */
const KEY_TAKEN = new Set(["Pending", "Validated", "Rejected", "Disputed"]);

type Fields = { invoiceNumber: string; issuerTaxId: string; invoicedPartyTaxId: string; amount: string; currency: string; date: string };
const EMPTY: Fields = { invoiceNumber: "", issuerTaxId: "", invoicedPartyTaxId: "", amount: "", currency: "EUR", date: "" };

type Upload = { step: "file" | "document"; progress: number };

export type DeclareFormProps = {
  deposit: string;
  reviewFee: string;
  openPeriods: { period: string; label: string; endsAt: string }[];
  refusals: string[];
};

/**
 * Declares an expense: the invoice file is checked (size, type) when chosen, the metadata with the sdk's evidence
 * schema before anything is uploaded; then the file and the evidence document go to IPFS through the upload route
 * (one progress bar), then the deposit's approval and the declaration through the one transaction path. Uploaded
 * CIDs are kept, so a refused transaction is retried without uploading again; nothing typed is lost.
 */
export default function DeclareExpenseForm({ deposit, reviewFee, openPeriods, refusals }: DeclareFormProps) {
  const fileInput = useId();
  const config = useConfig();
  const { address } = useAccount();
  const ledger = useContractAddress("ExpenseLedger");
  const { declare, state, available, deposit: depositUnits } = useDeclareExpense();
  const [fileKey, setFileKey] = useState(0);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [period, setPeriod] = useState(openPeriods[0]?.period ?? "");
  const [file, setFile] = useState<File>();
  const [fileProblem, setFileProblem] = useState<string>();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string>();
  const [upload, setUpload] = useState<Upload>();
  const [fileCid, setFileCid] = useState<string>();
  // The evidence document's CID for the exact JSON uploaded: edited metadata means a new document.
  const [evidence, setEvidence] = useState<{ json: string; cid: string }>();
  const [declared, setDeclared] = useState<bigint>();

  const set = (name: keyof Fields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));

  const choose = (chosen: File | undefined) => {
    setFileCid(undefined);
    setEvidence(undefined);
    setUpload(undefined);
    if (!chosen) return setFile(undefined);
    const check = checkUpload(chosen);
    const message = !check.ok
      ? check.reason === "type-not-allowed"
        ? `The file is ${chosen.type || "of an unknown type"}; an invoice must be ${INVOICE_TYPES_IN_WORDS}.`
        : check.message
      : INVOICE_TYPES.includes(check.mediaType)
        ? undefined
        : `The file is ${check.mediaType}; an invoice must be ${INVOICE_TYPES_IN_WORDS}.`;
    setFileProblem(message);
    setFile(message ? undefined : chosen);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setDeclared(undefined);
    // 1. The metadata, with a stand-in CID: nothing is uploaded while it has a problem.
    const checked = expenseEvidenceFormSchema.safeParse({ ...fields, fileCid: fileCid ?? PLACEHOLDER_CID });
    if (checked.success) setProblems({});
    else {
      // The form schema stops at the invoiced party's tax id when that fails; the document's fields are checked too,
      // so every field's problem shows at once.
      const { invoicedPartyTaxId, ...rest } = fields;
      void invoicedPartyTaxId;
      const document = expenseEvidenceDocumentSchema.safeParse({ kind: "scipio.expense-evidence", version: 1, ...rest, invoicedPartyHash: PLACEHOLDER_HASH, fileCid: PLACEHOLDER_CID });
      setProblems({ ...(document.success ? {} : problemsByField(document.error.issues)), ...problemsByField(checked.error.issues) });
    }
    if (!file && !fileCid) setFileProblem(`Choose the invoice: ${INVOICE_TYPES_IN_WORDS}, at most ${formatFileSize(EVIDENCE_MAX_BYTES)}.`);
    if (!checked.success || (!file && !fileCid)) return;
    if (!period) return setProblem("No period takes declarations right now.");
    if (!address || !ledger) return;
    if (depositUnits === undefined) return setProblem("Still reading the deposit from the chain: try again in a moment.");

    // 2. A duplicate invoice is refused by the chain: say so before uploading.
    const key = invoiceKeyOf(checked.data.issuerTaxId, checked.data.invoiceNumber);
    const existing = await readContract(config, { address: ledger, abi: expenseLedgerAbi, functionName: "expenseOfInvoice", args: [key] });
    if (existing !== 0n) {
      const prior = await readContract(config, { address: ledger, abi: expenseLedgerAbi, functionName: "getExpense", args: [existing] });
      const status = EXPENSE_STATUSES[prior.status] ?? "None";
      if (KEY_TAKEN.has(status)) {
        return setProblem(`Invoice ${checked.data.invoiceNumber} of issuer ${checked.data.issuerTaxId} already backs expense #${existing} (${status}): an invoice is declared once.`);
      }
    }

    // 3. The file, then the evidence document, each uploaded once.
    let uploadedFile = fileCid;
    try {
      if (!uploadedFile) {
        setUpload({ step: "file", progress: 0 });
        uploadedFile = await uploadEvidence(file!, { onProgress: ({ loaded, total }) => setUpload({ step: "file", progress: total > 0 ? loaded / total : 0 }) });
        setFileCid(uploadedFile);
      }
      const document: ExpenseEvidenceDocument = expenseEvidenceFormSchema.parse({ ...fields, fileCid: uploadedFile });
      const json = JSON.stringify(document, null, 2);
      let evidenceCid = evidence?.json === json ? evidence.cid : undefined;
      if (!evidenceCid) {
        setUpload({ step: "document", progress: 0 });
        const documentFile = new File([json], "expense-evidence.json", { type: "application/json" });
        evidenceCid = await uploadEvidence(documentFile, {
          onProgress: ({ loaded, total }) => setUpload({ step: "document", progress: total > 0 ? loaded / total : 0 }),
        });
        setEvidence({ json, cid: evidenceCid });
      }
      setUpload(undefined);

      // 4. The deposit's approval (when short) and the declaration.
      const receipt = await declare(address, document, evidenceCid, BigInt(period));
      if (!receipt) return;
      const [log] = parseEventLogs({ abi: expenseLedgerAbi, eventName: "ExpenseDeclared", logs: receipt.logs });
      setDeclared(log?.args.expenseId);
      setFields(EMPTY);
      setFile(undefined);
      setFileKey((key) => key + 1);
      setFileCid(undefined);
      setEvidence(undefined);
    } catch (error) {
      setUpload(undefined);
      setProblem((error as Error).message);
    }
  };

  const uploading = upload !== undefined;
  return (
    <Panel title="Declare an expense" testId="declare-expense">
      <form onSubmit={(event) => void submit(event)} className="space-y-3" noValidate>
        <p className="text-sm text-stone-700">
          Declaring deposits <strong data-testid="declare-deposit">{deposit}</strong> (held until the review decides, then paid back unless the
          rejection becomes final). Three peers are drawn to review it; each reviewer on the outcome&apos;s side earns the review fee of{" "}
          <strong data-testid="declare-review-fee">{reviewFee}</strong>. The invoice and its metadata are published on IPFS; the invoiced party is
          published only as a hash of its tax id.
        </p>
        {refusals.length > 0 && (
          <ul role="alert" data-testid="declare-refusals" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            {refusals.map((refusal) => (
              <li key={refusal}>{refusal}</li>
            ))}
          </ul>
        )}
        <div>
          <label htmlFor={fileInput} className="block text-sm font-medium text-stone-700">
            Invoice file
          </label>
          <input
            key={fileKey}
            id={fileInput}
            type="file"
            accept={INVOICE_TYPES.join(",")}
            onChange={(event) => choose(event.target.files?.[0])}
            aria-invalid={fileProblem !== undefined}
            aria-describedby={`${fileInput}-message`}
            className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-teal-700 file:bg-white file:px-3 file:py-1.5 file:font-semibold file:text-teal-800"
          />
          <p id={`${fileInput}-message`} data-testid="invoice-file-message" className={`mt-1 min-h-5 text-sm ${fileProblem ? "text-red-700" : "text-stone-500"}`}>
            {fileProblem ?? (fileCid ? `Uploaded: ${fileCid}` : `${INVOICE_TYPES_IN_WORDS}, at most ${formatFileSize(EVIDENCE_MAX_BYTES)}`)}
          </p>
        </div>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField label="Invoice number" value={fields.invoiceNumber} onChange={set("invoiceNumber")} problem={problems.invoiceNumber} name="invoiceNumber" />
          <TextField label="Issuer's tax id" value={fields.issuerTaxId} onChange={set("issuerTaxId")} problem={problems.issuerTaxId} hint="Who issued the invoice, e.g. B12345678" name="issuerTaxId" />
          <TextField
            label="Invoiced party's tax id"
            value={fields.invoicedPartyTaxId}
            onChange={set("invoicedPartyTaxId")}
            problem={problems.invoicedPartyTaxId}
            hint="Your entity's; published only as its hash"
            name="invoicedPartyTaxId"
          />
          <TextField label="Amount" value={fields.amount} onChange={set("amount")} problem={problems.amount} inputMode="decimal" unit={fields.currency || "EUR"} name="amount" />
          <TextField label="Currency" value={fields.currency} onChange={set("currency")} problem={problems.currency} hint="Expenses are settled in EUR" name="currency" />
          <TextField label="Invoice date" value={fields.date} onChange={set("date")} problem={problems.date} placeholder="YYYY-MM-DD" name="date" />
          <SelectField
            label="Period"
            value={period}
            onChange={setPeriod}
            options={openPeriods.map((open) => ({ value: open.period, label: open.label }))}
            hint={openPeriods.find((open) => open.period === period)?.endsAt}
          />
        </div>
        <FormProblem testId="declare-problem">{problem}</FormProblem>
        {upload && (
          <div>
            <progress value={upload.progress} max={1} className="w-full" aria-label="Upload progress" data-testid="upload-progress" />
            <p className="text-xs text-stone-600" data-testid="upload-status">
              {upload.step === "file" ? "Uploading the invoice" : "Uploading the evidence document"}… {Math.round(upload.progress * 100)}%
            </p>
          </div>
        )}
        <SubmitButton state={state} disabled={!available || uploading || openPeriods.length === 0}>
          {evidence ? "Declare the expense" : "Upload and declare"}
        </SubmitButton>
        <TransactionStatus
          state={state}
          confirmed={
            declared !== undefined ? (
              <span data-testid="declared-expense">
                Declared as expense #{declared.toString()}. Its reviewers are drawn from the next block: draw them below when it is due.
              </span>
            ) : undefined
          }
        />
      </form>
    </Panel>
  );
}
