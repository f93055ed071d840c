import { useCallback } from "react";
import type { Address } from "viem";
import { platformTokenSaleAbi, useReadPlatformTokenBalanceOf } from "../abi/generated-hooks.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

/** The SPT `account` holds. */
export function useSptBalance(account: Address | undefined) {
  const address = useContractAddress("PlatformToken");
  return useReadPlatformTokenBalanceOf({
    address,
    args: [account ?? "0x0000000000000000000000000000000000000000"],
    query: { enabled: address !== undefined && account !== undefined },
  });
}

type SaleAction = "buy" | "finalize" | "withdrawProceeds";
const SALE_ACTION_LABELS: Record<SaleAction, string> = {
  buy: "Buy SPT",
  finalize: "Finalize the SPT sale",
  withdrawProceeds: "Send the sale's proceeds to the treasury",
};

/**
 * One of the SPT sale's actions, each with its own transaction state: `buy` spends exactly the ether
 * given at the fixed rate; `finalize` (anyone, once the sale is over) burns the unsold SPT;
 * `withdrawProceeds` (anyone, once finalized) sends the ether raised to the treasury.
 */
export function useSptSaleAction(action: SaleAction) {
  const address = useContractAddress("PlatformTokenSale");
  const transaction = useTransaction();
  const { send } = transaction;
  const run = useCallback(
    (etherIn?: bigint) => {
      return send({
        label: SALE_ACTION_LABELS[action],
        abi: platformTokenSaleAbi,
        address: requireDeployed(address, "PlatformTokenSale"),
        functionName: action,
        args: [],
        value: action === "buy" ? etherIn : undefined,
      });
    },
    [action, address, send],
  );
  return { ...transaction, run, available: address !== undefined };
}
