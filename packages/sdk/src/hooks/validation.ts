import { useCallback } from "react";
import type { Address } from "viem";
import { taskRegistryAbi, useReadTaskRegistryGetValidator, useReadTaskRegistryMinValidationStake } from "../abi/generated-hooks.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTaskRegistryTransaction } from "./tasks.ts";

/** Takes the next slot of one side of a submitted task with `stake` tokens (at least the slot's minimum). */
export function useValidateTask() {
  const { address, transaction } = useTaskRegistryTransaction();
  const { send } = transaction;
  const validate = useCallback(
    (projectId: bigint, taskIndex: number, approve: boolean, stake: bigint) =>
      send({
        label: `${approve ? "Approve" : "Reject"} task ${taskIndex + 1}`,
        abi: taskRegistryAbi,
        address: requireDeployed(address, "TaskRegistry"),
        functionName: "validate",
        args: [projectId, BigInt(taskIndex), approve, stake],
      }),
    [send, address],
  );
  return { ...transaction, validate, available: address !== undefined };
}

/** The minimum stake of the next free slot of each side, followed live (zero: side full or not validating). */
export function useMinValidationStakes(projectId: bigint, taskIndex: number) {
  const address = useContractAddress("TaskRegistry");
  const shared = { address, query: { enabled: address !== undefined, refetchInterval: 4_000 } } as const;
  const pro = useReadTaskRegistryMinValidationStake({ ...shared, args: [projectId, BigInt(taskIndex), true] });
  const con = useReadTaskRegistryMinValidationStake({ ...shared, args: [projectId, BigInt(taskIndex), false] });
  return { approve: pro.data, reject: con.data };
}

/** `account`'s validation of a task. */
export function useMyValidation(projectId: bigint, taskIndex: number, account: Address | undefined) {
  const address = useContractAddress("TaskRegistry");
  return useReadTaskRegistryGetValidator({
    address,
    args: [projectId, BigInt(taskIndex), account ?? "0x0000000000000000000000000000000000000000"],
    query: { enabled: address !== undefined && account !== undefined },
  });
}
