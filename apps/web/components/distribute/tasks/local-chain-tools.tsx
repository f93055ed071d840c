"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useRuntimeConfig } from "@/components/runtime-config";
import { LOCAL_CHAIN_ID } from "@/lib/runtime-config";

import type { Deadline } from "./task-stages";

async function rpc(url: string, method: string, params: unknown[]): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await response.json()) as { result?: unknown; error?: { message: string } };
  if (body.error) throw new Error(body.error.message);
  return body.result;
}

/**
 * Local chain only: moves chain time just past the project's next deadline (`evm_increaseTime` + `evm_mine`
 * on the node the app reads), so a person can walk a project through every stage in minutes.
 */
export function LocalChainTools({ deadlines }: { deadlines: Deadline[] }) {
  const { chainId, rpcUrl } = useRuntimeConfig();
  const router = useRouter();
  const [problem, setProblem] = useState<string>();
  const [moving, setMoving] = useState(false);
  const [, startTransition] = useTransition();
  if (chainId !== LOCAL_CHAIN_ID) return null;

  const skip = async () => {
    setMoving(true);
    setProblem(undefined);
    try {
      const latest = (await rpc(rpcUrl, "eth_getBlockByNumber", ["latest", false])) as { timestamp: string };
      const now = BigInt(latest.timestamp);
      const next = deadlines.filter((deadline) => deadline.at >= now).sort((a, b) => (a.at < b.at ? -1 : 1))[0];
      if (!next) {
        setProblem("Every deadline of this project has passed already.");
        return;
      }
      await rpc(rpcUrl, "evm_increaseTime", [Number(next.at - now + 1n)]);
      await rpc(rpcUrl, "evm_mine", []);
      startTransition(() => router.refresh());
    } catch (error) {
      setProblem(`The local chain refused to move time: ${(error as Error).message}`);
    } finally {
      setMoving(false);
    }
  };

  return (
    <section aria-label="Local-chain tools" data-testid="local-chain-tools" className="rounded-lg border border-dashed border-violet-300 bg-violet-50 p-3 text-sm">
      {deadlines.length === 0 ? (
        <p className="text-violet-950">
          <strong>Local chain:</strong> no deadline of this project lies ahead.
        </p>
      ) : (
        <>
          <p className="text-violet-950">
            <strong>Local chain:</strong> next deadline — {deadlines.map((deadline) => deadline.label).join(", ")}.
          </p>
          <button
            type="button"
            onClick={() => void skip()}
            disabled={moving}
            className="mt-2 rounded-md bg-violet-700 px-3 py-1.5 font-semibold text-white hover:bg-violet-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-700 disabled:bg-stone-300"
          >
            {moving ? "Moving time…" : "Skip to the next deadline"}
          </button>
        </>
      )}
      {problem && (
        <p role="alert" className="mt-2 text-red-800">
          {problem}
        </p>
      )}
    </section>
  );
}
