import { useCallback } from "react";
import { encodeFunctionData, type Address } from "viem";
import {
  reputationRegistryAbi,
  useReadReputationRegistryBalanceOf,
  useReadReputationRegistryIsRegistered,
} from "../abi/generated-hooks.ts";
import type { Attestation } from "../identity/index.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useGovernanceCall } from "./governance.ts";
import { useTransaction } from "./use-transaction.ts";

const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

/** `account`'s free (unlocked) reputation. */
export function useReputationBalance(account: Address | undefined) {
  const address = useContractAddress("ReputationRegistry");
  return useReadReputationRegistryBalanceOf({
    address,
    args: [account ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && account !== undefined },
  });
}

/** Whether `account` has already registered an identity (and so received its first reputation). */
export function useIsRegistered(account: Address | undefined) {
  const address = useContractAddress("ReputationRegistry");
  return useReadReputationRegistryIsRegistered({
    address,
    args: [account ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && account !== undefined },
  });
}

/** Registers an identity with the attester's signature; the first reputation goes to `attestation.account`. */
export function useRegisterIdentity() {
  const address = useContractAddress("ReputationRegistry");
  const transaction = useTransaction();
  const { send } = transaction;
  const register = useCallback(
    (attestation: Attestation) =>
      send({
        label: "Register identity",
        abi: reputationRegistryAbi,
        address: requireDeployed(address, "ReputationRegistry"),
        functionName: "register",
        args: [attestation.identityHash, attestation.account, BigInt(attestation.deadline), attestation.signature],
      }),
    [address, send],
  );
  return { ...transaction, register, available: address !== undefined };
}

/** Governance approves (`approved`) or revokes an identity attester, through the timelock. */
export function useSetAttester() {
  const address = useContractAddress("ReputationRegistry");
  const governance = useGovernanceCall();
  const { govern } = governance;
  const setAttester = useCallback(
    (attester: Address, approved: boolean) =>
      govern(
        approved ? "Approve attester" : "Revoke attester",
        requireDeployed(address, "ReputationRegistry"),
        encodeFunctionData({ abi: reputationRegistryAbi, functionName: "setAttester", args: [attester, approved] }),
      ),
    [address, govern],
  );
  return { ...governance, setAttester, available: governance.available && address !== undefined };
}

/** Governance sets the reputation each identity registered from now on receives (`amount` in base units). */
export function useSetFirstReputation() {
  const address = useContractAddress("ReputationRegistry");
  const governance = useGovernanceCall();
  const { govern } = governance;
  const setFirstReputation = useCallback(
    (amount: bigint) =>
      govern(
        "Set first reputation",
        requireDeployed(address, "ReputationRegistry"),
        encodeFunctionData({ abi: reputationRegistryAbi, functionName: "setFirstReputation", args: [amount] }),
      ),
    [address, govern],
  );
  return { ...governance, setFirstReputation, available: governance.available && address !== undefined };
}
