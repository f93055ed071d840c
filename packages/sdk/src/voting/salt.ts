import { encodeAbiParameters, getAddress, keccak256, toHex, type Address, type Hex } from "viem";
import { z } from "zod";

/**
 * Sealed votes for the PLCR voting contract. A vote is committed as
 * `keccak256(abi.encode(pollId, voter, support, salt))`; revealing needs the same choice and salt, so the
 * salt is kept locally per poll and can be exported to a file and imported on another device.
 */

/** The part of the Web Storage API the store needs (`localStorage` fits; tests pass a Map-backed one). */
export interface SaltStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Everything needed to reveal one vote. */
export interface SealedVote {
  pollId: bigint;
  voter: Address;
  support: boolean;
  salt: Hex;
  commitHash: Hex;
}

const FILE_FORMAT = "scipio-sealed-votes";
const FILE_VERSION = 1;

const hex32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/, "expected 32 bytes of hex");
const storedVoteSchema = z.object({
  pollId: z.string().regex(/^\d+$/, "expected a decimal poll id"),
  voter: z.string().regex(/^0x[0-9a-fA-F]{40}$/, "expected an address"),
  support: z.boolean(),
  salt: hex32,
  commitHash: hex32,
});
const fileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(FILE_VERSION),
  namespace: z.string(),
  votes: z.array(storedVoteSchema).max(10_000),
});
type StoredVote = z.infer<typeof storedVoteSchema>;

/** 32 random bytes from the platform's CSPRNG. */
export function generateSalt(): Hex {
  return toHex(globalThis.crypto.getRandomValues(new Uint8Array(32)));
}

/** The commitment exactly as `PlcrVoting.commitHashOf` computes it. */
export function computeCommitHash(pollId: bigint, voter: Address, support: boolean, salt: Hex): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: "uint256" }, { type: "address" }, { type: "bool" }, { type: "bytes32" }],
      [pollId, getAddress(voter), support, salt],
    ),
  );
}

/** Seals a vote with a fresh salt (or the one given). */
export function sealVote(pollId: bigint, voter: Address, support: boolean, salt: Hex = generateSalt()): SealedVote {
  return { pollId, voter: getAddress(voter), support, salt, commitHash: computeCommitHash(pollId, voter, support, salt) };
}

/**
 * Keeps sealed votes in `storage` under one key per namespace (use e.g. `${chainId}:${votingAddress}`, since poll
 * ids repeat across deployments), one entry per voter and poll.
 */
export function createSaltStore(storage: SaltStorage, namespace: string, prefix = "scipio:sealed-votes:") {
  const storageKey = `${prefix}${namespace}`;
  const entryKey = (pollId: bigint, voter: Address) => `${getAddress(voter)}:${pollId.toString()}`;

  const read = (): Record<string, StoredVote> => {
    const raw = storage.getItem(storageKey);
    if (!raw) return {};
    const parsed = z.record(z.string(), storedVoteSchema).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  };
  const write = (entries: Record<string, StoredVote>) => storage.setItem(storageKey, JSON.stringify(entries));
  const toStored = (vote: SealedVote): StoredVote => ({ ...vote, pollId: vote.pollId.toString() });
  const fromStored = (vote: StoredVote): SealedVote => ({
    pollId: BigInt(vote.pollId),
    voter: getAddress(vote.voter),
    support: vote.support,
    salt: vote.salt as Hex,
    commitHash: vote.commitHash as Hex,
  });

  return {
    /** Stores (or replaces) a sealed vote; call it before sending the commit transaction. */
    save(vote: SealedVote): void {
      const entries = read();
      entries[entryKey(vote.pollId, vote.voter)] = toStored(vote);
      write(entries);
    },
    /** The sealed vote of `voter` in poll `pollId`, if this device has it. */
    load(pollId: bigint, voter: Address): SealedVote | undefined {
      const stored = read()[entryKey(pollId, voter)];
      return stored ? fromStored(stored) : undefined;
    },
    /** Forgets a vote (e.g. once its escrow is withdrawn). */
    remove(pollId: bigint, voter: Address): void {
      const entries = read();
      delete entries[entryKey(pollId, voter)];
      write(entries);
    },
    /** Every stored vote, optionally of one voter only. */
    list(voter?: Address): SealedVote[] {
      const all = Object.values(read()).map(fromStored);
      return voter ? all.filter((vote) => vote.voter === getAddress(voter)) : all;
    },
    /** A JSON file with the stored votes (of one voter, if given), to import on another device. */
    exportFile(voter?: Address): string {
      const votes = this.list(voter).map(toStored);
      return JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, namespace, votes }, null, 2);
    },
    /**
     * Imports a file written by `exportFile`: every vote's commitment is recomputed and must match. Returns how
     * many votes were imported; throws with what to fix when the file is not a sealed-vote file of this namespace.
     */
    importFile(contents: string): number {
      let json: unknown;
      try {
        json = JSON.parse(contents);
      } catch {
        throw new Error("This file is not JSON: choose the file exported from the device you voted on.");
      }
      const parsed = fileSchema.safeParse(json);
      if (!parsed.success) throw new Error("This is not a sealed-vote file exported by Scipio.");
      if (parsed.data.namespace !== namespace) {
        throw new Error(`This file holds votes for ${parsed.data.namespace}, not for ${namespace}.`);
      }
      const entries = read();
      for (const stored of parsed.data.votes) {
        const vote = fromStored(stored);
        if (computeCommitHash(vote.pollId, vote.voter, vote.support, vote.salt) !== vote.commitHash) {
          throw new Error(`The vote for poll ${stored.pollId} in this file is corrupted (its salt does not match).`);
        }
        entries[entryKey(vote.pollId, vote.voter)] = toStored(vote);
      }
      write(entries);
      return parsed.data.votes.length;
    },
  };
}

export type SaltStore = ReturnType<typeof createSaltStore>;
