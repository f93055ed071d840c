import type { Metadata } from "next";
import { ComingNext } from "@/components/coming-next";

export const metadata: Metadata = { title: "Governance" };

export default function GovernancePage() {
  return (
    <ComingNext title="Governance">
      <p>The protocol&apos;s parameters and its identity attesters will be shown here, with the governance account&apos;s controls.</p>
    </ComingNext>
  );
}
