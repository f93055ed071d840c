import { useCallback } from "react";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import {
  compensationTableAbi,
  settlementTokenAbi,
  useReadCompensationTableCurrentPeriod,
  useReadCompensationTableHasUnsettledDebt,
  useReadCompensationTableNetPositionOf,
  useReadCompensationTableClaimableOf,
  useReadCompensationTablePeriodTotals,
  useReadCompensationTablePhaseOf,
  useReadCompensationTablePositionOf,
} from "../abi/generated-hooks.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

/** `IPeriodClock.PeriodPhase` by index. */
export const PERIOD_PHASES = ["Upcoming", "Running", "Grace", "Review", "Closable", "Closed"] as const;
export type PeriodPhaseName = (typeof PERIOD_PHASES)[number];

/** The most accounts one `recordPositions` call takes. */
export const RECORD_BATCH = 100;

/** The period running now. */
export function useCurrentPeriod() {
  const address = useContractAddress("CompensationTable");
  return useReadCompensationTableCurrentPeriod({ address, query: { enabled: address !== undefined } });
}

/** The phase `period` is in, by name (undefined while loading). */
export function usePeriodPhase(period: bigint | undefined): PeriodPhaseName | undefined {
  const address = useContractAddress("CompensationTable");
  const phase = useReadCompensationTablePhaseOf({
    address,
    args: [period ?? 0n],
    query: { enabled: address !== undefined && period !== undefined },
  });
  return phase.data === undefined ? undefined : PERIOD_PHASES[phase.data];
}

/** `account`'s net position in closed `period` (positive: owed to it) and its recorded position. */
export function useNetPosition(account: Address | undefined, period: bigint | undefined) {
  const address = useContractAddress("CompensationTable");
  const enabled = address !== undefined && account !== undefined && period !== undefined;
  const net = useReadCompensationTableNetPositionOf({
    address,
    args: [account ?? ZERO_ADDRESS, period ?? 0n],
    query: { enabled },
  });
  const recorded = useReadCompensationTablePositionOf({
    address,
    args: [account ?? ZERO_ADDRESS, period ?? 0n],
    query: { enabled },
  });
  return { net: net.data, recorded: recorded.data, isLoading: net.isLoading || recorded.isLoading };
}

/** What `account` may claim in `period` now (zero before claims open or without a recorded credit). */
export function useClaimable(account: Address | undefined, period: bigint | undefined) {
  const address = useContractAddress("CompensationTable");
  return useReadCompensationTableClaimableOf({
    address,
    args: [account ?? ZERO_ADDRESS, period ?? 0n],
    query: { enabled: address !== undefined && account !== undefined && period !== undefined },
  });
}

/** `period`'s totals as the table holds them now (ΣE, ΣC, fee, close, recording end, total credit, paid in). */
export function usePeriodTotals(period: bigint | undefined) {
  const address = useContractAddress("CompensationTable");
  return useReadCompensationTablePeriodTotals({
    address,
    args: [period ?? 0n],
    query: { enabled: address !== undefined && period !== undefined },
  });
}

/** Whether `account` has an unsettled debt of a closed period (it may not claim or declare). */
export function useHasUnsettledDebt(account: Address | undefined) {
  const address = useContractAddress("CompensationTable");
  return useReadCompensationTableHasUnsettledDebt({
    address,
    args: [account ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && account !== undefined },
  });
}

/** Anyone closes `period` once its review window is over (periods close in order). */
export function useClosePeriod() {
  const address = useContractAddress("CompensationTable");
  const transaction = useTransaction();
  const { send } = transaction;
  const close = useCallback(
    (period: bigint) =>
      send({
        label: `Close period ${period}`,
        abi: compensationTableAbi,
        address: requireDeployed(address, "CompensationTable"),
        functionName: "close",
        args: [period],
      }),
    [address, send],
  );
  return { ...transaction, close, available: address !== undefined };
}

/**
 * Records positions: `mine(account)` every closed period of one account (what the web does for the
 * viewer), `batch(period, accounts)` up to `RECORD_BATCH` accounts of one period.
 */
export function useRecordPositions() {
  const address = useContractAddress("CompensationTable");
  const transaction = useTransaction();
  const { send } = transaction;
  const mine = useCallback(
    (account: Address) =>
      send({
        label: "Record positions",
        abi: compensationTableAbi,
        address: requireDeployed(address, "CompensationTable"),
        functionName: "recordPositionsOf",
        args: [account],
      }),
    [address, send],
  );
  const batch = useCallback(
    (period: bigint, accounts: readonly Address[]) =>
      send({
        label: `Record ${accounts.length} positions of period ${period}`,
        abi: compensationTableAbi,
        address: requireDeployed(address, "CompensationTable"),
        functionName: "recordPositions",
        args: [period, accounts],
      }),
    [address, send],
  );
  return { ...transaction, mine, batch, available: address !== undefined };
}

/**
 * A debtor pays `amount` (6 decimals) of its debt in `period`: approves the table for it first when
 * the allowance is short (a separate transaction), then settles.
 */
export function useSettleDebt() {
  const config = useConfig();
  const table = useContractAddress("CompensationTable");
  const token = useContractAddress("SettlementToken");
  const transaction = useTransaction();
  const { send } = transaction;
  const settle = useCallback(
    async (account: Address, period: bigint, amount: bigint) => {
      const tableAddress = requireDeployed(table, "CompensationTable");
      const tokenAddress = requireDeployed(token, "SettlementToken");
      const allowance = await readContract(config, {
        abi: settlementTokenAbi,
        address: tokenAddress,
        functionName: "allowance",
        args: [account, tableAddress],
      });
      if (allowance < amount) {
        const approved = await send({
          label: "Allow the compensation table to take the payment",
          abi: settlementTokenAbi,
          address: tokenAddress,
          functionName: "approve",
          args: [tableAddress, amount],
        });
        if (approved === undefined) return undefined;
      }
      return send({
        label: `Settle debt of period ${period}`,
        abi: compensationTableAbi,
        address: tableAddress,
        functionName: "settle",
        args: [period, amount],
      });
    },
    [config, table, token, send],
  );
  return { ...transaction, settle, available: table !== undefined && token !== undefined };
}

/** A creditor claims what its credit in `period` may take now (again later as debtors pay in). */
export function useClaimCredit() {
  const address = useContractAddress("CompensationTable");
  const transaction = useTransaction();
  const { send } = transaction;
  const claim = useCallback(
    (period: bigint) =>
      send({
        label: `Claim credit of period ${period}`,
        abi: compensationTableAbi,
        address: requireDeployed(address, "CompensationTable"),
        functionName: "claim",
        args: [period],
      }),
    [address, send],
  );
  return { ...transaction, claim, available: address !== undefined };
}
