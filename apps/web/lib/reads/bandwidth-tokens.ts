import "server-only";
import { bandwidthAuctionAbi, bandwidthTokenAbi, bandwidthTokenFactoryAbi } from "@scipio/sdk/abi";
import type { Address } from "viem";
import { readAtLatestBlock, type ChainUnavailable } from "./read-at-latest-block";

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

export type BandwidthTokensRead =
  | { status: "ok"; tokens: BandwidthTokenSummary[]; investments: BandwidthInvestment[]; chainNow: bigint; windowLimited: boolean; auction: Address }
  | ChainUnavailable;

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
export function readBandwidthTokens(): Promise<BandwidthTokensRead> {
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
    const read = { address: contracts.BandwidthAuction, abi: bandwidthAuctionAbi, blockNumber: block.number } as const;
    const count = await client.readContract({ ...read, functionName: "investmentCount" });
    const investments: BandwidthInvestment[] = [];
    for (let id = 1n; id <= count && id <= 100n; id++) {
      const investment = await client.readContract({ ...read, functionName: "getInvestment", args: [id] });
      investments.push({ id, ...investment });
    }
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
