"use client";

import { useAccount } from "wagmi";
import { PageLink } from "@/components/page-link";

/** The connected account's disputes (opened or answered), as a filter of the list. */
export default function MyDisputesLink({ current }: { current: string | undefined }) {
  const { address } = useAccount();
  if (!address) return null;
  const active = current?.toLowerCase() === address.toLowerCase();
  return (
    <PageLink href={active ? "/disputes" : `/disputes?party=${address}`} className="text-sm font-medium text-teal-800 underline" data-testid="my-disputes-link">
      {active ? "Show everyone's disputes" : "Show only my disputes"}
    </PageLink>
  );
}
