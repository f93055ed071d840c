"use client";

import { useDrawReviewers, useRedrawReviewer, useReleaseExpenseDeposit } from "@scipio/sdk/hooks";
import { useBlockNumber } from "wagmi";
import { SubmitButton, TransactionStatus } from "@/components/ui/form-controls";
import { useChainClock } from "@/components/ui/chain-clock";

export type ExpenseChainActionsProps = {
  expenseId: string;
  status: string;
  drawAnchor: string;
  periodPhase: string;
  depositReleased: boolean;
  seats: { slot: number; drawn: boolean; answered: boolean; answerBy: string }[];
  chainNow: string;
};

const REVIEWING = ["Running", "Grace", "Review"];

/**
 * What anyone may do for an expense: draw its vacant reviewer seats once the block whose hash draws exists,
 * replace a reviewer who missed its answer window, and pay out a decided expense's deposit.
 */
export default function ExpenseChainActions(props: ExpenseChainActionsProps) {
  const expenseId = BigInt(props.expenseId);
  const now = useChainClock(BigInt(props.chainNow));
  // Polled rather than watched: the draw button must light up as soon as the block it waits for exists.
  const { data: head } = useBlockNumber({ cacheTime: 0, query: { refetchInterval: 2_000 } });
  const draw = useDrawReviewers();
  const redraw = useRedrawReviewer();
  const release = useReleaseExpenseDeposit();
  const reviewing = props.status === "Pending" && REVIEWING.includes(props.periodPhase);
  const vacant = props.seats.some((seat) => !seat.drawn);
  const anchor = BigInt(props.drawAnchor);
  // The draw reads the hash of block anchor + 1 and is refused before block anchor + 2; the simulation runs at the
  // head, so the button waits for that block to exist.
  const drawDue = head !== undefined && anchor > 0n && head >= anchor + 2n;
  const missed = props.seats.filter((seat) => seat.drawn && !seat.answered && Number(seat.answerBy) <= now);
  const releasable =
    !props.depositReleased &&
    (["Validated", "Dismissed", "Forfeited"].includes(props.status) || (props.status === "Pending" && ["Closable", "Closed"].includes(props.periodPhase)));

  if (!(reviewing && vacant) && !(reviewing && missed.length > 0) && !releasable) return null;
  return (
    <div className="space-y-2" data-testid="expense-actions">
      {reviewing && vacant && (
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton type="button" tone="secondary" state={draw.state} disabled={!drawDue || !draw.available} onClick={() => void draw.draw(expenseId)}>
            Draw the reviewers
          </SubmitButton>
          <p className="text-sm text-stone-600" data-testid="draw-note">
            {drawDue
              ? "Anyone may draw now; the first review draws too."
              : `The draw uses the hash of block ${(anchor + 1n).toString()}: it is due from block ${(anchor + 2n).toString()}${head !== undefined ? ` (the chain is at ${head.toString()})` : ""}.`}
          </p>
        </div>
      )}
      <TransactionStatus state={draw.state} confirmed="Drawn. A draw that found too few distinct reviewers waits for a later block: draw again then." />
      {reviewing &&
        missed.map((seat) => (
          <SubmitButton key={seat.slot} type="button" tone="secondary" state={redraw.state} disabled={!redraw.available} onClick={() => void redraw.redraw(expenseId, seat.slot)}>
            Replace reviewer {seat.slot + 1}
          </SubmitButton>
        ))}
      <TransactionStatus state={redraw.state} confirmed="Replaced: the seat is drawn again from a later block." />
      {releasable && (
        <SubmitButton type="button" tone="secondary" state={release.state} disabled={!release.available} onClick={() => void release.release(expenseId)}>
          Release the deposit
        </SubmitButton>
      )}
      <TransactionStatus state={release.state} />
    </div>
  );
}
