import { useCallback } from "react";
import type { Address } from "viem";
import {
  reputationRegistryAbi,
  useReadReputationRegistryBalanceOf,
  useReadReputationRegistryDefaultAdminRole,
  useReadReputationRegistryHasRole,
  useReadReputationRegistryIsRegistered,
} from "../abi/generated-hooks.ts";
import type { Attestation } from "../identity/index.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
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

/** Whether `account` is governance: it holds the reputation registry's admin role (attesters, first reputation). */
export function useIsGovernance(account: Address | undefined): boolean {
  const address = useContractAddress("ReputationRegistry");
  const adminRole = useReadReputationRegistryDefaultAdminRole({ address, query: { enabled: address !== undefined } });
  const hasRole = useReadReputationRegistryHasRole({
    address,
    args: [adminRole.data ?? "0x", account ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && adminRole.data !== undefined && account !== undefined },
  });
  return hasRole.data === true;
}

/** Governance approves (`approved`) or revokes an identity attester. */
export function useSetAttester() {
  const address = useContractAddress("ReputationRegistry");
  const transaction = useTransaction();
  const { send } = transaction;
  const setAttester = useCallback(
    (attester: Address, approved: boolean) =>
      send({
        label: approved ? "Approve attester" : "Revoke attester",
        abi: reputationRegistryAbi,
        address: requireDeployed(address, "ReputationRegistry"),
        functionName: "setAttester",
        args: [attester, approved],
      }),
    [address, send],
  );
  return { ...transaction, setAttester, available: address !== undefined };
}

/** Governance sets the reputation each identity registered from now on receives (`amount` in base units). */
export function useSetFirstReputation() {
  const address = useContractAddress("ReputationRegistry");
  const transaction = useTransaction();
  const { send } = transaction;
  const setFirstReputation = useCallback(
    (amount: bigint) =>
      send({
        label: "Set first reputation",
        abi: reputationRegistryAbi,
        address: requireDeployed(address, "ReputationRegistry"),
        functionName: "setFirstReputation",
        args: [amount],
      }),
    [address, send],
  );
  return { ...transaction, setFirstReputation, available: address !== undefined };
}
