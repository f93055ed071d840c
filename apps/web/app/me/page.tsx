import type { Metadata } from "next";
import { ChainUnavailableNotice } from "@/components/ui/chain-unavailable";
import { readTodoProjects } from "@/lib/reads/todo-projects";
import { TodosIsland } from "@/components/todos/todos-island";

export const metadata: Metadata = { title: "My to-dos" };

export default async function MePage() {
  const read = await readTodoProjects();
  return (
    <div className="space-y-6" data-testid="me-page">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">My to-dos</h1>
        <p className="text-stone-700">
          What needs you in the newest projects — votes to reveal, evidence deadlines, task lists to back — and everything you can withdraw, in
          one go.
        </p>
      </header>
      {read.status === "ok" ? (
        <TodosIsland projects={read.projects} chainNow={read.chainNow} deploymentBlock={read.deploymentBlock} />
      ) : (
        <ChainUnavailableNotice read={read} />
      )}
    </div>
  );
}
