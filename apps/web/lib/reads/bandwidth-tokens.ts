import "server-only";
import { bandwidthAuctionAbi, bandwidthTokenAbi, bandwidthTokenFactoryAbi } from "@scipio/sdk/abi";
import { indexer, type BandwidthTokenRow, type ListPage } from "@scipio/sdk/indexer";
import type { Address } from "viem";
import { readFromIndex, type IndexFreshness } from "@/lib/indexer";
import { readAtLatestBlock, type ChainUnavailable, type LatestBlockContext } from "./read-at-latest-block";

/** How far back token creations, minter changes and transfers are read; older ones are left out (the page says so). */
export const TOKEN_HISTORY_BLOCKS = 50_000n;
/** The most holders a token's page lists (the largest). */
export const HOLDERS_SHOWN = 25;

export type BandwidthTokenSummary = {
  address: Address;
  name: string;
  symbol: string;
  operator: Address;
  totalSupply: bigint;
  deliveryStart: bigint;
  deliveryEnd: bigint;
  /** Whether the auction contract may mint it, as `createAuction` requires. */
  auctionMints: boolean;
};

export type BandwidthInvestment = { id: bigint; operator: Address; total: bigint; committed: bigint };

export type BandwidthTokensRead = (
  | {
      status: "ok";
      /** This page of the list, newest first. */
      tokens: BandwidthTokenSummary[];
      /** What the forms choose from: the newest `FORM_TOKENS` (every token when read from the chain). */
      formTokens: BandwidthTokenSummary[];
      /** Tokens that match the search. */
      total: number;
      pageInfo: ListPage<BandwidthTokenRow>["pageInfo"] | undefined;
      /** Fresh from the chain: a new auction's raise is checked against what they have committed. */
      investments: BandwidthInvestment[];
      chainNow: bigint;
      windowLimited: boolean;
      auction: Address;
    }
  | ChainUnavailable
) & { freshness: IndexFreshness };

/** Tokens per page of the list, and the most the create-auction and token forms choose from. */
export const TOKENS_PAGE = 50;
export const FORM_TOKENS = 1_000;

export type BandwidthTokensQuery = { search: string; after: string | undefined; before: string | undefined };

const summaryOfRow = ({ address, name, symbol, operator, totalSupply, deliveryStart, deliveryEnd, auctionMints }: BandwidthTokenRow): BandwidthTokenSummary => ({
  address,
  name,
  symbol,
  operator,
  totalSupply,
  deliveryStart,
  deliveryEnd,
  auctionMints,
});

function matchesSearch(token: BandwidthTokenSummary, search: string): boolean {
  const term = search.trim().toLowerCase();
  return (
    !term ||
    token.name.toLowerCase().includes(term) ||
    token.symbol.toLowerCase().includes(term) ||
    token.address.toLowerCase().includes(term) ||
    token.operator.toLowerCase().includes(term)
  );
}

/**
 * The bandwidth tokens, newest first, searched by name, symbol, address or operator: a page of them and the
 * forms' choices from the index, the investments fresh from the chain. When the index cannot serve, every
 * token created in the chain's last `TOKEN_HISTORY_BLOCKS` blocks, on one page.
 */
export async function readBandwidthTokens(query: BandwidthTokensQuery = { search: "", after: undefined, before: undefined }): Promise<BandwidthTokensRead> {
  const indexed = await readFromIndex(async (client) => {
    const [page, form] = await Promise.all([
      indexer.bandwidthTokens(client, { search: query.search, orderBy: "createdBlock", orderDirection: "desc", limit: TOKENS_PAGE, after: query.after, before: query.before }),
      indexer.bandwidthTokens(client, { orderBy: "createdBlock", orderDirection: "desc", limit: FORM_TOKENS }),
    ]);
    return { page, form, indexedBlock: page.indexedBlock };
  });
  if (!indexed.ok) {
    const chain = await readBandwidthTokensFromChain();
    if (chain.status !== "ok") return { ...chain, freshness: indexed.freshness };
    const tokens = chain.tokens.filter((token) => matchesSearch(token, query.search));
    return { ...chain, tokens, formTokens: chain.tokens, total: tokens.length, pageInfo: undefined, freshness: indexed.freshness };
  }
  const investments = await readInvestments();
  if (investments.status !== "ok") return { ...investments, freshness: indexed.freshness };
  const { page, form } = indexed.value;
  return {
    status: "ok",
    tokens: page.items.map(summaryOfRow),
    formTokens: form.items.map(summaryOfRow),
    total: page.totalCount,
    pageInfo: page.pageInfo,
    investments: investments.investments,
    chainNow: investments.chainNow,
    windowLimited: false,
    auction: investments.auction,
    freshness: indexed.freshness,
  };
}

type ChainTokens = { status: "ok"; tokens: BandwidthTokenSummary[]; investments: BandwidthInvestment[]; chainNow: bigint; windowLimited: boolean; auction: Address } | ChainUnavailable;

async function investmentsAt({ client, block, contracts }: Pick<LatestBlockContext<"BandwidthAuction">, "client" | "block" | "contracts">): Promise<BandwidthInvestment[]> {
  const read = { address: contracts.BandwidthAuction, abi: bandwidthAuctionAbi, blockNumber: block.number } as const;
  const count = await client.readContract({ ...read, functionName: "investmentCount" });
  const ids: bigint[] = [];
  for (let id = 1n; id <= count && id <= 100n; id++) ids.push(id);
  return Promise.all(ids.map(async (id) => ({ id, ...(await client.readContract({ ...read, functionName: "getInvestment", args: [id] })) })));
}

/** The recorded investments (the first 100) as of the latest block. */
function readInvestments(): Promise<{ status: "ok"; investments: BandwidthInvestment[]; chainNow: bigint; auction: Address } | ChainUnavailable> {
  return readAtLatestBlock(["BandwidthAuction"], async (context) => {
    return { status: "ok", investments: await investmentsAt(context), chainNow: context.block.timestamp, auction: context.contracts.BandwidthAuction } as const;
  });
}

type Context = Parameters<Parameters<typeof readAtLatestBlock>[1]>[0];

function historyStart({ block, deployment }: Context) {
  const deploymentBlock = BigInt(deployment.deploymentBlock);
  const windowStart = block.number > TOKEN_HISTORY_BLOCKS ? block.number - TOKEN_HISTORY_BLOCKS + 1n : 0n;
  return windowStart > deploymentBlock ? { fromBlock: windowStart, windowLimited: true } : { fromBlock: deploymentBlock, windowLimited: false };
}

async function summaryOf({ client, block }: Pick<Context, "client" | "block">, address: Address, auction: Address): Promise<BandwidthTokenSummary> {
  const read = { address, abi: bandwidthTokenAbi, blockNumber: block.number } as const;
  const [name, symbol, operator, totalSupply, deliveryStart, deliveryEnd, auctionMints] = await Promise.all([
    client.readContract({ ...read, functionName: "name" }),
    client.readContract({ ...read, functionName: "symbol" }),
    client.readContract({ ...read, functionName: "operator" }),
    client.readContract({ ...read, functionName: "totalSupply" }),
    client.readContract({ ...read, functionName: "deliveryStart" }),
    client.readContract({ ...read, functionName: "deliveryEnd" }),
    client.readContract({ ...read, functionName: "isMinter", args: [auction] }),
  ]);
  return { address, name, symbol, operator, totalSupply, deliveryStart, deliveryEnd, auctionMints };
}

/** Every bandwidth token created in the history window, newest first, and every recorded investment. */
function readBandwidthTokensFromChain(): Promise<ChainTokens> {
  return readAtLatestBlock(["BandwidthTokenFactory", "BandwidthAuction"], async (context) => {
    const { client, block, contracts } = context;
    const { fromBlock, windowLimited } = historyStart(context);
    const created = await client.getContractEvents({
      address: contracts.BandwidthTokenFactory,
      abi: bandwidthTokenFactoryAbi,
      eventName: "BandwidthTokenCreated",
      fromBlock,
      toBlock: block.number,
    });
    const addresses = created.map((log) => log.args.token).filter((token): token is Address => token !== undefined).reverse();
    const tokens = await Promise.all(addresses.map((address) => summaryOf(context, address, contracts.BandwidthAuction)));
    const investments = await investmentsAt(context);
    return { status: "ok", tokens, investments, chainNow: block.timestamp, windowLimited, auction: contracts.BandwidthAuction } as const;
  });
}

export type BandwidthTokenDetail = {
  token: BandwidthTokenSummary;
  /** Accounts that may mint it now, from its minter events. */
  minters: Address[];
  /** The largest holders now, from its transfers. */
  holders: { account: Address; balance: bigint }[];
  holderCount: number;
  windowLimited: boolean;
  auction: Address;
};

export type BandwidthTokenRead = ({ status: "ok" } & BandwidthTokenDetail) | { status: "not-found" } | ChainUnavailable;

/** One bandwidth token: its supply, minters and holders. */
export function readBandwidthToken(address: Address): Promise<BandwidthTokenRead> {
  return readAtLatestBlock(["BandwidthTokenFactory", "BandwidthAuction"], async (context) => {
    const { client, block, contracts } = context;
    const known = await client.readContract({
      address: contracts.BandwidthTokenFactory,
      abi: bandwidthTokenFactoryAbi,
      functionName: "isBandwidthToken",
      args: [address],
      blockNumber: block.number,
    });
    if (!known) return { status: "not-found" } as const;
    const token = await summaryOf(context, address, contracts.BandwidthAuction);
    const { fromBlock, windowLimited } = historyStart(context);
    const range = { address, abi: bandwidthTokenAbi, fromBlock, toBlock: block.number } as const;
    const [added, transfers] = await Promise.all([
      client.getContractEvents({ ...range, eventName: "MinterAdded" }),
      client.getContractEvents({ ...range, eventName: "Transfer" }),
    ]);
    const candidates = [...new Set(added.map((log) => log.args.minter).filter((minter): minter is Address => minter !== undefined))];
    const read = { address, abi: bandwidthTokenAbi, blockNumber: block.number } as const;
    const stillMinting = await Promise.all(candidates.map((minter) => client.readContract({ ...read, functionName: "isMinter", args: [minter] })));
    const minters = candidates.filter((_, index) => stillMinting[index]);
    const accounts = [...new Set(transfers.map((log) => log.args.to).filter((to): to is Address => to !== undefined && to !== "0x0000000000000000000000000000000000000000"))];
    const balances = await Promise.all(accounts.map((account) => client.readContract({ ...read, functionName: "balanceOf", args: [account] })));
    const holders = accounts
      .map((account, index) => ({ account, balance: balances[index]! }))
      .filter((holder) => holder.balance > 0n)
      .sort((a, b) => (b.balance > a.balance ? 1 : b.balance < a.balance ? -1 : 0));
    return {
      status: "ok",
      token,
      minters,
      holders: holders.slice(0, HOLDERS_SHOWN),
      holderCount: holders.length,
      windowLimited,
      auction: contracts.BandwidthAuction,
    } as const;
  });
}
