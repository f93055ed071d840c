import "server-only";
import { bandwidthAuctionAbi, bandwidthTokenAbi, bandwidthTokenFactoryAbi } from "@scipio/sdk/abi";
import { indexer } from "@scipio/sdk/indexer";
import { erc20Abi, type Address } from "viem";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
import { readAtLatestBlock, type ChainUnavailable } from "./read-at-latest-block";

/** The dashboard lists at most this many of an operator's tokens, and looks at this many of the newest auctions. */
export const OPERATOR_TOKENS_PAGE = 50n;
export const RECENT_AUCTIONS = 100n;

export type OperatorToken = {
  address: Address;
  name: string;
  symbol: string;
  totalSupply: bigint;
  deliveryStart: bigint;
  deliveryEnd: bigint;
};

export type OperatorTokensRead = ({ status: "ok"; tokens: OperatorToken[]; total: bigint } | ChainUnavailable) & { freshness?: IndexFreshness };

/** `operator`'s bandwidth tokens, newest first: from the index, or from the factory when the index cannot serve. */
export async function readOperatorTokens(operator: Address): Promise<OperatorTokensRead> {
  const indexed = await readFromIndex((client) =>
    indexer.bandwidthTokens(client, { filter: { operator: operator.toLowerCase() }, orderBy: "createdBlock", orderDirection: "desc", limit: Number(OPERATOR_TOKENS_PAGE) }),
  );
  if (!indexed.ok) return { ...(await readOperatorTokensFromChain(operator)), freshness: indexed.freshness };
  const tokens = indexed.value.items.map(({ address, name, symbol, totalSupply, deliveryStart, deliveryEnd }) => ({ address, name, symbol, totalSupply, deliveryStart, deliveryEnd }));
  return { status: "ok", tokens, total: BigInt(indexed.value.totalCount), freshness: indexed.freshness };
}

function readOperatorTokensFromChain(operator: Address): Promise<OperatorTokensRead> {
  return readAtLatestBlock(["BandwidthTokenFactory"], async ({ client, block, contracts }): Promise<OperatorTokensRead> => {
    const blockNumber = block.number;
    const [tokens, total] = await client.readContract({
      address: contracts.BandwidthTokenFactory,
      abi: bandwidthTokenFactoryAbi,
      functionName: "getTokensOf",
      args: [operator, 0n, OPERATOR_TOKENS_PAGE],
      blockNumber,
    });
    const details = await Promise.all(
      tokens.map(async (address): Promise<OperatorToken> => {
        const [name, symbol, totalSupply, deliveryStart, deliveryEnd] = await Promise.all([
          client.readContract({ address, abi: erc20Abi, functionName: "name", blockNumber }),
          client.readContract({ address, abi: erc20Abi, functionName: "symbol", blockNumber }),
          client.readContract({ address, abi: erc20Abi, functionName: "totalSupply", blockNumber }),
          client.readContract({ address, abi: bandwidthTokenAbi, functionName: "deliveryStart", blockNumber }),
          client.readContract({ address, abi: bandwidthTokenAbi, functionName: "deliveryEnd", blockNumber }),
        ]);
        return { address, name, symbol, totalSupply, deliveryStart, deliveryEnd };
      }),
    );
    return { status: "ok", tokens: details, total };
  });
}

export type OperatorAuction = {
  id: bigint;
  token: Address;
  startsAt: bigint;
  endsAt: bigint;
  settled: boolean;
  cancelled: boolean;
  offered: bigint;
  sold: bigint;
  raised: bigint;
  /** Ether the operator can still claim: the raise of a settled auction whose proceeds were not claimed. */
  proceedsToClaim: bigint;
};

export type OperatorAuctionsRead = ({ status: "ok"; auctions: OperatorAuction[]; chainNow: bigint } | ChainUnavailable) & { freshness?: IndexFreshness };

/**
 * `operator`'s newest `RECENT_AUCTIONS` auctions, newest first, with what is left for it to claim: from the
 * index (every auction of its own), or else among the chain's newest `RECENT_AUCTIONS` auctions.
 */
export async function readOperatorAuctions(operator: Address): Promise<OperatorAuctionsRead> {
  const indexed = await readFromIndex((client) =>
    indexer.auctions(client, { filter: { operator: operator.toLowerCase() }, orderBy: "id", orderDirection: "desc", limit: Number(RECENT_AUCTIONS) }),
  );
  if (!indexed.ok) return { ...(await readOperatorAuctionsFromChain(operator)), freshness: indexed.freshness };
  return {
    status: "ok",
    // Phases are judged at the indexed block's time, which the rows are as of.
    chainNow: indexed.value.indexedBlock?.timestamp ?? BigInt(Math.floor(Date.now() / 1000)),
    auctions: indexed.value.items.map((auction) => ({
      id: auction.id,
      token: auction.token,
      startsAt: auction.startsAt,
      endsAt: auction.endsAt,
      settled: auction.settled,
      cancelled: auction.cancelled,
      offered: auction.offered,
      sold: auction.sold,
      raised: auction.raised,
      proceedsToClaim: auction.settled && !auction.proceedsClaimed ? auction.raised : 0n,
    })),
    freshness: indexed.freshness,
  };
}

function readOperatorAuctionsFromChain(operator: Address): Promise<OperatorAuctionsRead> {
  return readAtLatestBlock(["BandwidthAuction"], async ({ client, block, contracts }): Promise<OperatorAuctionsRead> => {
    const read = { address: contracts.BandwidthAuction, abi: bandwidthAuctionAbi, blockNumber: block.number } as const;
    const count = await client.readContract({ ...read, functionName: "auctionCount" });
    const first = count > RECENT_AUCTIONS ? count - RECENT_AUCTIONS + 1n : 1n;
    const ids: bigint[] = [];
    for (let id = count; id >= first && id > 0n; id--) ids.push(id);
    const auctions = await Promise.all(ids.map((id) => client.readContract({ ...read, functionName: "getAuction", args: [id] }).then((auction) => ({ id, auction }))));
    return {
      status: "ok",
      chainNow: block.timestamp,
      auctions: auctions
        .filter(({ auction }) => auction.operator.toLowerCase() === operator.toLowerCase())
        .map(({ id, auction }) => ({
          id,
          token: auction.token,
          startsAt: BigInt(auction.startsAt),
          endsAt: BigInt(auction.endsAt),
          settled: auction.settled,
          cancelled: auction.cancelled,
          offered: auction.offered,
          sold: auction.sold,
          raised: auction.raised,
          proceedsToClaim: auction.settled && !auction.proceedsClaimed ? auction.raised : 0n,
        })),
    };
  });
}
