import { reputationRegistryAbi } from "@scipio/sdk/abi";
import type { Metadata } from "next";
import { formatAmount } from "@/lib/format";
import { LOCAL_CHAIN_ID } from "@/lib/runtime-config";
import { getRuntimeConfig, getServerClient } from "@/lib/server-config";
import { RegisterIsland } from "./_components/register-island";

export const metadata: Metadata = { title: "Identity" };

async function readFirstReputation(): Promise<bigint | undefined> {
  const { deployment } = await getRuntimeConfig();
  const registry = deployment.contracts.ReputationRegistry;
  if (!registry) return undefined;
  try {
    const client = await getServerClient();
    return await client.readContract({ address: registry, abi: reputationRegistryAbi, functionName: "firstReputation" });
  } catch {
    return undefined;
  }
}

export default async function IdentityPage() {
  const [{ chainId }, firstReputation] = await Promise.all([getRuntimeConfig(), readFirstReputation()]);
  const local = chainId === LOCAL_CHAIN_ID;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Identity</h1>
        <p className="text-stone-600">
          Reputation lets you stake on projects, back task lists and claim tasks. Every person receives a first{" "}
          {firstReputation !== undefined ? <strong>{formatAmount(firstReputation)} REP</strong> : "amount of reputation"} once,
          for one persistent identity bound to one account. Reputation cannot be transferred.
        </p>
        <p className="text-sm text-stone-600">
          {local
            ? "This is the local chain: the app attests a dev identity for any handle nobody has registered yet."
            : "The app's attester signs only identities its identity verifier confirms."}{" "}
          The chain stores only a keyed hash of your identity, never the identity itself.
        </p>
      </div>
      <RegisterIsland />
    </div>
  );
}
