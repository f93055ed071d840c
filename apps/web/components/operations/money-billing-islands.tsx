"use client";

import { lazy } from "react";
import type { Address } from "viem";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { WalletIsland } from "@/components/wallet/wallet-root";
import type { CustomerView, InvoiceView, PaymentView, TariffView } from "@/lib/reads/billing";

const BillingPanels = lazy(() => import("./money-billing-panels"));
const IssueInvoicePanel = lazy(() => import("./money-issue-invoice"));

export type BillingIslandProps = {
  currentPeriod: bigint;
  tariffs: TariffView[];
  customers: CustomerView[];
  payments: PaymentView[];
  invoices: InvoiceView[];
  tokens: { address: Address; symbol: string; operator: Address }[];
};

/** The viewer's billing: as an operator (tariff, customers, payments received) and as a customer (pay). */
export function BillingIsland(props: BillingIslandProps) {
  return (
    <WalletIsland
      fallback={<div className="h-48 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />}
      disconnected={
        <ConnectPanel title="Your billing" testId="my-billing">
          Connect your wallet: operators manage their customers and tariff here, customers pay their operator in IBT.
        </ConnectPanel>
      }
    >
      <BillingPanels {...props} />
    </WalletIsland>
  );
}

/** Anyone issues an ended period's invoice: the document is rebuilt from the events, uploaded, then named on chain. */
export function IssueInvoiceIsland(props: { operator: Address; period: bigint; deploymentBlock: bigint }) {
  return (
    <WalletIsland
      disconnected={
        <ConnectPanel title="Issue the invoice" testId="issue-invoice">
          Anyone may issue this invoice now that the period has ended: connect a wallet to do it.
        </ConnectPanel>
      }
    >
      <IssueInvoicePanel {...props} />
    </WalletIsland>
  );
}
