import { useCallback } from "react";
import type { Address } from "viem";
import {
  capitalTokenAbi,
  useReadCapitalTokenBalanceOf,
  useReadCapitalTokenQuoteBuy,
  useReadCapitalTokenQuoteSell,
} from "../abi/generated-hooks.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

/** The capital tokens `account` holds. */
export function useCapitalTokenBalance(account: Address | undefined) {
  const address = useContractAddress("CapitalToken");
  return useReadCapitalTokenBalanceOf({
    address,
    args: [account ?? "0x0000000000000000000000000000000000000000"],
    query: { enabled: address !== undefined && account !== undefined },
  });
}

/** Tokens that `etherIn` wei buys now (undefined while loading, or when there is nothing to quote). */
export function useCapitalTokenBuyQuote(etherIn: bigint | undefined) {
  const address = useContractAddress("CapitalToken");
  return useReadCapitalTokenQuoteBuy({
    address,
    args: [etherIn ?? 0n],
    query: { enabled: address !== undefined && etherIn !== undefined && etherIn > 0n },
  });
}

/** Ether that selling `tokens` pays now. */
export function useCapitalTokenSellQuote(tokens: bigint | undefined) {
  const address = useContractAddress("CapitalToken");
  return useReadCapitalTokenQuoteSell({
    address,
    args: [tokens ?? 0n],
    query: { enabled: address !== undefined && tokens !== undefined && tokens > 0n },
  });
}

/** Buys capital tokens with exactly `etherIn` wei, refusing fewer than `minTokensOut`. */
export function useBuyCapitalTokens() {
  const address = useContractAddress("CapitalToken");
  const transaction = useTransaction();
  const { send } = transaction;
  const buy = useCallback(
    ({ etherIn, minTokensOut }: { etherIn: bigint; minTokensOut: bigint }) =>
      send({
        label: "Buy capital tokens",
        abi: capitalTokenAbi,
        address: requireDeployed(address, "CapitalToken"),
        functionName: "buy",
        args: [minTokensOut],
        value: etherIn,
      }),
    [address, send],
  );
  return { ...transaction, buy, available: address !== undefined };
}

/** Sells `amount` capital tokens for at least `minEtherOut` wei. */
export function useSellCapitalTokens() {
  const address = useContractAddress("CapitalToken");
  const transaction = useTransaction();
  const { send } = transaction;
  const sell = useCallback(
    ({ amount, minEtherOut }: { amount: bigint; minEtherOut: bigint }) =>
      send({
        label: "Sell capital tokens",
        abi: capitalTokenAbi,
        address: requireDeployed(address, "CapitalToken"),
        functionName: "sell",
        args: [amount, minEtherOut],
      }),
    [address, send],
  );
  return { ...transaction, sell, available: address !== undefined };
}
