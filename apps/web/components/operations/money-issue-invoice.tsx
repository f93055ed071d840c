"use client";

import { useIssueInvoice } from "@scipio/sdk/hooks";
import { useState } from "react";
import { createPublicClient, http, type Address } from "viem";
import { useAccount } from "wagmi";
import { useRuntimeConfig } from "@/components/runtime-config";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { FormProblem, SubmitButton, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { ProgressBar } from "@/components/ui/progress-bar";

/**
 * Issues an ended period's invoice: the browser rebuilds the document from the billing events (the sdk's
 * builder), uploads its canonical bytes to the evidence node, checks the node's CID is the one it computed,
 * then names that CID on chain through the one transaction path.
 */
export default function IssueInvoicePanel({ operator, period, deploymentBlock }: { operator: Address; period: bigint; deploymentBlock: bigint }) {
  const { address } = useAccount();
  const { rpcUrl, deployment } = useRuntimeConfig();
  const { issue, state, available } = useIssueInvoice();
  const [progress, setProgress] = useState<{ loaded: number; total: number } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  if (!address) {
    return (
      <ConnectPanel title="Issue the invoice" testId="issue-invoice">
        Anyone may issue this invoice now that the period has ended: connect a wallet to do it.
      </ConnectPanel>
    );
  }
  const billing = deployment.contracts.Billing;

  async function run() {
    if (!billing) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const [{ buildInvoiceDocument, invoiceDocumentCid, loadInvoiceInput, serializeInvoiceDocument }, { uploadEvidence }] = await Promise.all([
        import("@scipio/sdk/invoice"),
        import("@scipio/sdk/ipfs"),
      ]);
      const client = createPublicClient({ transport: http(rpcUrl) });
      const document = buildInvoiceDocument(await loadInvoiceInput(client, { billing, operator, period, fromBlock: deploymentBlock }));
      const cid = await invoiceDocumentCid(document);
      const file = new File([serializeInvoiceDocument(document)], `invoice-${operator}-${period}.json`, { type: "application/json" });
      const stored = await uploadEvidence(file, { onProgress: setProgress });
      if (stored !== cid) {
        setProblem(`The evidence node stored the document as ${stored}, but it is ${cid}: nothing was issued.`);
        return;
      }
      await issue(operator, period, cid);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Panel title="Issue the invoice" testId="issue-invoice">
      <p className="text-sm text-stone-700">
        Period {period.toString()} has ended, so anyone may issue its invoice. The document is rebuilt here from the billing contract&apos;s events, stored on
        the evidence node, and its CID named on chain.
      </p>
      {progress && <ProgressBar label="Document upload" value={BigInt(progress.loaded)} target={BigInt(Math.max(progress.total, 1))} detail={`${progress.loaded} of ${progress.total} bytes`} />}
      <SubmitButton type="button" state={state} disabled={!available || busy} onClick={() => void run()}>
        {busy && state.status === "idle" ? "Building the document…" : "Issue the invoice"}
      </SubmitButton>
      <FormProblem>{problem}</FormProblem>
      <TransactionStatus state={state} confirmed="Issued: the invoice and its document are on record." />
    </Panel>
  );
}
