/**
 * Gas added to every estimate before a transaction is sent. An estimate runs on the latest block and the
 * transaction in a later one, where one thing can cost more: the capital token's release passing the end of a
 * step (a seventh of its window, a day on a 7-day window) in between, which the first buy, sell or settlement
 * after it applies — 17.1k gas more before refunds, measured by
 * `contracts/test/Gas.t.sol:test_gas_buy_afterStepEnd_extraWithinHeadroom`, which fails if it passes this
 * figure. Nothing else a user sends depends on the block it lands in by more than a few hundred gas, and a
 * step end passes at most once between an estimate and its transaction unless they are a step apart.
 * Unused gas is not charged.
 */
export const TRANSACTION_GAS_HEADROOM = 25_000n;

/** The gas limit to send for an estimate: never below what the transaction can need one block later. */
export function gasLimitFor(estimate: bigint): bigint {
  return estimate + TRANSACTION_GAS_HEADROOM;
}
