import { platformTokenAbi, platformTokenSaleAbi } from "@scipio/sdk/abi";
import { readAtLatestBlock, type ChainUnavailable } from "./read-at-latest-block";

export type SaleSnapshot = {
  /** SPT-wei per wei of ether. */
  rate: bigint;
  cap: bigint;
  sold: bigint;
  remaining: bigint;
  closesAt: bigint;
  finalized: boolean;
  treasury: `0x${string}`;
  /** Ether the sale holds: the proceeds until they are withdrawn to the treasury. */
  proceedsHeld: bigint;
  sptSupply: bigint;
  /** The latest block's time: the sale's deadline is judged by it. */
  chainNow: bigint;
};

export type SaleRead = { status: "ok"; sale: SaleSnapshot } | ChainUnavailable;

/** The SPT sale as of the latest block, read while rendering on the server. */
export function readSale(): Promise<SaleRead> {
  return readAtLatestBlock(["PlatformTokenSale", "PlatformToken"], async ({ client, block, contracts }) => {
    const { PlatformTokenSale: address, PlatformToken: token } = contracts;
    const read = { address, abi: platformTokenSaleAbi, blockNumber: block.number } as const;
    const [rate, cap, sold, remaining, closesAt, finalized, treasury, proceedsHeld, sptSupply] = await Promise.all([
      client.readContract({ ...read, functionName: "rate" }),
      client.readContract({ ...read, functionName: "cap" }),
      client.readContract({ ...read, functionName: "tokensSold" }),
      client.readContract({ ...read, functionName: "tokensRemaining" }),
      client.readContract({ ...read, functionName: "closesAt" }),
      client.readContract({ ...read, functionName: "finalized" }),
      client.readContract({ ...read, functionName: "treasury" }),
      client.getBalance({ address, blockNumber: block.number }),
      client.readContract({ address: token, abi: platformTokenAbi, functionName: "totalSupply", blockNumber: block.number }),
    ]);
    return {
      status: "ok",
      sale: { rate, cap, sold, remaining, closesAt, finalized, treasury, proceedsHeld, sptSupply, chainNow: block.timestamp },
    } as const;
  });
}
