import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { formatDuration } from "@/components/ui/time";
import { formatAmount } from "@/lib/format";
import { readProposalContext } from "../_lib/reads";
import { ProposeIsland } from "./_components/propose-island";

export const metadata: Metadata = { title: "Propose a project" };

export default async function ProposePage() {
  const read = await readProposalContext();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <PageLink href="/projects" className="text-sm text-teal-800 underline">
          ← All projects
        </PageLink>
        <h1 className="text-2xl font-bold tracking-tight">Propose a project</h1>
        <p className="text-stone-600">
          Describe what the community should build and what it costs. Token and reputation holders then stake on it; once both
          requirements are met the pool funds it and stakers choose its task list.
        </p>
      </div>
      {read.status !== "ok" ? (
        <ChainUnavailableNotice read={read} />
      ) : (
        <>
          <p className="text-sm text-stone-700">
            The pool has <strong className="tabular-nums">{formatAmount(read.availablePool)} ETH</strong> available to projects. A project
            may cost up to {formatAmount((read.availablePool * 10_000n) / 10_700n)} ETH, since the pool must also cover the proposer,
            validation and staker rewards (7% of the cost). Staking stays open between {formatDuration(Number(read.parameters.minStakingPeriod))}{" "}
            and {formatDuration(Number(read.parameters.maxStakingPeriod))}.
          </p>
          <ProposeIsland
            minStakingPeriod={read.parameters.minStakingPeriod}
            maxStakingPeriod={read.parameters.maxStakingPeriod}
            unstakeLockWindow={read.parameters.unstakeLockWindow}
          />
        </>
      )}
    </div>
  );
}
