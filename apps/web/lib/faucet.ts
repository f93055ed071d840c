import { parseEther } from "viem";

/** What one press of the local chain's faucet adds: enough gas and bids for a demo, not a fortune. */
export const FAUCET_ETHER = parseEther("10");
/** An account holding this much already needs no more; keeps a stuck button from inflating balances. */
export const FAUCET_CEILING = parseEther("100");
