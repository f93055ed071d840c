import { useCallback } from "react";
import { parseEventLogs } from "viem";
import { nodeRegistryAbi } from "../abi/generated.ts";
import type { OnChainCid } from "../ipfs/cid.ts";
import { CID_CODEC } from "../protocol.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

/** What a registration or an edit sets (`INodeRegistry.NodeInput`), coordinates in millionths of a degree. */
export type NodeInput = { kind: number; status: number; latitude: number; longitude: number; metadata: OnChainCid };

function toContractInput(input: NodeInput) {
  return {
    kind: input.kind,
    status: input.status,
    latitude: input.latitude,
    longitude: input.longitude,
    metadataDigest: input.metadata.digest,
    metadataCodec: CID_CODEC[input.metadata.codec],
  };
}

/** Every node action: register (operators), edit, change status, remove (the node's owner). One transaction state. */
export function useNodeActions() {
  const address = useContractAddress("NodeRegistry");
  const transaction = useTransaction();
  const { send } = transaction;

  const register = useCallback(
    async (input: NodeInput) => {
      const receipt = await send({
        label: "Register node",
        abi: nodeRegistryAbi,
        address: requireDeployed(address, "NodeRegistry"),
        functionName: "registerNode",
        args: [toContractInput(input)],
      });
      if (!receipt) return undefined;
      const [registered] = parseEventLogs({ abi: nodeRegistryAbi, eventName: "NodeRegistered", logs: receipt.logs });
      return registered?.args.nodeId;
    },
    [send, address],
  );
  const update = useCallback(
    (nodeId: bigint, input: NodeInput) =>
      send({ label: "Save node", abi: nodeRegistryAbi, address: requireDeployed(address, "NodeRegistry"), functionName: "updateNode", args: [nodeId, toContractInput(input)] }),
    [send, address],
  );
  const setStatus = useCallback(
    (nodeId: bigint, status: number) =>
      send({ label: "Change node status", abi: nodeRegistryAbi, address: requireDeployed(address, "NodeRegistry"), functionName: "setNodeStatus", args: [nodeId, status] }),
    [send, address],
  );
  const remove = useCallback(
    (nodeId: bigint) => send({ label: "Remove node", abi: nodeRegistryAbi, address: requireDeployed(address, "NodeRegistry"), functionName: "removeNode", args: [nodeId] }),
    [send, address],
  );
  return { ...transaction, register, update, setStatus, remove, available: address !== undefined };
}
