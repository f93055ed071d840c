import type { Hash, TransactionReceipt } from "viem";
import type { HumanError } from "../errors/index.ts";

/** Where a transaction is: each step a person can see, in the order they happen. */
export type TransactionState =
  | { status: "idle" }
  /** Calling the contract without sending, so a revert is explained before the wallet opens. */
  | { status: "simulating" }
  /** Waiting for the person to sign in the wallet. */
  | { status: "signing" }
  /** Sent; waiting to be mined. */
  | { status: "pending"; hash: Hash }
  | { status: "confirmed"; hash: Hash; receipt: TransactionReceipt }
  | { status: "failed"; error: HumanError; hash?: Hash };

export type TransactionStatus = TransactionState["status"];

/** What a transaction reports to the app's notification path at every step. */
export type TransactionUpdate = TransactionState & {
  /** Stable for the life of one transaction, so a toast can be updated in place. */
  id: string;
  /** What the person is doing, e.g. "Buy capital tokens". */
  label: string;
};

export function isBusy(state: TransactionState): boolean {
  return state.status === "simulating" || state.status === "signing" || state.status === "pending";
}
