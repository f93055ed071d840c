import { useCallback } from "react";
import { keccak256, toHex, type Address, type Hex, type TransactionReceipt } from "viem";
import { useConfig } from "wagmi";
import { readContract } from "wagmi/actions";
import {
  timelockControllerAbi,
  useReadTimelockControllerHasRole,
  useReadTimelockControllerProposerRole,
} from "../abi/generated-hooks.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import type { TransactionState } from "./transaction-state.ts";
import { useTransaction } from "./use-transaction.ts";

const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";
const NO_PREDECESSOR: Hex = `0x${"00".repeat(32)}`;

/** Whether `account` is governance: a proposer of the governance timelock (attesters, first reputation). */
export function useIsGovernance(account: Address | undefined): boolean {
  const address = useContractAddress("GovernanceTimelock");
  const proposerRole = useReadTimelockControllerProposerRole({ address, query: { enabled: address !== undefined } });
  const hasRole = useReadTimelockControllerHasRole({
    address,
    args: [proposerRole.data ?? "0x", account ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && proposerRole.data !== undefined && account !== undefined },
  });
  return hasRole.data === true;
}

/**
 * A governance change through the timelock, as its proposer: schedule `data` on `target`, wait the
 * timelock's delay, then execute it (two signatures). `state` follows the schedule, then the wait (shown as
 * pending on the schedule's hash), then the execution; it is confirmed only once the change is made.
 * Meant for the local chain's short delay; in production a multisig proposes (README, docs/decisions.md).
 */
export function useGovernanceCall() {
  const config = useConfig();
  const timelock = useContractAddress("GovernanceTimelock");
  const scheduling = useTransaction();
  const executing = useTransaction();
  const { send: sendSchedule, reset: resetSchedule } = scheduling;
  const { send: sendExecute, reset: resetExecute } = executing;

  const govern = useCallback(
    async (label: string, target: Address, data: Hex): Promise<TransactionReceipt | undefined> => {
      const address = requireDeployed(timelock, "GovernanceTimelock");
      resetExecute();
      const delay = await readContract(config, { address, abi: timelockControllerAbi, functionName: "getMinDelay" });
      // A fresh salt: the same change may be made again later, and each operation id is usable once.
      const salt = keccak256(toHex(`${Date.now()}:${Math.random()}`));
      const operation = [target, 0n, data, NO_PREDECESSOR, salt] as const;
      const scheduled = await sendSchedule({
        label: `Schedule: ${label}`,
        abi: timelockControllerAbi,
        address,
        functionName: "schedule",
        args: [...operation, delay],
      });
      if (scheduled === undefined) return undefined;
      // One second more than the delay: the next block's time is then past the operation's ready time.
      await new Promise((resolve) => setTimeout(resolve, (Number(delay) + 1) * 1000));
      resetSchedule();
      return sendExecute({
        label,
        abi: timelockControllerAbi,
        address,
        functionName: "execute",
        args: operation,
        simulateAt: "pending",
      });
    },
    [config, timelock, sendSchedule, sendExecute, resetSchedule, resetExecute],
  );

  // A confirmed schedule is not the change made: from the schedule's receipt (while the queries it
  // invalidates refetch, then through the delay) until the execution starts, the change is pending.
  const scheduled = scheduling.state.status === "confirmed" ? scheduling.state : undefined;
  const state: TransactionState =
    scheduled !== undefined
      ? { status: "pending", hash: scheduled.hash }
      : executing.state.status !== "idle"
        ? executing.state
        : scheduling.state;
  const busy = scheduled !== undefined || scheduling.busy || executing.busy;
  return { state, busy, govern, available: timelock !== undefined };
}
