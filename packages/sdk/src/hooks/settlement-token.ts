import { useCallback } from "react";
import type { Address } from "viem";
import { settlementTokenAbi, useReadSettlementTokenBalanceOf } from "../abi/generated-hooks.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

/** The settlement token (euros, 6 decimals) `account` holds. */
export function useEuroBalance(account: Address | undefined) {
  const address = useContractAddress("SettlementToken");
  return useReadSettlementTokenBalanceOf({
    address,
    args: [account ?? "0x0000000000000000000000000000000000000000"],
    query: { enabled: address !== undefined && account !== undefined },
  });
}

/** The local chain's demo-euro faucet: mints `amount` (6 decimals, at most 100,000 €) to the caller. */
export function useEuroFaucet() {
  const address = useContractAddress("SettlementToken");
  const transaction = useTransaction();
  const { send } = transaction;
  const mint = useCallback(
    (amount: bigint) =>
      send({
        label: "Get demo euros",
        abi: settlementTokenAbi,
        address: requireDeployed(address, "SettlementToken"),
        functionName: "faucet",
        args: [amount],
      }),
    [address, send],
  );
  return { ...transaction, mint, available: address !== undefined };
}
