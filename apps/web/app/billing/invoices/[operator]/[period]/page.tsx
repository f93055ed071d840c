import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getAddress, isAddress } from "viem";
import { IssueInvoiceIsland } from "@/components/operations/money-billing-islands";
import { formatEuro, formatIbt } from "@/components/operations/money-format";
import { InvoiceDocumentView } from "@/components/operations/money-invoice-view";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { Panel } from "@/components/ui/panel";
import { shortAddress } from "@/lib/format";
import { readInvoice } from "@/lib/reads/billing";
import { Figure } from "@/components/operations/money-figure";

type Params = Promise<{ operator: string; period: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { operator, period } = await params;
  return { title: `Invoice, period ${period}${isAddress(operator) ? `, ${shortAddress(operator)}` : ""}` };
}

export default async function InvoicePage({ params }: { params: Params }) {
  const { operator: operatorParam, period: periodParam } = await params;
  if (!isAddress(operatorParam) || !/^\d{1,9}$/.test(periodParam)) notFound();
  const operator = getAddress(operatorParam);
  const period = BigInt(periodParam);
  const read = await readInvoice(operator, period);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <PageLink href="/billing" className="text-teal-800 underline">
            Billing
          </PageLink>
        </p>
        <h1 className="text-2xl font-bold tracking-tight">
          Invoice of period {period.toString()}
        </h1>
        <p className="text-stone-600">
          Operator <span className="font-mono break-all">{operator}</span>
        </p>
      </div>
      {read.status === "ok" ? (
        read.invoice ? (
          <>
            <Panel title="On chain" testId="invoice-event">
              <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
                <Figure label="IBT received" value={formatIbt(read.invoice.ibtReceived, read.symbol)} testId="invoice-ibt" />
                <Figure label="Payments" value={read.invoice.payments.toString()} testId="invoice-payments" />
                <Figure label="Customers at the period's end" value={`${read.invoice.fibreCustomers} fibre, ${read.invoice.wifiCustomers} WiFi`} testId="invoice-customers" />
                <Figure label="CPR: deployment" value={formatEuro(read.invoice.deploymentContribution)} testId="invoice-deployment" />
                <Figure label="CPR: maintenance" value={formatEuro(read.invoice.maintenanceContribution)} testId="invoice-maintenance" />
                <Figure label="Issued by" value={shortAddress(read.invoice.issuer)} testId="invoice-issuer" />
              </dl>
              <p className="text-xs text-stone-600">
                Document CID <code className="font-mono break-all" data-testid="invoice-cid">{read.invoice.cid}</code>
              </p>
            </Panel>
            <Panel title="The per-customer document" testId="invoice-document">
              <InvoiceDocumentView operator={operator} period={period} cid={read.invoice.cid} symbol={read.symbol} deploymentBlock={read.deploymentBlock} />
            </Panel>
          </>
        ) : !read.hasTariff ? (
          <p role="status" className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700">
            This account has never set a tariff, so it bills nobody and has no invoices.
          </p>
        ) : !read.ended ? (
          <p role="status" className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700" data-testid="invoice-not-ended">
            Period {period.toString()} is {period === read.currentPeriod ? "still running" : "in the future"}: its invoice can be issued once it ends. So far{" "}
            {formatIbt(read.billing.ibtReceived, read.symbol)} received in {read.billing.payments} payment{read.billing.payments === 1 ? "" : "s"}.
          </p>
        ) : (
          <>
            <p className="text-sm text-stone-700">
              Not issued yet. In the period the operator received {formatIbt(read.billing.ibtReceived, read.symbol)} in {read.billing.payments} payment
              {read.billing.payments === 1 ? "" : "s"}.
            </p>
            <IssueInvoiceIsland operator={operator} period={period} deploymentBlock={read.deploymentBlock} />
          </>
        )
      ) : read.status === "before-genesis" ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700">No period has started yet.</p>
      ) : (
        <ChainUnavailableNotice read={read} contract="billing contract" />
      )}
    </div>
  );
}
