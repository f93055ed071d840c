import { reputationRegistryAbi } from "@scipio/sdk/abi";
import { LOCAL_DEV_ATTESTER, identityHash, signAttestation } from "@scipio/sdk/identity/server";
import { addressSchema, identityHandleSchema } from "@scipio/sdk/schemas";
import { zeroAddress, type Hex } from "viem";
import { z } from "zod";
import { getRuntimeConfig, getServerClient } from "@/lib/server-config";
import { LOCAL_CHAIN_ID } from "@/lib/runtime-config";

/**
 * The app's identity attester. It signs the EIP-712 attestation `ReputationRegistry.register` accepts, so
 * its key and the secret that hashes identities stay on the server. On the local chain any new handle
 * gets a dev identity, signed by anvil's account #9 (which the deploy script approves) unless a key is
 * configured; on any other chain it signs only what the configured identity verifier confirms.
 */
const requestSchema = z.object({
  identity: identityHandleSchema,
  account: addressSchema,
  /** Whatever the configured verifier needs to confirm the identity (e.g. a token from its sign-in). */
  proof: z.string().max(4_096).optional(),
});

export async function POST(request: Request): Promise<Response> {
  const body = requestSchema.safeParse(await request.json().catch(() => undefined));
  if (!body.success) return refuse(400, body.error.issues[0]?.message ?? "Send { identity, account } as JSON");
  const { identity, account, proof } = body.data;

  const { chainId, deployment } = await getRuntimeConfig();
  const registry = deployment.contracts.ReputationRegistry;
  if (!registry) return refuse(503, "No reputation registry is deployed on this chain.");

  const signer = attesterFor(chainId);
  if (!signer) {
    return refuse(
      503,
      "Identity registration is not available on this network: the app has no identity verifier and attester configured.",
    );
  }
  const verifier = process.env.SCIPIO_IDENTITY_VERIFIER;
  if (chainId !== LOCAL_CHAIN_ID) {
    if (!verifier) return refuse(503, "Identity registration needs an identity verifier, and none is configured for this network.");
    const verdict = await verify(verifier, { identity, account, proof });
    if (verdict !== true) return refuse(403, verdict);
  }

  const client = await getServerClient();
  const read = { address: registry, abi: reputationRegistryAbi } as const;
  try {
    const hash = identityHash(signer.secret, identity);
    const [owner, registered, latest] = await Promise.all([
      client.readContract({ ...read, functionName: "accountOf", args: [hash] }),
      client.readContract({ ...read, functionName: "isRegistered", args: [account] }),
      client.getBlock({ blockTag: "latest" }),
    ]);
    // Refused here, before anything is signed; the contract refuses the same (ReputationIdentityTaken,
    // ReputationAccountRegistered) should two requests race.
    if (owner !== zeroAddress) {
      return refuse(
        409,
        owner.toLowerCase() === account.toLowerCase()
          ? `“${identity}” is already registered to this account: the first reputation is granted once.`
          : `“${identity}” is already registered to another account (${owner}). One identity has one account.`,
      );
    }
    if (registered) return refuse(409, "This account already registered an identity: the first reputation is granted once per account.");
    // Chain time, not wall time: a local chain may have been moved ahead of the clock.
    const attestation = await signAttestation({
      attesterKey: signer.key,
      attesterSecret: signer.secret,
      registry,
      chainId,
      identity,
      account,
      now: Number(latest.timestamp),
    });
    return Response.json(attestation);
  } catch (error) {
    console.error("attest: the chain did not answer:", error);
    return refuse(502, "The chain did not answer: try again in a minute.");
  }
}

function attesterFor(chainId: number): { key: Hex; secret: string } | undefined {
  const key = process.env.SCIPIO_ATTESTER_KEY as Hex | undefined;
  const secret = process.env.SCIPIO_ATTESTER_SECRET;
  if (key && secret) return { key, secret };
  if (chainId === LOCAL_CHAIN_ID && !key && !secret) return LOCAL_DEV_ATTESTER;
  return undefined;
}

/**
 * Asks the configured verifier whether `identity` belongs to the person behind `account`: it answers
 * `{ "verified": true }`, or `{ "verified": false, "reason": "…" }`. Returns true or the reason to show.
 */
async function verify(verifier: string, question: { identity: string; account: string; proof?: string }): Promise<true | string> {
  try {
    const response = await fetch(verifier, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(question),
      signal: AbortSignal.timeout(10_000),
    });
    const answer = (await response.json().catch(() => ({}))) as { verified?: unknown; reason?: unknown };
    if (response.ok && answer.verified === true) return true;
    return typeof answer.reason === "string" ? answer.reason : "The identity verifier did not confirm this identity.";
  } catch {
    return "The identity verifier did not answer: try again later.";
  }
}

function refuse(status: number, message: string): Response {
  return Response.json({ error: message }, { status });
}
