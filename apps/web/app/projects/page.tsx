import type { Metadata } from "next";
import { ComingNext } from "@/components/coming-next";

export const metadata: Metadata = { title: "Projects" };

export default function ProjectsPage() {
  return (
    <ComingNext title="Projects">
      <p>
        Proposals, staking, task lists, claims, validation and votes will live here once the project registry is
        deployed.
      </p>
    </ComingNext>
  );
}
