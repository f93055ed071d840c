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
 * The local chain's attester: anvil's account #9 (a public test key, which the deploy script approves) and its
 * identity secret. The app's attest route signs with it on chain 31337 when no key is configured; the demo seed
 * and the browser tests register with it too. Never for another chain.
 */
export const LOCAL_DEV_ATTESTER = {
  key: "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
  secret: "scipio-local-dev",
} as const satisfies { key: Hex; secret: string };

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
