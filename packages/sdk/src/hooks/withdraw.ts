import { useCallback, useState } from "react";
import type { Address } from "viem";
import {
  capitalTokenAbi,
  plcrVotingAbi,
  projectRegistryAbi,
  taskRegistryAbi,
  useReadCapitalTokenOwedTo,
  useReadTaskRegistryPendingPayout,
} from "../abi/generated-hooks.ts";
import { useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

/** Everything one account can pull now. */
export type Withdrawable = {
  /** Projects whose stake (with rewards when Complete) or returnable proposer collateral `withdrawStake` would pay. */
  projectIds: readonly bigint[];
  /** Tasks (`taskIdOf`) whose payout is due. */
  taskIds: readonly bigint[];
  /** Polls whose vote escrow can be withdrawn. */
  pollIds: readonly bigint[];
  /** Ether already owed to the account in the capital token. */
  owedEther: bigint;
  /**
   * Ether the withdrawals above add to what is owed instead of sending it: the ether rewards of stakes in Complete
   * projects (a task payout sends its ether itself). Pass the exact sum: `withdrawOwed` reverts when nothing is owed.
   */
  newlyOwedEther: bigint;
};

/** The smallest batch limit of the contracts: `MAX_BATCH` of ProjectRegistry and TaskRegistry (PlcrVoting takes 64). */
export const WITHDRAW_BATCH = 32;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/**
 * Withdraws everything at once: `withdrawStakes` (its ether rewards become owed in the token), `withdrawPayouts`
 * (sends the tasks' ether with them), `withdrawEscrows`, then `withdrawOwed` only when ether is owed by then. One transaction per contract and
 * batch; stops at the first failure.
 */
export function useWithdrawAll() {
  const projectRegistry = useContractAddress("ProjectRegistry");
  const taskRegistry = useContractAddress("TaskRegistry");
  const voting = useContractAddress("PlcrVoting");
  const token = useContractAddress("CapitalToken");
  const transaction = useTransaction();
  const { send } = transaction;
  const [step, setStep] = useState<string>();

  const withdrawAll = useCallback(
    async (what: Withdrawable): Promise<boolean> => {
      try {
        if (projectRegistry) {
          for (const batch of chunks(what.projectIds, WITHDRAW_BATCH)) {
            setStep("Withdrawing stakes");
            const receipt = await send({ label: "Withdraw stakes", abi: projectRegistryAbi, address: projectRegistry, functionName: "withdrawStakes", args: [batch] });
            if (!receipt) return false;
          }
        }
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
        if (token && what.owedEther + what.newlyOwedEther > 0n) {
          setStep("Withdrawing ether");
          const receipt = await send({ label: "Withdraw ether", abi: capitalTokenAbi, address: token, functionName: "withdrawOwed", args: [] });
          if (!receipt) return false;
        }
        return true;
      } finally {
        setStep(undefined);
      }
    },
    [send, projectRegistry, taskRegistry, voting, token],
  );
  const available = projectRegistry !== undefined && taskRegistry !== undefined && token !== undefined;
  return { ...transaction, withdrawAll, step, available };
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
