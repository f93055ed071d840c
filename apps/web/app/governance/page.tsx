import { capitalTokenAbi, plcrVotingAbi, projectRegistryAbi, reputationRegistryAbi, taskRegistryAbi } from "@scipio/sdk/abi";
import type { Metadata } from "next";
import type { Address, PublicClient } from "viem";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { formatDuration } from "@/components/ui/time";
import { formatAmount, formatBps, formatCount } from "@/lib/format";
import { readAtLatestBlock, type ChainUnavailable } from "@/lib/reads/read-at-latest-block";
import { AttestersIsland } from "./_components/attesters-island";
import { FirstReputationIsland } from "./_components/first-reputation-island";
import { ParameterTable } from "./_components/parameter-table";

export const metadata: Metadata = { title: "Governance" };

type GovernanceRead =
  | {
      status: "ok";
      token: Awaited<ReturnType<typeof readTokenParameters>>;
      reputation: { firstReputation: bigint };
      registry: Awaited<ReturnType<typeof readRegistryParameters>>;
      tasks: Awaited<ReturnType<typeof readTaskParameters>>;
      voting: Awaited<ReturnType<typeof readVotingParameters>>;
      attesters: Address[];
    }
  | ChainUnavailable;

async function readTokenParameters(client: PublicClient, address: Address) {
  const token = { address, abi: capitalTokenAbi } as const;
  const [floorPrice, releaseWindow, deadSupply] = await Promise.all([
    client.readContract({ ...token, functionName: "floorPrice" }),
    client.readContract({ ...token, functionName: "releaseWindow" }),
    client.readContract({ ...token, functionName: "deadSupply" }),
  ]);
  return { floorPrice, releaseWindow, deadSupply };
}

async function readRegistryParameters(client: PublicClient, address: Address) {
  const registry = { address, abi: projectRegistryAbi } as const;
  const [parameters, maxTasks] = await Promise.all([
    client.readContract({ ...registry, functionName: "parameters" }),
    client.readContract({ ...registry, functionName: "MAX_TASKS" }),
  ]);
  return { ...parameters, maxTasks };
}

async function readTaskParameters(client: PublicClient, address: Address) {
  const tasks = { address, abi: taskRegistryAbi } as const;
  const [parameters, maxBatch] = await Promise.all([
    client.readContract({ ...tasks, functionName: "parameters" }),
    client.readContract({ ...tasks, functionName: "MAX_BATCH" }),
  ]);
  return { ...parameters, maxBatch };
}

async function readVotingParameters(client: PublicClient, address: Address) {
  const voting = { address, abi: plcrVotingAbi } as const;
  const [parameters, maxEscrow, maxBatch] = await Promise.all([
    client.readContract({ ...voting, functionName: "parameters" }),
    client.readContract({ ...voting, functionName: "MAX_ESCROW" }),
    client.readContract({ ...voting, functionName: "MAX_BATCH" }),
  ]);
  return { ...parameters, maxEscrow, maxBatch };
}

/**
 * Current attesters, folded from `AttesterSet` events since the deployment block: the registry keeps a
 * mapping, not a list, and attester changes are rare governance acts, so the log stays short.
 */
async function readAttesters(client: PublicClient, address: Address, fromBlock: bigint): Promise<Address[]> {
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

/** A fixed set of requests, all sent at once: 11 contract reads and the attesters' log query. */
function readGovernance(): Promise<GovernanceRead> {
  const required = ["CapitalToken", "ReputationRegistry", "ProjectRegistry", "TaskRegistry", "PlcrVoting"] as const;
  return readAtLatestBlock(required, async ({ client, contracts, deployment }): Promise<GovernanceRead> => {
    const {
      CapitalToken: token,
      ReputationRegistry: reputation,
      ProjectRegistry: registry,
      TaskRegistry: tasks,
      PlcrVoting: voting,
    } = contracts;
    const [tokenParameters, firstReputation, registryParameters, taskParameters, votingParameters, attesters] = await Promise.all([
      readTokenParameters(client, token),
      client.readContract({ address: reputation, abi: reputationRegistryAbi, functionName: "firstReputation" }),
      readRegistryParameters(client, registry),
      readTaskParameters(client, tasks),
      readVotingParameters(client, voting),
      readAttesters(client, reputation, BigInt(deployment.deploymentBlock)),
    ]);
    return {
      status: "ok",
      token: tokenParameters,
      reputation: { firstReputation },
      registry: registryParameters,
      tasks: taskParameters,
      voting: votingParameters,
      attesters,
    };
  });
}

export default async function GovernancePage() {
  const read = await readGovernance();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Governance</h1>
        <p className="mt-1 text-stone-600">
          Governance is a timelock: its proposer (a multisig in production) schedules a change, and the change runs once the timelock&apos;s
          delay has passed. It manages identity attesters and the first reputation a new identity receives, nothing else: it cannot move
          anyone&apos;s tokens, reputation or the pool&apos;s ether, and every other parameter below was fixed within its bounds at deployment.
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
              ["Dead supply", `${formatAmount(read.token.deadSupply)} ${read.token.deadSupply === 10n ** 18n ? "token" : "tokens"}`, "Minted at deployment so the supply never returns to zero."],
            ]}
          />
          <ParameterTable
            title="Reputation registry"
            rows={[["First reputation", `${formatAmount(read.reputation.firstReputation)} REP`, "Granted once per registered identity."]]}
          >
            <FirstReputationIsland />
          </ParameterTable>
          <ParameterTable
            title="Project registry"
            rows={[
              ["Shortest staking period", formatDuration(Number(read.registry.minStakingPeriod)), "From proposal to staking deadline."],
              ["Longest staking period", formatDuration(Number(read.registry.maxStakingPeriod)), ""],
              ["Unstake lock window", formatDuration(Number(read.registry.unstakeLockWindow)), "Before the staking deadline, stakes cannot be withdrawn."],
              ["Staked period", formatDuration(Number(read.registry.stakedPeriod)), "Time to submit and back task lists."],
              ["Active period", formatDuration(Number(read.registry.activePeriod)), "Time to claim and deliver tasks."],
              ["Stake needed to submit a list", formatBps(read.registry.minSubmitStakeBps), "Of either requirement."],
              ["Smallest project cost", `${formatAmount(read.registry.minCost)} ETH`, "A proposal must cost at least this."],
              ["Tasks per list", `${formatCount(read.registry.maxTasks)} tasks`, "The most tasks one task list may hold."],
            ]}
          />
          <ParameterTable
            title="Task registry"
            rows={[
              ["Task period", formatDuration(Number(read.tasks.taskPeriod)), "Time a claimer has to submit evidence; claims close when less than this remains of the active period."],
              ["Validation period", formatDuration(Number(read.tasks.validationPeriod)), "Time to stake on submitted tasks as validators; disputed tasks then go to a vote."],
              ["Completion threshold", formatBps(read.tasks.completionThresholdBps), "Completed tasks' weightings must add up to at least this for the project to be complete."],
              ["Payouts per withdrawal", `${formatCount(read.tasks.maxBatch)} tasks`, "The most task payouts one withdrawal transaction collects."],
            ]}
          />
          <ParameterTable
            title="Voting"
            rows={[
              ["Commit period", formatDuration(Number(read.voting.commitPeriod)), "Time to commit a sealed vote once a disputed task's poll opens."],
              ["Reveal period", formatDuration(Number(read.voting.revealPeriod)), "Then the time to reveal it; escrow comes back after this."],
              ["Quorum", formatBps(read.voting.quorumBps), "Revealed tokens as a share of all tokens plus revealed reputation as a share of all reputation must reach this."],
              ["Largest vote", `${formatCount(read.voting.maxEscrow)} tokens and ${formatCount(read.voting.maxEscrow)} REP`, "The most whole tokens, and the most whole reputation, one vote escrows."],
              ["Polls per withdrawal", `${formatCount(read.voting.maxBatch)} polls`, "The most polls one escrow withdrawal transaction handles."],
            ]}
          />
          <AttestersIsland attesters={read.attesters} />
        </>
      )}
    </div>
  );
}
