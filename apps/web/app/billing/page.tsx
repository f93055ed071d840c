import type { Metadata } from "next";
import { IndexFreshnessNote } from "@/components/index-freshness";
import { BillingIsland } from "@/components/operations/money-billing-islands";
import { formatEuro, formatIbt } from "@/components/operations/money-format";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { formatChainTime } from "@/components/ui/time";
import { shortAddress } from "@/lib/format";
import { readBillingOverview } from "@/lib/reads/billing";

export const metadata: Metadata = { title: "Billing" };

export default async function BillingPage() {
  const read = await readBillingOverview();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Billing</h1>
        <p className="text-stone-600">
          Operators bill their fibre and WiFi customers in their own bandwidth token (IBT); customers pay through the billing contract, straight to the
          operator. Once a period ends anyone issues each operator&apos;s invoice, which states its contributions to the common pool resource.
        </p>
      </div>
      {read.status === "ok" ? (
        <>
          <p className="text-sm text-stone-700" data-testid="billing-period">
            Period {read.currentPeriod.toString()} is running until {formatChainTime(read.periodEndsAt)}. CPR contributions per customer and period: fibre{" "}
            {formatEuro(read.contributions.fibreDeployment)} deployment + {formatEuro(read.contributions.fibreMaintenance)} maintenance, WiFi{" "}
            {formatEuro(read.contributions.wifiDeployment)} + {formatEuro(read.contributions.wifiMaintenance)}.
          </p>
          <BillingIsland
            currentPeriod={read.currentPeriod}
            tariffs={read.tariffs}
            customers={read.customers}
            payments={read.payments}
            invoices={read.invoices}
            tokens={read.tokens}
          />
          <IndexFreshnessNote freshness={read.freshness} fallback="replayed from the billing contract's events" />
          <section aria-labelledby="tariffs-heading" className="space-y-3">
            <h2 id="tariffs-heading" className="text-lg font-semibold">
              Operators and tariffs
            </h2>
            {read.tariffs.length === 0 ? (
              <p className="rounded-lg border border-dashed border-stone-300 bg-white p-5 text-stone-700">No operator has set a tariff yet.</p>
            ) : (
              <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
                <table className="w-full min-w-[32rem] text-sm" data-testid="tariffs">
                  <caption className="sr-only">Each operator&apos;s tariff and customers</caption>
                  <thead className="bg-stone-50 text-left text-xs text-stone-600">
                    <tr>
                      <th scope="col" className="px-3 py-2 font-semibold">Operator</th>
                      <th scope="col" className="px-3 py-2 text-right font-semibold">Fibre / period</th>
                      <th scope="col" className="px-3 py-2 text-right font-semibold">WiFi / period</th>
                      <th scope="col" className="px-3 py-2 text-right font-semibold">Customers</th>
                      <th scope="col" className="px-3 py-2 text-right font-semibold">Received this period</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-stone-100">
                    {read.tariffs.map((tariff) => {
                      const customers = read.customers.filter((customer) => customer.operator === tariff.operator);
                      const received = read.payments.filter((payment) => payment.operator === tariff.operator).reduce((sum, payment) => sum + payment.amount, 0n);
                      return (
                        <tr key={tariff.operator} data-testid="tariff-row" data-operator={tariff.operator}>
                          <th scope="row" className="px-3 py-2 text-left font-mono font-normal">{shortAddress(tariff.operator)}</th>
                          <td className="px-3 py-2 text-right tabular-nums">{formatIbt(tariff.fibre, tariff.symbol)}</td>
                          <td className="px-3 py-2 text-right tabular-nums">{formatIbt(tariff.wifi, tariff.symbol)}</td>
                          <td className="px-3 py-2 text-right tabular-nums">
                            {customers.filter((customer) => customer.kind === "fibre").length} fibre, {customers.filter((customer) => customer.kind === "wifi").length} WiFi
                          </td>
                          <td className="px-3 py-2 text-right tabular-nums" data-testid="tariff-received">{formatIbt(received, tariff.symbol)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section aria-labelledby="invoices-heading" className="space-y-3">
            <h2 id="invoices-heading" className="text-lg font-semibold">
              Invoices issued
            </h2>
            {read.invoices.length === 0 ? (
              <p className="rounded-lg border border-dashed border-stone-300 bg-white p-5 text-stone-700">No invoice has been issued yet.</p>
            ) : (
              <ul className="grid gap-3 sm:grid-cols-2" data-testid="invoices">
                {read.invoices.map((invoice) => (
                  <li key={`${invoice.operator}-${invoice.period}`} className="space-y-1 rounded-lg border border-stone-200 bg-white p-4 text-sm" data-testid="invoice-card">
                    <PageLink href={`/billing/invoices/${invoice.operator}/${invoice.period}`} className="font-semibold text-teal-800 underline-offset-2 hover:underline">
                      Period {invoice.period.toString()}, operator <span className="font-mono">{shortAddress(invoice.operator)}</span>
                    </PageLink>
                    <p className="text-stone-700">
                      {formatIbt(invoice.ibtReceived)} received in {invoice.payments.toString()} payment{invoice.payments === 1n ? "" : "s"};{" "}
                      {invoice.fibreCustomers.toString()} fibre and {invoice.wifiCustomers.toString()} WiFi customers.
                    </p>
                    <p className="text-stone-700">
                      CPR: {formatEuro(invoice.deploymentContribution)} deployment + {formatEuro(invoice.maintenanceContribution)} maintenance.
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : read.status === "before-genesis" ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4 text-stone-700">Billing starts with the first period, {formatChainTime(read.genesis)}.</p>
      ) : (
        <ChainUnavailableNotice read={read} contract="billing contract" />
      )}
    </div>
  );
}
