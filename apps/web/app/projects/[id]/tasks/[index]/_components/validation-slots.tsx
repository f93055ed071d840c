import { VALIDATION_SLOT_SHARES_BPS } from "@scipio/sdk/schemas";
import { formatAmount, formatBps } from "@/lib/format";
import type { SlotHolder } from "../../_lib/task-reads";

/**
 * The 5 approving and 5 rejecting slots: who holds each and with what stake, and for open slots the share of the
 * reserve it earns at least (empty and losing slots' shares flow to the correct validators) and its minimum stake.
 */
export function ValidationSlots({
  holders,
  reserve,
  minimumStakes,
  open,
}: {
  holders: SlotHolder[];
  reserve: bigint;
  minimumStakes: { approve: bigint; reject: bigint };
  open: boolean;
}) {
  return (
    <section aria-labelledby="validation" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="validation-slots">
      <h2 id="validation" className="text-lg font-semibold">
        Validation
      </h2>
      <p className="text-sm text-stone-600">
        Validators stake tokens on whether the task was done. Correct validators get their stake back plus their slot&apos;s share of the{" "}
        {formatAmount(reserve)} ETH reserve (more when slots stay empty or lose); incorrect stakes are burned. Both sides taken → the task goes to
        a vote.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {([true, false] as const).map((approve) => {
          const side = holders.filter((holder) => holder.approve === approve);
          const nextMinimum = approve ? minimumStakes.approve : minimumStakes.reject;
          return (
            <div key={String(approve)} data-testid={approve ? "approve-slots" : "reject-slots"}>
              <h3 className="font-semibold">{approve ? "Approve (done)" : "Reject (not done)"}</h3>
              <ol className="mt-2 divide-y divide-stone-100 text-sm">
                {VALIDATION_SLOT_SHARES_BPS.map((share, slot) => {
                  const holder = side.find((candidate) => candidate.slot === slot);
                  const earns = (reserve * BigInt(share)) / 10_000n;
                  return (
                    <li key={slot} className="flex flex-wrap justify-between gap-2 py-1.5" data-testid="slot" data-taken={holder ? "true" : "false"}>
                      <span>
                        Slot {slot + 1} · {formatBps(share)}
                      </span>
                      {holder ? (
                        <span className="text-stone-700">
                          <span className="font-mono text-xs">{`${holder.validator.slice(0, 6)}…${holder.validator.slice(-4)}`}</span> staked{" "}
                          {formatAmount(holder.stake)}
                        </span>
                      ) : (
                        <span className="text-stone-600">
                          earns ≥ {formatAmount(earns, 6)} ETH
                          {open && slot === side.length && nextMinimum > 0n && (
                            <span data-testid="next-slot-minimum"> · min stake {formatAmount(nextMinimum)} tokens</span>
                          )}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
            </div>
          );
        })}
      </div>
    </section>
  );
}
