import { useCallback, useState } from "react";
import type { Address } from "viem";
import {
  capitalTokenAbi,
  plcrVotingAbi,
  taskRegistryAbi,
  useReadCapitalTokenOwedTo,
  useReadTaskRegistryPendingPayout,
} from "../abi/generated-hooks.ts";
import { useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

/** Everything one account can pull now: task payouts (task ids), poll escrows (poll ids) and owed ether. */
export type Withdrawable = { taskIds: readonly bigint[]; pollIds: readonly bigint[]; owedEther: bigint };

/** The contracts' batch limit (`MAX_BATCH` of both registries). */
export const WITHDRAW_BATCH = 32;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/**
 * Withdraws everything at once: `withdrawPayouts` (ether becomes owed in the token), `withdrawEscrows`, then
 * `withdrawOwed` for all the ether now owed. One transaction per contract and batch; stops at the first failure.
 */
export function useWithdrawAll() {
  const taskRegistry = useContractAddress("TaskRegistry");
  const voting = useContractAddress("PlcrVoting");
  const token = useContractAddress("CapitalToken");
  const transaction = useTransaction();
  const { send } = transaction;
  const [step, setStep] = useState<string>();

  const withdrawAll = useCallback(
    async (what: Withdrawable, expectOwedAfterPayouts: boolean): Promise<boolean> => {
      try {
        if (taskRegistry) {
          for (const batch of chunks(what.taskIds, WITHDRAW_BATCH)) {
            setStep("Withdrawing task payouts");
            const receipt = await send({ label: "Withdraw task payouts", abi: taskRegistryAbi, address: taskRegistry, functionName: "withdrawPayouts", args: [batch] });
            if (!receipt) return false;
          }
        }
        if (voting) {
          for (const batch of chunks(what.pollIds, WITHDRAW_BATCH)) {
            setStep("Withdrawing vote escrows");
            const receipt = await send({ label: "Withdraw vote escrows", abi: plcrVotingAbi, address: voting, functionName: "withdrawEscrows", args: [batch] });
            if (!receipt) return false;
          }
        }
        if (token && (what.owedEther > 0n || expectOwedAfterPayouts)) {
          setStep("Withdrawing ether");
          const receipt = await send({ label: "Withdraw ether", abi: capitalTokenAbi, address: token, functionName: "withdrawOwed", args: [] });
          if (!receipt) return false;
        }
        return true;
      } finally {
        setStep(undefined);
      }
    },
    [send, taskRegistry, voting, token],
  );
  return { ...transaction, withdrawAll, step, available: taskRegistry !== undefined && token !== undefined };
}

const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

/** What `withdrawPayout` would pay `account` for a task now: `[tokens, reputation, ether]`. */
export function usePendingPayout(projectId: bigint, taskIndex: number, account: Address | undefined) {
  const address = useContractAddress("TaskRegistry");
  return useReadTaskRegistryPendingPayout({
    address,
    args: [projectId, BigInt(taskIndex), account ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && account !== undefined },
  });
}

/** Ether owed to `account` in the capital token, withdrawable with `withdrawOwed`. */
export function useOwedEther(account: Address | undefined) {
  const address = useContractAddress("CapitalToken");
  return useReadCapitalTokenOwedTo({
    address,
    args: [account ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && account !== undefined },
  });
}
