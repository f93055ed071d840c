"use client";

import { useEffect, useId, useState } from "react";
import type { Address } from "viem";
import { useRuntimeConfig } from "@/components/runtime-config";
import { shortAddress } from "@/lib/format";
import type { InvoiceCheckResult } from "./money-invoice-check";
import { formatIbt } from "./money-format";

type Props = { operator: Address; period: bigint; cid: string; symbol: string; deploymentBlock: bigint };

type Check = { status: "checking" } | { status: "done"; result: InvoiceCheckResult } | { status: "failed"; message: string };

/**
 * The invoice's per-customer document, checked in the browser: the gateway's bytes against the CID, and the
 * document rebuilt from the billing events against the CID the invoice names. The checker and the PDF writer
 * load only here (and the writer only on download), so the route's first load stays small.
 */
export function InvoiceDocumentView({ operator, period, cid, symbol, deploymentBlock }: Props) {
  const { rpcUrl, gatewayUrl, deployment } = useRuntimeConfig();
  const billing = deployment.contracts.Billing;
  const [check, setCheck] = useState<Check>({ status: "checking" });
  const [customer, setCustomer] = useState("");
  const [downloading, setDownloading] = useState(false);
  const customerSelect = useId();

  useEffect(() => {
    if (!billing) return;
    const controller = new AbortController();
    import("./money-invoice-check")
      .then(({ checkInvoiceInBrowser }) =>
        checkInvoiceInBrowser({ rpcUrl, gatewayUrl, billing, operator, period, fromBlock: deploymentBlock, cid, signal: controller.signal }),
      )
      .then((result) => {
        if (controller.signal.aborted) return;
        setCheck(result ? { status: "done", result } : { status: "failed", message: "The chain has no invoice event for this period." });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setCheck({ status: "failed", message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [billing, rpcUrl, gatewayUrl, operator, period, deploymentBlock, cid]);

  async function download(forCustomer: Address | undefined) {
    if (check.status !== "done") return;
    setDownloading(true);
    try {
      const { renderInvoicePdf } = await import("@scipio/sdk/invoice/pdf");
      const bytes = await renderInvoicePdf(check.result.document, { documentCid: cid, customer: forCustomer, ibtSymbol: symbol });
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = forCustomer ? `invoice-${operator}-${period}-${forCustomer}.pdf` : `invoice-${operator}-${period}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      setDownloading(false);
    }
  }

  if (check.status === "checking") {
    return (
      <p role="status" className="text-sm text-stone-600" data-testid="invoice-check" data-state="checking">
        Checking the document against its CID and rebuilding it from the billing events…
      </p>
    );
  }
  if (check.status === "failed") {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="invoice-check" data-state="failed">
        The invoice could not be checked: {check.message}
      </p>
    );
  }
  const { result } = check;
  const { document: invoice } = result;
  const verified = result.matches && result.stored.status === "verified";
  if (result.stored.status === "mismatch") {
    // A copy that is not the CID's is a forged document: show none of it and offer no PDF naming that CID.
    return (
      <div role="alert" data-testid="invoice-check" data-state="tampered" className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
        <p>
          <strong>The document the gateway serves does not match its CID</strong> <code className="font-mono break-all">{result.issuedCid}</code>: someone
          altered it on the way. Its per-customer figures and the PDF are withheld; the totals on chain above stand.
        </p>
        <p data-testid="invoice-mismatch-detail">{result.stored.message}</p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <div
        role="status"
        data-testid="invoice-check"
        data-state={verified ? "verified" : "mismatch"}
        className={`rounded-md border p-3 text-sm ${verified ? "border-teal-300 bg-teal-50 text-teal-950" : "border-red-300 bg-red-50 text-red-900"}`}
      >
        {verified ? (
          <p>
            <strong>Verified.</strong> The document the gateway serves is exactly the one its CID names, and rebuilding it from the billing contract&apos;s events
            gives the same CID.
          </p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {!result.matches && (
              <li>
                <strong>The CID on chain does not match the events.</strong> Rebuilt from the events the document is <code className="font-mono break-all">{result.rebuiltCid}</code>;
                the invoice names <code className="font-mono break-all">{result.issuedCid}</code>. The figures below are the rebuilt ones.
              </li>
            )}
            {result.stored.status !== "verified" && (
              <li>
                The stored document could not be confirmed: {result.stored.message}
              </li>
            )}
          </ul>
        )}
      </div>

      <div className="overflow-x-auto">
        <table className="w-full min-w-[32rem] text-sm" data-testid="invoice-lines">
          <caption className="mb-2 text-left text-sm font-semibold text-stone-900">Customers ({invoice.lines.length})</caption>
          <thead className="text-left text-xs text-stone-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-semibold">Customer</th>
              <th scope="col" className="py-1 pr-3 font-semibold">Kind</th>
              <th scope="col" className="py-1 pr-3 text-right font-semibold">Tariff</th>
              <th scope="col" className="py-1 pr-3 text-right font-semibold">Paid</th>
              <th scope="col" className="py-1 font-semibold">At the period&apos;s end</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {invoice.lines.map((line) => (
              <tr key={line.customer} data-testid="invoice-line" data-customer={line.customer}>
                <td className="py-2 pr-3 font-mono">{shortAddress(line.customer)}</td>
                <td className="py-2 pr-3">{line.kind === "fibre" ? "Fibre" : "WiFi"}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{formatIbt(BigInt(line.tariff), symbol)}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{formatIbt(BigInt(line.paid), symbol)}</td>
                <td className="py-2">{line.registeredAtEnd ? "customer" : "removed"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="flex flex-wrap items-end gap-3">
        <button
          type="button"
          onClick={() => void download(undefined)}
          disabled={downloading}
          className="rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:bg-stone-300 disabled:text-stone-600"
        >
          Download the invoice (PDF)
        </button>
        {invoice.lines.length > 0 && (
          <>
            {/* A plain select: the shared form controls import the sdk's hooks, which this route does not load. */}
            <div className="min-w-64">
              <label htmlFor={customerSelect} className="block text-sm font-medium text-stone-700">
                One customer&apos;s invoice
              </label>
              <select
                id={customerSelect}
                value={customer}
                onChange={(event) => setCustomer(event.target.value)}
                className="mt-1 w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-mono text-sm focus:outline-2 focus:outline-teal-700"
              >
                <option value="">Choose a customer</option>
                {invoice.lines.map((line) => (
                  <option key={line.customer} value={line.customer}>
                    {line.customer}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              onClick={() => void download(customer as Address)}
              disabled={downloading || customer === ""}
              className="rounded-md border border-teal-700 bg-white px-4 py-2 font-semibold text-teal-800 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:border-transparent disabled:bg-stone-300 disabled:text-stone-600"
            >
              Download the customer&apos;s invoice (PDF)
            </button>
          </>
        )}
      </div>
    </div>
  );
}
