import { formatEther } from "viem";
import { tokenAmountSchema } from "./common.ts";

/*//////////////////////////////////////////////////////////////
                          SPT SALE
//////////////////////////////////////////////////////////////*/

/**
 * Ether to spend in the SPT sale: what the sale has left caps it, since the contract sells a purchase
 * whole or not at all. `rate` is SPT-wei per wei; `remaining` the SPT (wei) left.
 */
export function sptPurchaseSchema({ rate, remaining }: { rate: bigint; remaining: bigint }) {
  const maxEther = rate > 0n ? remaining / rate : 0n;
  return tokenAmountSchema.refine(
    (wei) => wei * rate <= remaining,
    maxEther > 0n
      ? `Only ${formatEther(remaining)} SPT are left: spend at most ${formatEther(maxEther)} ETH`
      : "The sale has no SPT left",
  );
}
