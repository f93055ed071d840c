import { capitalTokenAbi, projectRegistryAbi, reputationRegistryAbi } from "@scipio/sdk/abi";
import type { Metadata } from "next";
import type { Address } from "viem";
import { ChainUnavailableNotice } from "@/components/distribute/chain-unavailable";
import { formatDuration } from "@/components/distribute/time";
import { formatAmount, formatBps } from "@/lib/format";
import { getRuntimeConfig, getServerClient } from "@/lib/server-config";
import type { ChainUnavailable } from "../projects/_lib/reads";
import { AttestersIsland } from "./_components/attesters-island";

export const metadata: Metadata = { title: "Governance" };

type GovernanceRead =
  | {
      status: "ok";
      token: { floorPrice: bigint; releaseWindow: bigint; deadSupply: bigint };
      reputation: { firstReputation: bigint };
      registry: Awaited<ReturnType<typeof readRegistryParameters>>;
      attesters: Address[];
    }
  | ChainUnavailable;

async function readRegistryParameters(address: Address) {
  const client = await getServerClient();
  return client.readContract({ address, abi: projectRegistryAbi, functionName: "parameters" });
}

/**
 * Current attesters, folded from `AttesterSet` events since the deployment block: the registry keeps a
 * mapping, not a list, and attester changes are rare governance acts, so the log stays short.
 */
async function readAttesters(address: Address, fromBlock: bigint): Promise<Address[]> {
  const client = await getServerClient();
  const logs = await client.getContractEvents({ address, abi: reputationRegistryAbi, eventName: "AttesterSet", fromBlock });
  const approved = new Map<string, Address>();
  for (const log of logs) {
    const { attester, approved: isApproved } = log.args;
    if (!attester) continue;
    if (isApproved) approved.set(attester.toLowerCase(), attester);
    else approved.delete(attester.toLowerCase());
  }
  return [...approved.values()];
}

async function readGovernance(): Promise<GovernanceRead> {
  const { deployment, rpcUrl } = await getRuntimeConfig();
  const { CapitalToken: token, ReputationRegistry: reputation, ProjectRegistry: registry } = deployment.contracts;
  if (!token || !reputation || !registry) return { status: "not-deployed" };
  const client = await getServerClient();
  try {
    await client.getBlockNumber();
  } catch {
    return { status: "unreachable", rpcUrl };
  }
  try {
    const [floorPrice, releaseWindow, deadSupply, firstReputation, registryParameters, attesters] = await Promise.all([
      client.readContract({ address: token, abi: capitalTokenAbi, functionName: "floorPrice" }),
      client.readContract({ address: token, abi: capitalTokenAbi, functionName: "releaseWindow" }),
      client.readContract({ address: token, abi: capitalTokenAbi, functionName: "deadSupply" }),
      client.readContract({ address: reputation, abi: reputationRegistryAbi, functionName: "firstReputation" }),
      readRegistryParameters(registry),
      readAttesters(reputation, BigInt(deployment.deploymentBlock)),
    ]);
    return {
      status: "ok",
      token: { floorPrice, releaseWindow, deadSupply },
      reputation: { firstReputation },
      registry: registryParameters,
      attesters,
    };
  } catch {
    return { status: "not-deployed" };
  }
}

export default async function GovernancePage() {
  const read = await readGovernance();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Governance</h1>
        <p className="mt-1 text-stone-600">
          Governance is one account holding the admin role of each contract (a multisig or timelock in production). It manages identity
          attesters and nothing else at run time; every other parameter below was fixed within its bounds at deployment.
        </p>
      </div>
      {read.status !== "ok" ? (
        <ChainUnavailableNotice read={read} />
      ) : (
        <>
          <ParameterTable
            title="Capital token"
            rows={[
              ["Floor price", `${formatAmount(read.token.floorPrice, 6)} ETH per token`, "The buy price whenever pool ÷ supply is below it."],
              ["Release window", formatDuration(Number(read.token.releaseWindow)), "Ether returned to the pool and burned stakes reach the price over this time."],
              ["Dead supply", `${formatAmount(read.token.deadSupply)} tokens`, "Minted at deployment so the supply never returns to zero."],
            ]}
          />
          <ParameterTable
            title="Reputation registry"
            rows={[["First reputation", `${formatAmount(read.reputation.firstReputation)} REP`, "Granted once per registered identity."]]}
          />
          <ParameterTable
            title="Project registry"
            rows={[
              ["Shortest staking period", formatDuration(Number(read.registry.minStakingPeriod)), "From proposal to staking deadline."],
              ["Longest staking period", formatDuration(Number(read.registry.maxStakingPeriod)), ""],
              ["Unstake lock window", formatDuration(Number(read.registry.unstakeLockWindow)), "Before the staking deadline, stakes cannot be withdrawn."],
              ["Staked period", formatDuration(Number(read.registry.stakedPeriod)), "Time to submit and back task lists."],
              ["Active period", formatDuration(Number(read.registry.activePeriod)), "Time to claim and deliver tasks."],
              ["Stake needed to submit a list", formatBps(read.registry.minSubmitStakeBps), "Of either requirement."],
            ]}
          />
          <AttestersIsland attesters={read.attesters} />
        </>
      )}
    </div>
  );
}

function ParameterTable({ title, rows }: { title: string; rows: [string, string, string][] }) {
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-5">
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      <table className="w-full table-fixed text-left text-sm">
        <thead className="sr-only">
          <tr>
            <th>Parameter</th>
            <th>Value</th>
            <th>Meaning</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map(([name, value, meaning]) => (
            <tr key={name}>
              <th scope="row" className="w-1/2 py-2 pr-4 font-medium text-stone-700 sm:w-1/4">
                {name}
              </th>
              <td className="py-2 pr-4 font-semibold tabular-nums sm:w-1/4">{value}</td>
              <td className="hidden py-2 text-stone-600 sm:table-cell sm:w-1/2">{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
