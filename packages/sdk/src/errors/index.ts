import {
  BaseError,
  ChainMismatchError,
  ContractFunctionRevertedError,
  InsufficientFundsError,
  UserRejectedRequestError,
} from "viem";
import { contractErrorMessages } from "./messages.ts";

export { contractErrorMessages } from "./messages.ts";
export { formatUnits18 } from "./format.ts";

export type HumanError = {
  /** Short headline for a toast. */
  title: string;
  /** What happened and what to do about it. */
  message: string;
  /** The contract's custom error name, when the failure was a revert. */
  errorName?: string;
};

/** Turns anything a wallet, viem or a contract throws into words a member can act on. */
export function describeError(error: unknown): HumanError {
  if (error instanceof BaseError) {
    const revert = error.walk((e) => e instanceof ContractFunctionRevertedError);
    if (revert instanceof ContractFunctionRevertedError) {
      const errorName = revert.data?.errorName;
      const explain = errorName ? contractErrorMessages[errorName] : undefined;
      if (errorName && explain) {
        return { title: "Transaction would fail", message: explain(revert.data?.args ?? []), errorName };
      }
      if (revert.reason) return { title: "Transaction would fail", message: revert.reason, errorName };
      return {
        title: "Transaction would fail",
        message: errorName ? `The contract refused it (${errorName}).` : "The contract refused it.",
        errorName,
      };
    }
    if (error.walk((e) => e instanceof UserRejectedRequestError)) {
      return { title: "Signature rejected", message: "You rejected the request in your wallet. Nothing was sent." };
    }
    if (error.walk((e) => e instanceof ChainMismatchError)) {
      return { title: "Wrong network", message: "Your wallet is on another network. Switch networks and try again." };
    }
    if (error.walk((e) => e instanceof InsufficientFundsError)) {
      return { title: "Not enough ether", message: "Your account cannot pay for this amount plus gas." };
    }
    return { title: "Something went wrong", message: error.shortMessage };
  }
  if (error instanceof Error) return { title: "Something went wrong", message: error.message };
  return { title: "Something went wrong", message: String(error) };
}
