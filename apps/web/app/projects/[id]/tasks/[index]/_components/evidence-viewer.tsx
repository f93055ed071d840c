"use client";

import { useEffect, useState } from "react";
import { useRuntimeConfig } from "@/components/runtime-config";

type Loaded =
  | { status: "loading" }
  | { status: "verified"; url: string; kind: "image" | "pdf" | "text"; text?: string; size: number }
  | { status: "mismatch"; message: string }
  | { status: "unavailable"; message: string };

const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;

/**
 * The task's evidence, fetched from the gateway as a trustless CAR and shown only once every block is checked
 * against the CID on chain (the verifier is loaded when the evidence is shown, not with the page).
 */
export function EvidenceViewer({ cid }: { cid: string }) {
  const { gatewayUrl } = useRuntimeConfig();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    let url: string | undefined;
    (async () => {
      const { fetchEvidence, contentMatchesType, EvidenceVerificationError } = await import("@scipio/sdk/ipfs");
      try {
        const bytes = await fetchEvidence(cid, { gateway: gatewayUrl, signal: controller.signal });
        const image = IMAGE_TYPES.find((type) => contentMatchesType(bytes, type));
        const kind = image ? "image" : contentMatchesType(bytes, "application/pdf") ? "pdf" : "text";
        const type = image ?? (kind === "pdf" ? "application/pdf" : "text/plain");
        url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
        const text = kind === "text" ? new TextDecoder().decode(bytes.slice(0, 20_000)) : undefined;
        setLoaded({ status: "verified", url, kind, text, size: bytes.length });
      } catch (error) {
        if (controller.signal.aborted) return;
        const verification = error instanceof EvidenceVerificationError && error.reason !== "unavailable";
        setLoaded(
          verification
            ? { status: "mismatch", message: (error as Error).message }
            : { status: "unavailable", message: "The gateway did not return the evidence. Try again later." },
        );
      }
    })();
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [cid, gatewayUrl]);

  return (
    <div className="space-y-3" data-testid="evidence-viewer">
      <p className="text-xs break-all text-stone-500">
        CID <span data-testid="evidence-cid">{cid}</span>
      </p>
      {loaded.status === "loading" && <p className="text-sm text-stone-600">Fetching and verifying the evidence…</p>}
      {loaded.status === "mismatch" && (
        <p role="alert" data-testid="evidence-mismatch" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <strong>The gateway returned data that does not match the CID.</strong> It is not shown. ({loaded.message})
        </p>
      )}
      {loaded.status === "unavailable" && <p className="text-sm text-stone-700">{loaded.message}</p>}
      {loaded.status === "verified" && (
        <>
          <p data-testid="evidence-verified" className="text-sm font-medium text-emerald-800">
            ✓ Verified against the CID ({loaded.size.toLocaleString("en-US")} bytes)
          </p>
          {loaded.kind === "image" && (
            // eslint-disable-next-line @next/next/no-img-element -- a verified blob: URL, not an optimisable remote image
            <img src={loaded.url} alt="Task evidence" className="max-h-96 rounded border border-stone-200" />
          )}
          {loaded.kind === "text" && (
            <pre className="max-h-96 overflow-auto rounded bg-stone-50 p-3 text-xs whitespace-pre-wrap" data-testid="evidence-text">
              {loaded.text}
            </pre>
          )}
          <a href={loaded.url} download={`evidence-${cid.slice(-8)}`} className="text-sm text-teal-800 underline">
            Download the verified file
          </a>
        </>
      )}
    </div>
  );
}
