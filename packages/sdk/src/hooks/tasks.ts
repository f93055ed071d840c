import { useCallback } from "react";
import { taskRegistryAbi } from "../abi/generated.ts";
import type { OnChainCid } from "../ipfs/cid.ts";
import { CID_CODEC } from "../protocol.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

/** `ITaskRegistry.TaskStatus` by its numeric value. */
export const TASK_STATUSES = ["Open", "Claimed", "Submitted", "Validating", "Disputed", "Completed", "Failed"] as const;
export type TaskStatusName = (typeof TASK_STATUSES)[number];

/** A task's id (and its poll's id), as the contracts compute it: `projectId << 8 | taskIndex`. */
export function taskIdOf(projectId: bigint, taskIndex: number | bigint): bigint {
  return (projectId << 8n) | BigInt(taskIndex);
}

/** Every task-registry action shares the registry address and one transaction state per hook. */
export function useTaskRegistryTransaction() {
  return { address: useContractAddress("TaskRegistry"), transaction: useTransaction() };
}

/**
 * Performs whatever stage change of a project is due (anyone may): Proposed → Expired, Staked → Active or
 * Failed, Active → Validation, Validation → Voting or settlement, Voting → settlement. `TaskRegistry.advance`
 * drives the project registry too, so it is the one advance every button calls.
 */
export function useAdvance() {
  const { address, transaction } = useTaskRegistryTransaction();
  const { send } = transaction;
  const advance = useCallback(
    (projectId: bigint, label = "Advance project") =>
      send({ label, abi: taskRegistryAbi, address: requireDeployed(address, "TaskRegistry"), functionName: "advance", args: [projectId] }),
    [send, address],
  );
  return { ...transaction, advance, available: address !== undefined };
}

/** Claims an open task, locking the project's reputation stake × the task's weighting. */
export function useClaimTask() {
  const { address, transaction } = useTaskRegistryTransaction();
  const { send } = transaction;
  const claim = useCallback(
    (projectId: bigint, taskIndex: number) =>
      send({
        label: `Claim task ${taskIndex + 1}`,
        abi: taskRegistryAbi,
        address: requireDeployed(address, "TaskRegistry"),
        functionName: "claimTask",
        args: [projectId, BigInt(taskIndex)],
      }),
    [send, address],
  );
  return { ...transaction, claim, available: address !== undefined };
}

/** Burns the lock of a claimer who missed the deadline and reopens the task (anyone may, while Active). */
export function useSlashAndReopen() {
  const { address, transaction } = useTaskRegistryTransaction();
  const { send } = transaction;
  const slashAndReopen = useCallback(
    (projectId: bigint, taskIndex: number) =>
      send({
        label: `Slash and reopen task ${taskIndex + 1}`,
        abi: taskRegistryAbi,
        address: requireDeployed(address, "TaskRegistry"),
        functionName: "slashAndReopen",
        args: [projectId, BigInt(taskIndex)],
      }),
    [send, address],
  );
  return { ...transaction, slashAndReopen, available: address !== undefined };
}

/** The claimer records its evidence: the digest and codec of the uploaded file's CIDv1. */
export function useSubmitEvidence() {
  const { address, transaction } = useTaskRegistryTransaction();
  const { send } = transaction;
  const submitEvidence = useCallback(
    (projectId: bigint, taskIndex: number, evidence: OnChainCid) =>
      send({
        label: `Submit evidence for task ${taskIndex + 1}`,
        abi: taskRegistryAbi,
        address: requireDeployed(address, "TaskRegistry"),
        functionName: "submitEvidence",
        args: [projectId, BigInt(taskIndex), evidence.digest, CID_CODEC[evidence.codec]],
      }),
    [send, address],
  );
  return { ...transaction, submitEvidence, available: address !== undefined };
}
