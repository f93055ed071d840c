import { demoAccounts } from "@scipio/sdk/demo";
import type { Metadata } from "next";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { IndexFreshnessNote } from "@/components/index-freshness";
import { formatCount } from "@/lib/format";
import { LOCAL_CHAIN_ID } from "@/lib/runtime-config";
import { PARTICIPANTS_PAGE, readParticipants, type RoleMembers } from "@/lib/reads/participants";
import { getRuntimeConfig } from "@/lib/server-config";
import { ParticipantIsland } from "./_components/participant-island";

export const metadata: Metadata = { title: "Participants" };

export default async function ParticipantsPage() {
  const [read, { chainId }] = await Promise.all([readParticipants(), getRuntimeConfig()]);
  // On the local chain the demo accounts have names; elsewhere an address is all there is.
  const names = chainId === LOCAL_CHAIN_ID ? new Map(demoAccounts.map((a) => [a.address.toLowerCase(), a.name])) : new Map<string, string>();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Participants</h1>
        <p className="text-stone-600">
          Operators run the network and issue bandwidth tokens; validators review their expenses; public administrations
          and the platform take part in the compensation table. The platform admin onboards them after due diligence.
          Anyone may join as an investor.
        </p>
      </div>
      {read.freshness && <IndexFreshnessNote freshness={read.freshness} fallback="read from the registry directly" />}
      {read.status === "ok" ? (
        <>
          <ParticipantIsland />
          <div className="grid gap-4 md:grid-cols-2">
            {read.roles.map((members) => (
              <RoleList key={members.role.key} members={members} names={names} />
            ))}
          </div>
        </>
      ) : (
        <ChainUnavailableNotice read={read} contract="participant registry" />
      )}
    </div>
  );
}

function RoleList({ members: { role, accounts, total }, names }: { members: RoleMembers; names: Map<string, string> }) {
  const headingId = `role-${role.key}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4" data-testid={`role-${role.key}`}>
      <h2 id={headingId} className="font-semibold">
        {role.plural} <span className="font-normal text-stone-600">({formatCount(total)})</span>
      </h2>
      {accounts.length === 0 ? (
        <p className="text-sm text-stone-600">None yet.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {accounts.map((account) => (
            <li key={account} className="break-all">
              {names.get(account.toLowerCase()) && <span className="mr-2 font-medium">{names.get(account.toLowerCase())}</span>}
              <span className="font-mono text-stone-600">{account}</span>
            </li>
          ))}
        </ul>
      )}
      {total > PARTICIPANTS_PAGE && (
        <p className="text-sm text-stone-600">and {formatCount(total - PARTICIPANTS_PAGE)} more not listed here.</p>
      )}
    </section>
  );
}
