import type { Address, Hex } from "viem";

/** The EIP-712 attestation that `ReputationRegistry.register` accepts from an approved attester. */
export const attestationTypes = {
  Attestation: [
    { name: "identityHash", type: "bytes32" },
    { name: "account", type: "address" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

export const REPUTATION_DOMAIN_NAME = "Distribute Reputation";
export const REPUTATION_DOMAIN_VERSION = "1";

/** What the attester route returns and `register` takes. */
export type Attestation = {
  identityHash: Hex;
  account: Address;
  deadline: string;
  signature: Hex;
};
