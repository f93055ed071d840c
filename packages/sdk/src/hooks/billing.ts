import { useCallback } from "react";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { getAccount, readContract } from "wagmi/actions";
import {
  bandwidthTokenAbi,
  billingAbi,
  useReadBandwidthTokenBalanceOf,
  useReadBillingContributionsOf,
  useReadBillingCustomerKindOf,
  useReadBillingPeriodBillingOf,
  useReadBillingTariffOf,
} from "../abi/generated-hooks.ts";
import { cidToDigest } from "../ipfs/cid.ts";
import { CID_CODEC, CUSTOMER_KIND, type CustomerKindName } from "../protocol.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

/** `operator`'s tariff: its IBT and the IBT due per period for each kind (token zero if it never set one). */
export function useBillingTariff(operator: Address | undefined) {
  const address = useContractAddress("Billing");
  return useReadBillingTariffOf({
    address,
    args: [operator ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && operator !== undefined },
  });
}

/** How much of bandwidth token `token` (an operator's tariff token) `account` holds, in base units. */
export function useIbtBalance(token: Address | undefined, account: Address | undefined) {
  return useReadBandwidthTokenBalanceOf({
    address: token,
    args: [account ?? ZERO_ADDRESS],
    query: { enabled: token !== undefined && token !== ZERO_ADDRESS && account !== undefined },
  });
}

/** What `account` is to `operator`: "fibre", "wifi", null if not a customer, undefined while loading. */
export function useCustomerKind(operator: Address | undefined, account: Address | undefined): CustomerKindName | null | undefined {
  const address = useContractAddress("Billing");
  const kind = useReadBillingCustomerKindOf({
    address,
    args: [operator ?? ZERO_ADDRESS, account ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && operator !== undefined && account !== undefined },
  });
  if (kind.data === undefined) return undefined;
  return kind.data === CUSTOMER_KIND.fibre ? "fibre" : kind.data === CUSTOMER_KIND.wifi ? "wifi" : null;
}

/**
 * `operator`'s billing in `period` (IBT received, payments, customers stated once invoiced) and the CPR
 * contributions it states — what the compensation page sets beside the operator's validated expenses.
 */
export function usePeriodBilling(operator: Address | undefined, period: bigint | undefined) {
  const address = useContractAddress("Billing");
  const enabled = address !== undefined && operator !== undefined && period !== undefined;
  const args = [operator ?? ZERO_ADDRESS, period ?? 0n] as const;
  const billing = useReadBillingPeriodBillingOf({ address, args, query: { enabled } });
  const contributions = useReadBillingContributionsOf({ address, args, query: { enabled } });
  return {
    billing: billing.data,
    contributions: contributions.data === undefined ? undefined : { deployment: contributions.data[0], maintenance: contributions.data[1] },
    isLoading: billing.isLoading || contributions.isLoading,
  };
}

/** The operator sets its tariff: paid in `token` (one of its IBT), `fibre` and `wifi` IBT base units per period. */
export function useSetTariff() {
  const address = useContractAddress("Billing");
  const transaction = useTransaction();
  const { send } = transaction;
  const setTariff = useCallback(
    (token: Address, fibre: bigint, wifi: bigint) =>
      send({
        label: "Set tariff",
        abi: billingAbi,
        address: requireDeployed(address, "Billing"),
        functionName: "setTariff",
        args: [token, fibre, wifi],
      }),
    [address, send],
  );
  return { ...transaction, setTariff, available: address !== undefined };
}

/** The operator registers `customer` with a fibre or WiFi connection. */
export function useRegisterCustomer() {
  const address = useContractAddress("Billing");
  const transaction = useTransaction();
  const { send } = transaction;
  const register = useCallback(
    (customer: Address, kind: CustomerKindName) =>
      send({
        label: `Register ${kind === "fibre" ? "fibre" : "WiFi"} customer`,
        abi: billingAbi,
        address: requireDeployed(address, "Billing"),
        functionName: "registerCustomer",
        args: [customer, CUSTOMER_KIND[kind]],
      }),
    [address, send],
  );
  return { ...transaction, register, available: address !== undefined };
}

/** The operator removes `customer`. */
export function useRemoveCustomer() {
  const address = useContractAddress("Billing");
  const transaction = useTransaction();
  const { send } = transaction;
  const remove = useCallback(
    (customer: Address) =>
      send({
        label: "Remove customer",
        abi: billingAbi,
        address: requireDeployed(address, "Billing"),
        functionName: "removeCustomer",
        args: [customer],
      }),
    [address, send],
  );
  return { ...transaction, remove, available: address !== undefined };
}

/**
 * A customer pays `operator` `amount` IBT base units: approves billing for the operator's tariff token first
 * when the allowance is short (its own transaction, through the same path), then pays.
 */
export function usePayOperator() {
  const address = useContractAddress("Billing");
  const config = useConfig();
  const transaction = useTransaction();
  const { send } = transaction;
  const pay = useCallback(
    async (operator: Address, amount: bigint) => {
      const billing = requireDeployed(address, "Billing");
      const payer = getAccount(config).address;
      if (payer !== undefined) {
        const { token } = await readContract(config, { address: billing, abi: billingAbi, functionName: "tariffOf", args: [operator] });
        const allowance = await readContract(config, {
          address: token,
          abi: bandwidthTokenAbi,
          functionName: "allowance",
          args: [payer, billing],
        });
        if (allowance < amount) {
          const approved = await send({
            label: "Allow billing to take the IBT",
            abi: bandwidthTokenAbi,
            address: token,
            functionName: "approve",
            args: [billing, amount],
          });
          if (approved === undefined) return undefined;
        }
      }
      return send({ label: "Pay operator", abi: billingAbi, address: billing, functionName: "pay", args: [operator, amount] });
    },
    [address, config, send],
  );
  return { ...transaction, pay, available: address !== undefined };
}

/**
 * Anyone issues `operator`'s invoice for an ended `period`, naming the per-customer document by its CID
 * (build it with `buildInvoiceDocument` + `invoiceDocumentCid`, upload it, then issue).
 */
export function useIssueInvoice() {
  const address = useContractAddress("Billing");
  const transaction = useTransaction();
  const { send } = transaction;
  const issue = useCallback(
    (operator: Address, period: bigint, documentCid: string) => {
      const { digest, codec } = cidToDigest(documentCid);
      return send({
        label: `Issue invoice for period ${period}`,
        abi: billingAbi,
        address: requireDeployed(address, "Billing"),
        functionName: "issueInvoice",
        args: [operator, period, digest, CID_CODEC[codec]],
      });
    },
    [address, send],
  );
  return { ...transaction, issue, available: address !== undefined };
}
