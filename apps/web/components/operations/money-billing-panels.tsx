"use client";

import { useHasUnsettledDebt, useIbtBalance, useParticipantRoles, usePayOperator, useRegisterCustomer, useRemoveCustomer, useSetTariff } from "@scipio/sdk/hooks";
import { billingPaymentSchema, customerFormSchema, tariffFormSchema } from "@scipio/sdk/schemas";
import { useState, type FormEvent } from "react";
import { formatEther, type Address } from "viem";
import { useAccount } from "wagmi";
import { PageLink } from "@/components/page-link";
import { ConnectPanel } from "@/components/ui/connect-prompt";
import { SelectField, SubmitButton, TextField, TransactionStatus, useSchemaForm } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { shortAddress } from "@/lib/format";
import type { CustomerView, TariffView } from "@/lib/reads/billing";
import type { BillingIslandProps } from "./money-billing-islands";
import { formatEuro, formatIbt } from "./money-format";
import { Figure } from "@/components/operations/money-figure";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export default function BillingPanels(props: BillingIslandProps) {
  const { address } = useAccount();
  const roles = useParticipantRoles(address);
  if (!address) {
    return (
      <ConnectPanel title="Your billing" testId="my-billing">
        Connect your wallet: operators manage their customers and tariff here, customers pay their operator in IBT.
      </ConnectPanel>
    );
  }
  const isOperator = roles?.some((role) => role.key === "operator") ?? false;
  const mine = props.customers.filter((customer) => same(customer.customer, address));
  return (
    <div className="space-y-6">
      {mine.map((customer) => (
        <CustomerPanel key={customer.operator} {...props} account={address} customer={customer} />
      ))}
      {isOperator && <OperatorPanels {...props} account={address} />}
      {!isOperator && mine.length === 0 && roles !== undefined && (
        <Panel title="Your billing" testId="my-billing">
          <p className="text-sm text-stone-700" data-testid="billing-nobody">
            This account is neither an operator nor anybody&apos;s customer. An operator registers its customers here; a customer then pays it in the
            operator&apos;s bandwidth token.
          </p>
        </Panel>
      )}
    </div>
  );
}

/*//////////////////////////////////////////////////////////////
                              CUSTOMER
//////////////////////////////////////////////////////////////*/

function CustomerPanel({ account, customer, tariffs, payments, invoices, currentPeriod }: BillingIslandProps & { account: Address; customer: CustomerView }) {
  const tariff = tariffs.find((candidate) => same(candidate.operator, customer.operator));
  const due = tariff ? tariff[customer.kind] : 0n;
  const paidThisPeriod = payments.filter((payment) => same(payment.operator, customer.operator) && same(payment.customer, account)).reduce((sum, payment) => sum + payment.amount, 0n);
  const balance = useIbtBalance(tariff?.token, account);
  const inDebt = useHasUnsettledDebt(customer.operator);
  const { pay, state, available } = usePayOperator();
  const left = due > paidThisPeriod ? due - paidThisPeriod : 0n;
  const [text, setText] = useState(() => (left > 0n ? formatEther(left) : ""));
  const [attempted, setAttempted] = useState(false);
  const ready = balance.data !== undefined && inDebt.data !== undefined;
  const schema = billingPaymentSchema({ balance: balance.data ?? 0n, paidThisPeriod, tariff: due, operatorInDebt: inDebt.data ?? false });
  const parsed = schema.safeParse(text);
  const problem = attempted && !parsed.success ? parsed.error.issues[0]?.message : undefined;
  const symbol = tariff?.symbol ?? "IBT";
  const myInvoices = invoices.filter((invoice) => same(invoice.operator, customer.operator));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!parsed.success || !ready) return;
    if (await pay(customer.operator, parsed.data)) {
      setAttempted(false);
      setText("");
    }
  }

  return (
    <Panel title={`Pay your operator ${shortAddress(customer.operator)}`} testId="customer-billing">
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <Figure label="Your connection" value={customer.kind === "fibre" ? "Fibre" : "WiFi"} />
        <Figure label="Tariff per period" value={formatIbt(due, symbol)} testId="customer-tariff" />
        <Figure label={`Paid in period ${currentPeriod}`} value={formatIbt(paidThisPeriod, symbol)} testId="customer-paid" />
        <Figure label="You hold" value={balance.data === undefined ? "…" : formatIbt(balance.data, symbol)} testId="customer-balance" />
      </dl>
      <form onSubmit={submit} noValidate className="space-y-3">
        <TextField
          label="Amount to pay"
          unit={symbol}
          inputMode="decimal"
          value={text}
          onChange={setText}
          problem={problem}
          hint="Paid in your operator's bandwidth token; billing first asks your wallet to allow it to take the amount."
        />
        <SubmitButton state={state} disabled={!available || !ready}>
          Approve and pay
        </SubmitButton>
        <TransactionStatus state={state} confirmed="Paid: your operator has received it." />
      </form>
      <InvoiceLinks operator={customer.operator} invoices={myInvoices} currentPeriod={currentPeriod} title="Your operator's invoices" />
    </Panel>
  );
}

/*//////////////////////////////////////////////////////////////
                              OPERATOR
//////////////////////////////////////////////////////////////*/

function OperatorPanels({ account, tariffs, customers, payments, invoices, tokens, currentPeriod }: BillingIslandProps & { account: Address }) {
  const tariff = tariffs.find((candidate) => same(candidate.operator, account));
  const myTokens = tokens.filter((token) => same(token.operator, account));
  const myCustomers = customers.filter((customer) => same(customer.operator, account));
  const myPayments = payments.filter((payment) => same(payment.operator, account));
  const received = myPayments.reduce((sum, payment) => sum + payment.amount, 0n);
  return (
    <>
      <TariffPanel account={account} tariff={tariff} tokens={myTokens} />
      {tariff && <RegisterCustomerPanel account={account} />}
      <Panel title="Your customers" testId="operator-customers">
        <p className="text-sm text-stone-700">
          {myCustomers.length} customer{myCustomers.length === 1 ? "" : "s"}; received in period {currentPeriod.toString()}:{" "}
          <strong data-testid="operator-received">{formatIbt(received, tariff?.symbol)}</strong> in {myPayments.length} payment{myPayments.length === 1 ? "" : "s"}.
        </p>
        {myCustomers.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[32rem] text-sm">
              <caption className="sr-only">Your customers and what each paid this period</caption>
              <thead className="text-left text-xs text-stone-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-semibold">Customer</th>
                  <th scope="col" className="py-1 pr-3 font-semibold">Kind</th>
                  <th scope="col" className="py-1 pr-3 text-right font-semibold">Paid this period</th>
                  <th scope="col" className="py-1 font-semibold">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {myCustomers.map((customer) => (
                  <CustomerRow
                    key={customer.customer}
                    customer={customer}
                    symbol={tariff?.symbol}
                    paid={myPayments.filter((payment) => same(payment.customer, customer.customer)).reduce((sum, payment) => sum + payment.amount, 0n)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <InvoiceLinks operator={account} invoices={invoices.filter((invoice) => same(invoice.operator, account))} currentPeriod={currentPeriod} title="Your invoices" />
      </Panel>
    </>
  );
}

function CustomerRow({ customer, paid, symbol }: { customer: CustomerView; paid: bigint; symbol: string | undefined }) {
  const { remove, state, available } = useRemoveCustomer();
  return (
    <tr data-testid="operator-customer" data-customer={customer.customer}>
      <td className="py-2 pr-3 font-mono">{shortAddress(customer.customer)}</td>
      <td className="py-2 pr-3">{customer.kind === "fibre" ? "Fibre" : "WiFi"}</td>
      <td className="py-2 pr-3 text-right tabular-nums">{formatIbt(paid, symbol)}</td>
      <td className="py-2 text-right">
        <SubmitButton type="button" tone="danger" state={state} disabled={!available} onClick={() => void remove(customer.customer)}>
          Remove
        </SubmitButton>
        <TransactionStatus state={state} confirmed="Removed." />
      </td>
    </tr>
  );
}

function TariffPanel({ account, tariff, tokens }: { account: Address; tariff: TariffView | undefined; tokens: { address: Address; symbol: string }[] }) {
  const { setTariff, state, available } = useSetTariff();
  const { fields, set, problems, attempt, reset } = useSchemaForm(tariffFormSchema, () => ({
    token: tariff?.token ?? tokens[0]?.address ?? "",
    fibre: tariff ? formatEther(tariff.fibre) : "",
    wifi: tariff ? formatEther(tariff.wifi) : "",
  }));
  void account;

  if (tokens.length === 0) {
    return (
      <Panel title="Your tariff" testId="operator-tariff">
        <p className="text-sm text-stone-700">
          Customers pay in one of your bandwidth tokens: create one first.{" "}
          <PageLink href="/bandwidth-tokens" className="font-medium text-teal-800 underline">
            Bandwidth tokens
          </PageLink>
        </p>
      </Panel>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = attempt();
    if (next && (await setTariff(next.token, next.fibre, next.wifi))) reset((current) => current);
  }

  return (
    <Panel title="Your tariff" testId="operator-tariff">
      <p className="text-sm text-stone-700" data-testid="operator-tariff-now">
        {tariff
          ? `Now: fibre ${formatIbt(tariff.fibre, tariff.symbol)} and WiFi ${formatIbt(tariff.wifi, tariff.symbol)} per period.`
          : "You have no tariff yet: set one before registering customers."}{" "}
        A new tariff applies from the next payment.
      </p>
      <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-3">
        <SelectField label="Paid in" value={fields.token} onChange={set("token")} options={tokens.map((token) => ({ value: token.address, label: token.symbol }))} problem={problems.token} />
        <TextField label="Fibre, per period" unit="IBT" inputMode="decimal" value={fields.fibre} onChange={set("fibre")} problem={problems.fibre} />
        <TextField label="WiFi, per period" unit="IBT" inputMode="decimal" value={fields.wifi} onChange={set("wifi")} problem={problems.wifi} />
        <div className="sm:col-span-3">
          <SubmitButton state={state} disabled={!available}>
            Set the tariff
          </SubmitButton>
          <TransactionStatus state={state} confirmed="Tariff set." />
        </div>
      </form>
    </Panel>
  );
}

function RegisterCustomerPanel({ account }: { account: Address }) {
  const { register, state, available } = useRegisterCustomer();
  const { fields, set, problems, attempt, reset } = useSchemaForm(customerFormSchema({ operator: account }), { account: "", kind: "fibre" });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const customer = attempt();
    if (customer && (await register(customer.account, customer.kind))) reset((current) => ({ account: "", kind: current.kind }));
  }

  return (
    <Panel title="Register a customer" testId="operator-register-customer">
      <form onSubmit={submit} noValidate className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <TextField label="Customer account" value={fields.account} onChange={set("account")} problem={problems.account} placeholder="0x…" />
        </div>
        <SelectField
          label="Connection"
          value={fields.kind}
          onChange={set("kind")}
          options={[
            { value: "fibre", label: "Fibre" },
            { value: "wifi", label: "WiFi" },
          ]}
          problem={problems.kind}
        />
        <div className="sm:col-span-3">
          <SubmitButton state={state} disabled={!available}>
            Register
          </SubmitButton>
          <TransactionStatus state={state} confirmed="Registered: the customer can pay you now." />
        </div>
      </form>
    </Panel>
  );
}

/*//////////////////////////////////////////////////////////////
                              SHARED
//////////////////////////////////////////////////////////////*/

/** The operator's invoices of the last few ended periods: issued ones with their totals, the others to issue. */
function InvoiceLinks({ operator, invoices, currentPeriod, title }: { operator: Address; invoices: BillingIslandProps["invoices"]; currentPeriod: bigint; title: string }) {
  const periods: bigint[] = [];
  for (let period = currentPeriod - 1n; period >= 0n && periods.length < 6; period--) periods.push(period);
  if (periods.length === 0) return <p className="text-sm text-stone-600">Invoices are issued once a period has ended; period 0 is still running.</p>;
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold text-stone-900">{title}</h3>
      <ul className="space-y-1 text-sm" data-testid="invoice-links">
        {periods.map((period) => {
          const invoice = invoices.find((candidate) => candidate.period === period);
          return (
            <li key={period.toString()}>
              <PageLink href={`/billing/invoices/${operator}/${period}`} className="text-teal-800 underline">
                Period {period.toString()}
              </PageLink>{" "}
              <span className="text-stone-600">
                {invoice
                  ? `issued: ${formatIbt(invoice.ibtReceived)} received, CPR ${formatEuro(invoice.deploymentContribution + invoice.maintenanceContribution)}`
                  : "not issued yet"}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
