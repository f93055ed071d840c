import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { RegisterNodeIsland } from "../_components/node-islands";

export const metadata: Metadata = { title: "Register a node" };

export default function RegisterNodePage() {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <PageLink href="/nodes" className="text-sm text-teal-800 underline">
          ← All nodes
        </PageLink>
        <h1 className="text-2xl font-bold tracking-tight">Register a node</h1>
        <p className="text-stone-600">
          Put a node you run on the network&apos;s map: what it is, where it stands and how far along it is. Operators only; you can edit,
          move to another status or remove it later.
        </p>
      </div>
      <RegisterNodeIsland />
    </div>
  );
}
