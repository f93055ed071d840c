import { useCallback } from "react";
import type { Address } from "viem";
import {
  participantRegistryAbi,
  useReadParticipantRegistryHasRole,
  useReadParticipantRegistryRolesOf,
} from "../abi/generated-hooks.ts";
import { PARTICIPANT_ROLES, type ParticipantRole } from "../protocol.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";
const DEFAULT_ADMIN_ROLE = `0x${"00".repeat(32)}` as const;

/** The participant roles `account` holds (undefined while loading). */
export function useParticipantRoles(account: Address | undefined): ParticipantRole[] | undefined {
  const address = useContractAddress("ParticipantRegistry");
  const mask = useReadParticipantRegistryRolesOf({
    address,
    args: [account ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && account !== undefined },
  });
  if (mask.data === undefined) return undefined;
  return PARTICIPANT_ROLES.filter((_, bit) => (mask.data & (1n << BigInt(bit))) !== 0n);
}

/** Whether `account` administers the participant registry (onboards and offboards: the platform admin). */
export function useIsPlatformAdmin(account: Address | undefined): boolean {
  const address = useContractAddress("ParticipantRegistry");
  const hasRole = useReadParticipantRegistryHasRole({
    address,
    args: [DEFAULT_ADMIN_ROLE, account ?? ZERO_ADDRESS],
    query: { enabled: address !== undefined && account !== undefined },
  });
  return hasRole.data === true;
}

/** The caller becomes an investor (no due diligence needed). */
export function useJoinAsInvestor() {
  const address = useContractAddress("ParticipantRegistry");
  const transaction = useTransaction();
  const { send } = transaction;
  const join = useCallback(
    () =>
      send({
        label: "Join as investor",
        abi: participantRegistryAbi,
        address: requireDeployed(address, "ParticipantRegistry"),
        functionName: "joinAsInvestor",
        args: [],
      }),
    [address, send],
  );
  return { ...transaction, join, available: address !== undefined };
}

/** The platform admin onboards (`grant`) or offboards an account in a role. */
export function useSetParticipantRole() {
  const address = useContractAddress("ParticipantRegistry");
  const transaction = useTransaction();
  const { send } = transaction;
  const setRole = useCallback(
    (account: Address, role: ParticipantRole, grant: boolean) =>
      send({
        label: `${grant ? "Onboard" : "Offboard"} ${role.label.toLowerCase()}`,
        abi: participantRegistryAbi,
        address: requireDeployed(address, "ParticipantRegistry"),
        functionName: grant ? "grantRole" : "revokeRole",
        args: [role.id, account],
      }),
    [address, send],
  );
  return { ...transaction, setRole, available: address !== undefined };
}
