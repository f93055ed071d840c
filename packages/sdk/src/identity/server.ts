import { createHmac } from "node:crypto";
import type { Address, Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import {
  REPUTATION_DOMAIN_NAME,
  REPUTATION_DOMAIN_VERSION,
  attestationTypes,
  type Attestation,
} from "./index.ts";

/**
 * The on-chain identity key: HMAC(attester secret, identity). The chain only ever sees this
 * hash, so an identity cannot be looked up from it without the attester's secret.
 */
export function identityHash(secret: string, identity: string): Hex {
  const normalized = identity.trim().toLowerCase();
  return `0x${createHmac("sha256", secret).update(normalized).digest("hex")}`;
}

export type AttestationRequest = {
  attesterKey: Hex;
  attesterSecret: string;
  registry: Address;
  chainId: number;
  identity: string;
  account: Address;
  /** Seconds the signature stays valid. */
  validForSeconds?: number;
  now?: number;
};

/** Signs the attestation an approved attester gives a verified identity. Server side only: holds the key. */
export async function signAttestation(request: AttestationRequest): Promise<Attestation> {
  const attester = privateKeyToAccount(request.attesterKey);
  const hash = identityHash(request.attesterSecret, request.identity);
  const now = request.now ?? Math.floor(Date.now() / 1000);
  const deadline = BigInt(now + (request.validForSeconds ?? 3600));
  const signature = await attester.signTypedData({
    domain: {
      name: REPUTATION_DOMAIN_NAME,
      version: REPUTATION_DOMAIN_VERSION,
      chainId: request.chainId,
      verifyingContract: request.registry,
    },
    types: attestationTypes,
    primaryType: "Attestation",
    message: { identityHash: hash, account: request.account, deadline },
  });
  return { identityHash: hash, account: request.account, deadline: deadline.toString(), signature };
}
