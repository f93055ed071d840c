import { checkEvidence, type EvidenceCheckMessage, type EvidenceCheckRequest } from "./expenses-evidence-check";

/**
 * The evidence page's checks in a worker: zod, the schemas and the CAR verifier load and run off the page's main
 * thread, which stays free for the reviewer (and for drawing the PDF). One request per worker; the page
 * terminates the worker to cancel.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EvidenceCheckRequest>) => void) | null;
  postMessage(message: EvidenceCheckMessage, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data: { evidenceCid, onChain, gateway } }) => {
  void checkEvidence(evidenceCid, onChain, {
    gateway,
    signal: new AbortController().signal,
    onDocument: (result) => scope.postMessage({ kind: "document", result }),
    onFile: (result) => scope.postMessage({ kind: "file", result }, result.status === "verified" ? [result.value.bytes.buffer as ArrayBuffer] : []),
  });
};
