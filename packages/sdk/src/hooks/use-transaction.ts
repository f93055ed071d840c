import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import {
  ChainMismatchError,
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type TransactionReceipt,
} from "viem";
import { useConfig } from "wagmi";
import { getAccount, getPublicClient, simulateContract, waitForTransactionReceipt, writeContract } from "wagmi/actions";
import { describeError } from "../errors/index.ts";
import { gasLimitFor } from "../gas.ts";
import { useTransactionReporter } from "./context.ts";
import { isBusy, type TransactionState } from "./transaction-state.ts";

type WriteMutability = "nonpayable" | "payable";

/** One contract write, typed by the generated ABI it comes from. */
export type ContractWrite<
  abi extends Abi,
  functionName extends ContractFunctionName<abi, WriteMutability>,
> = {
  /** What the person is doing, shown in notifications. */
  label: string;
  abi: abi;
  address: Address;
  functionName: functionName;
  args: ContractFunctionArgs<abi, WriteMutability, functionName>;
  value?: bigint;
  /**
   * The block the simulation runs against; `pending` for a write that only becomes valid once the next
   * block's time has come (a governance timelock's execute, on a chain that mines only when sent to).
   */
  simulateAt?: "pending";
};

let nextTransactionId = 0;

/**
 * The one way the app sends a transaction: simulate (a revert is explained before the wallet
 * opens), estimate and add `TRANSACTION_GAS_HEADROOM` (the wallet is never handed a limit that a
 * later block can exceed), ask the wallet to sign, wait for the receipt, then refresh every query. Each step is
 * kept in `state` and reported to the app's notification path; failures are turned into words by
 * `describeError`. `send` never throws: it resolves to the receipt, or undefined on failure.
 */
export function useTransaction() {
  const config = useConfig();
  const queryClient = useQueryClient();
  const report = useTransactionReporter();
  const [state, setState] = useState<TransactionState>({ status: "idle" });
  const inFlight = useRef(false);

  const send = useCallback(
    async <abi extends Abi, functionName extends ContractFunctionName<abi, WriteMutability>>(
      write: ContractWrite<abi, functionName>,
    ): Promise<TransactionReceipt | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      const id = `tx-${++nextTransactionId}`;
      const update = (next: TransactionState) => {
        setState(next);
        report?.({ ...next, id, label: write.label });
      };
      const chainId = config.chains[0].id;
      let hash: `0x${string}` | undefined;
      try {
        const account = getAccount(config);
        if (account.chainId !== undefined && account.chainId !== chainId) {
          throw new ChainMismatchError({ chain: config.chains[0], currentChainId: account.chainId });
        }
        update({ status: "simulating" });
        // The generic parameters above already type-check `args` against the ABI; wagmi's own
        // overloads cannot follow them through a generic function, hence the widened call.
        const { request } = await simulateContract(config, {
          abi: write.abi as Abi,
          address: write.address,
          functionName: write.functionName as string,
          args: write.args as readonly unknown[],
          value: write.value,
          account: account.address,
          chainId,
          blockTag: write.simulateAt,
        });
        const client = getPublicClient(config, { chainId });
        if (!client) throw new Error(`No client for chain ${chainId}`);
        const gas = gasLimitFor(await client.estimateContractGas(request as never));
        update({ status: "signing" });
        hash = await writeContract(config, { ...request, gas });
        update({ status: "pending", hash });
        const receipt = await waitForTransactionReceipt(config, { hash, chainId });
        update({ status: "confirmed", hash, receipt });
        await queryClient.invalidateQueries();
        return receipt;
      } catch (error) {
        update({ status: "failed", error: describeError(error), hash });
        return undefined;
      } finally {
        inFlight.current = false;
      }
    },
    [config, queryClient, report],
  );

  const reset = useCallback(() => setState({ status: "idle" }), []);

  return { state, send, reset, busy: isBusy(state) };
}
