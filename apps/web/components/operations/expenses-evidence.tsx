"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import type { Hex } from "viem";
import { useRuntimeConfig } from "@/components/runtime-config";
import type { CheckedDocument, EvidenceCheckMessage, EvidenceCheckRequest, InvoiceFile, Verified } from "./expenses-evidence-check";

const PdfPages = lazy(() => import("./expenses-pdf-pages"));

type ShownFile = InvoiceFile & { url: string };

export type ExpenseEvidenceProps = {
  expenseId: string;
  evidenceCid: string;
  /** The declarer's registered entity hash (zero when none); the declarer itself never reaches the page. */
  registeredEntityHash: Hex;
  /** The invoice key and amount the declaration carried on chain. */
  invoiceKey: Hex | undefined;
  amount: string;
};

/**
 * The evidence page's body: the evidence document and the invoice file, each fetched from the gateway as a trustless
 * CAR and shown only once every block is checked against its CID in this browser. A mismatch is flagged and the
 * data withheld. The metadata is compared with what the chain holds (amount, invoice key) and the invoiced party
 * with the declarer's registered entity, without naming either.
 */
export function ExpenseEvidence({ expenseId, evidenceCid, registeredEntityHash, invoiceKey, amount }: ExpenseEvidenceProps) {
  const { gatewayUrl } = useRuntimeConfig();
  const [document, setDocument] = useState<Verified<CheckedDocument>>({ status: "loading" });
  const [file, setFile] = useState<Verified<ShownFile>>({ status: "loading" });

  useEffect(() => {
    const worker = new Worker(new URL("./expenses-evidence.worker.ts", import.meta.url), { type: "module" });
    let url: string | undefined;
    worker.onmessage = ({ data }: MessageEvent<EvidenceCheckMessage>) => {
      if (data.kind === "document") return setDocument(data.result);
      const { result } = data;
      if (result.status !== "verified") return setFile(result);
      url = URL.createObjectURL(new Blob([result.value.bytes as Uint8Array<ArrayBuffer>], { type: result.value.type }));
      setFile({ status: "verified", value: { ...result.value, url } });
    };
    worker.onerror = () => {
      // The checker did not load (offline for a moment): nothing was verified, so nothing is shown.
      setDocument({ status: "unavailable", message: "The verifier did not load. Reload the page to try again." });
      setFile({ status: "unavailable", message: "No invoice file without its evidence document." });
    };
    const request: EvidenceCheckRequest = { evidenceCid, gateway: gatewayUrl, onChain: { registeredEntityHash, invoiceKey, amount: BigInt(amount) } };
    worker.postMessage(request);
    return () => {
      worker.terminate();
      if (url) URL.revokeObjectURL(url);
    };
  }, [evidenceCid, gatewayUrl, registeredEntityHash, invoiceKey, amount]);

  return (
    <div className="space-y-6">
      <section aria-labelledby="evidence-metadata" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="evidence-metadata">
        <h2 id="evidence-metadata" className="text-lg font-semibold">
          Invoice metadata
        </h2>
        <p className="text-xs break-all text-stone-600">
          Evidence document <span data-testid="evidence-cid">{evidenceCid}</span>
        </p>
        {document.status === "loading" && <p className="text-sm text-stone-600">Fetching and verifying the evidence document…</p>}
        {document.status === "mismatch" && <Mismatch what="evidence document" message={document.message} testId="document-mismatch" />}
        {document.status === "unavailable" && <p className="text-sm text-stone-700">The evidence document: {document.message}</p>}
        {document.status === "invalid" && (
          <p role="alert" data-testid="document-invalid" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <strong>The evidence is not a valid expense evidence document</strong> ({document.message}). Reject the expense: its
            declaration cannot be checked.
          </p>
        )}
        {document.status === "verified" && (
          <Metadata document={document.value} />
        )}
      </section>

      <section aria-labelledby="evidence-file" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="evidence-file">
        <h2 id="evidence-file" className="text-lg font-semibold">
          Invoice
        </h2>
        {document.status === "verified" && (
          <p className="text-xs break-all text-stone-600">
            File <span data-testid="file-cid">{document.value.fileCid}</span>
          </p>
        )}
        {file.status === "loading" && <p className="text-sm text-stone-600">Fetching and verifying the invoice file…</p>}
        {file.status === "mismatch" && <Mismatch what="invoice file" message={file.message} testId="file-mismatch" />}
        {(file.status === "unavailable" || file.status === "invalid") && <p className="text-sm text-stone-700" data-testid="file-unavailable">{file.message}</p>}
        {file.status === "verified" && (
          <>
            <p data-testid="file-verified" className="text-sm font-medium text-emerald-800">
              ✓ The file&apos;s bytes match its CID ({file.value.bytes.length.toLocaleString("en-US")} bytes, verified in this browser)
            </p>
            {file.value.kind === "image" ? (
              // eslint-disable-next-line @next/next/no-img-element -- a verified blob: URL, not an optimisable remote image
              <img src={file.value.url} alt={`The invoice of expense #${expenseId}`} className="max-h-[48rem] rounded border border-stone-200" data-testid="invoice-image" />
            ) : (
              <Suspense fallback={<p className="text-sm text-stone-600">Loading the PDF viewer…</p>}>
                <PdfPages bytes={file.value.bytes} label={`The invoice of expense #${expenseId}`} />
              </Suspense>
            )}
            <a href={file.value.url} download={`expense-${expenseId}-invoice.${file.value.kind === "pdf" ? "pdf" : file.value.type.split("/")[1]}`} className="text-sm text-teal-800 underline">
              Download the verified file
            </a>
          </>
        )}
      </section>
    </div>
  );
}

function Mismatch({ what, message, testId }: { what: string; message: string; testId: string }) {
  return (
    <p role="alert" data-testid={testId} className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <strong>The gateway returned data that does not match the {what}&apos;s CID.</strong> It is withheld: what the declaration points at
      cannot be shown. ({message})
    </p>
  );
}

const partyText = {
  matches: "✓ Matches the declarer's registered entity",
  differs: "✗ Does not match the declarer's registered entity",
  unregistered: "The declarer has no registered entity to compare with (operators and administrations need none)",
} as const;

function Metadata({ document }: { document: CheckedDocument }) {
  const { party, amountMatches, keyMatches } = document;
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2" data-testid="evidence-fields">
      <Fact label="Invoice number" testId="evidence-invoice-number">
        {document.invoiceNumber}
      </Fact>
      <Fact label="Issuer's tax id">{document.issuerTaxId}</Fact>
      <Fact label="Amount" testId="evidence-amount">
        {document.amount} {document.currency}{" "}
        <span className={amountMatches ? "text-emerald-800" : "text-red-800"} data-testid="amount-check">
          {amountMatches ? "✓ as declared on chain" : "✗ differs from the amount declared on chain"}
        </span>
      </Fact>
      <Fact label="Invoice date">{document.date}</Fact>
      <Fact label="Invoiced party" testId="invoiced-party">
        <span className={party === "differs" ? "text-red-800" : party === "matches" ? "text-emerald-800" : "text-stone-700"} data-party={party}>
          {partyText[party]}
        </span>
      </Fact>
      <Fact label="Invoice key" testId="invoice-key-check">
        <span className={keyMatches ? "text-emerald-800" : "text-red-800"}>
          {keyMatches ? "✓ Issuer and number match the declaration's key" : "✗ Issuer and number do not match the declaration's key: reject"}
        </span>
      </Fact>
    </dl>
  );
}

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-stone-600">{label}</dt>
      <dd className="font-medium" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
