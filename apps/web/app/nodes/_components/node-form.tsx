"use client";

import { useNodeActions } from "@scipio/sdk/hooks";
import { cidToDigest, uploadEvidence, type OnChainCid } from "@scipio/sdk/ipfs";
import { NODE_KINDS, NODE_STATUSES } from "@scipio/sdk/protocol";
import { NODE_METADATA_MAX_BYTES, nodeFormSchema, nodeMetadataJson, type NodeFormInput } from "@scipio/sdk/schemas";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useAccount } from "wagmi";
import { FormProblem, SelectField, SubmitButton, TextField, TransactionStatus, useSchemaForm } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { RegisterNodeConnectPanel } from "./node-islands";

export type NodeFormProps = { nodeId?: string; initial?: NodeFormInput };

export const EMPTY_NODE_FORM: NodeFormInput = { name: "", device: "", links: "", kind: "1", status: "0", latitude: "", longitude: "" };

const kindOptions = NODE_KINDS.map((label, index) => ({ value: String(index), label }));
const statusOptions = NODE_STATUSES.map((label, index) => ({ value: String(index), label }));

/**
 * Registers a node, or edits one (with `nodeId`). Everything is checked with the sdk's schema before the
 * metadata is uploaded: a point off the globe or metadata over the size limit is refused with the reason, and
 * the form keeps what was typed.
 */
export default function NodeForm({ nodeId, initial = EMPTY_NODE_FORM }: NodeFormProps) {
  const router = useRouter();
  const { isConnected } = useAccount();
  const { register, update, state } = useNodeActions();
  const { fields: form, set: setField, problems, attempt } = useSchemaForm(nodeFormSchema, initial);
  const [problem, setProblem] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const uploaded = useRef<{ json: string; onChain: OnChainCid }>(undefined);

  const set = (field: keyof NodeFormInput) => (value: string) => {
    setField(field)(value);
    setProblem(undefined);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const parsed = attempt();
    if (!parsed) return;
    const { document, kind, status, latitude, longitude } = parsed;
    const { json } = nodeMetadataJson(document);
    // A retry after a refused transaction does not upload the same metadata again.
    let metadata = uploaded.current?.json === json ? uploaded.current.onChain : undefined;
    if (!metadata) {
      setUploading(true);
      try {
        const cid = await uploadEvidence(new File([json], "node.json", { type: "application/json" }));
        metadata = cidToDigest(cid);
        uploaded.current = { json, onChain: metadata };
      } catch (error) {
        setProblem(`The metadata could not be uploaded: ${error instanceof Error ? error.message : String(error)}`);
        return;
      } finally {
        setUploading(false);
      }
    }
    const input = { kind, status, latitude, longitude, metadata };
    if (nodeId === undefined) {
      const id = await register(input);
      if (id !== undefined) router.push(`/nodes/${id}`);
    } else if (await update(BigInt(nodeId), input)) {
      router.refresh();
    }
  }

  if (!isConnected) return <RegisterNodeConnectPanel />;

  return (
    <form onSubmit={submit} noValidate className="space-y-6" data-testid="node-form">
      <Panel title={nodeId === undefined ? "The node" : "Edit the node"}>
        <TextField label="Name" value={form.name} onChange={set("name")} problem={problems.name} />
        <TextField label="Device (optional)" value={form.device} onChange={set("device")} problem={problems.device} placeholder="e.g. Ubiquiti NanoStation M5" />
        <TextField
          label="Links (optional, one per line)"
          multiline
          value={form.links}
          onChange={set("links")}
          problem={problems.links}
          hint="A page about the node, its monitoring graph…"
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Kind" value={form.kind} onChange={set("kind")} options={kindOptions} problem={problems.kind} />
          <SelectField label="Status" value={form.status} onChange={set("status")} options={statusOptions} problem={problems.status} />
          <TextField label="Latitude" unit="°" inputMode="decimal" value={form.latitude} onChange={set("latitude")} problem={problems.latitude} placeholder="41.9300" />
          <TextField label="Longitude" unit="°" inputMode="decimal" value={form.longitude} onChange={set("longitude")} problem={problems.longitude} placeholder="2.2540" />
        </div>
        <p className="text-xs text-stone-600">
          Name, device and links are published on IPFS as one JSON document of at most {NODE_METADATA_MAX_BYTES.toLocaleString("en-US")} bytes; its CID,
          the kind, the status and the location go on chain.
        </p>
        <FormProblem testId="metadata-problem">{problems.metadata}</FormProblem>
      </Panel>
      <FormProblem>{problem}</FormProblem>
      <SubmitButton state={uploading ? { status: "simulating" } : state}>{nodeId === undefined ? "Register node" : "Save changes"}</SubmitButton>
      <TransactionStatus state={state} confirmed={nodeId === undefined ? "Registered. Opening the node…" : "Saved."} />
    </form>
  );
}
