import { useCallback, useMemo } from "react";
import type { Address, Hex } from "viem";
import { useChainId } from "wagmi";
import { plcrVotingAbi, useReadPlcrVotingGetVote } from "../abi/generated-hooks.ts";
import { createSaltStore, sealVote, type SaltStore } from "../voting/salt.ts";
import { requireDeployed, useContractAddress } from "./context.ts";
import { useTransaction } from "./use-transaction.ts";

/**
 * This browser's sealed votes for the deployed voting contract (poll ids repeat across deployments, so the
 * namespace is chain id and contract address). Undefined during server rendering or without the contract.
 */
export function useSaltStore(): SaltStore | undefined {
  const chainId = useChainId();
  const voting = useContractAddress("PlcrVoting");
  return useMemo(() => {
    if (!voting || typeof window === "undefined") return undefined;
    return createSaltStore(window.localStorage, `${chainId}:${voting.toLowerCase()}`);
  }, [chainId, voting]);
}

/** `voter`'s position in a poll (whole units). */
export function useMyVote(pollId: bigint, voter: Address | undefined) {
  const address = useContractAddress("PlcrVoting");
  return useReadPlcrVotingGetVote({
    address,
    args: [pollId, voter ?? "0x0000000000000000000000000000000000000000"],
    query: { enabled: address !== undefined && voter !== undefined },
  });
}

/**
 * Commits a sealed vote escrowing whole tokens and/or whole reputation. The salt is saved in this browser
 * *before* the transaction is sent, so a vote can never be committed without a way to reveal it.
 */
export function useCommitVote() {
  const address = useContractAddress("PlcrVoting");
  const store = useSaltStore();
  const transaction = useTransaction();
  const { send } = transaction;
  const commit = useCallback(
    async (vote: { pollId: bigint; voter: Address; support: boolean; tokens: bigint; reputation: bigint }) => {
      if (!store) throw new Error("Votes can only be sealed in a browser");
      const sealed = sealVote(vote.pollId, vote.voter, vote.support);
      store.save(sealed);
      const receipt = await send({
        label: "Commit vote",
        abi: plcrVotingAbi,
        address: requireDeployed(address, "PlcrVoting"),
        functionName: "commitVote",
        args: [vote.pollId, sealed.commitHash, vote.tokens, vote.reputation],
      });
      return receipt ? sealed : undefined;
    },
    [send, address, store],
  );
  return { ...transaction, commit, store, available: address !== undefined };
}

/** Reveals a committed vote with the choice and salt this browser holds (saved or imported). */
export function useRevealVote() {
  const address = useContractAddress("PlcrVoting");
  const transaction = useTransaction();
  const { send } = transaction;
  const reveal = useCallback(
    (pollId: bigint, support: boolean, salt: Hex) =>
      send({ label: "Reveal vote", abi: plcrVotingAbi, address: requireDeployed(address, "PlcrVoting"), functionName: "revealVote", args: [pollId, support, salt] }),
    [send, address],
  );
  return { ...transaction, reveal, available: address !== undefined };
}
