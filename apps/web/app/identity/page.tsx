import type { Metadata } from "next";
import { ComingNext } from "@/components/coming-next";

export const metadata: Metadata = { title: "Identity" };

export default function IdentityPage() {
  return (
    <ComingNext title="Identity">
      <p>
        Register a persistent identity here to receive your first reputation. On the local chain a dev identity is
        attested for any new handle.
      </p>
    </ComingNext>
  );
}
