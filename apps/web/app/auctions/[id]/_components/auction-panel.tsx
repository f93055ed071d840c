"use client";

import { useAuctionAction, useAuctionHolding, useAuctionPosition, useBid, useBidCost } from "@scipio/sdk/hooks";
import { bidSchema } from "@scipio/sdk/schemas";
import { type FormEvent } from "react";
import { useAccount } from "wagmi";
import { useChainClock } from "@/components/ui/chain-clock";
import { SubmitButton, TextField, TransactionStatus, useSchemaField } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { useRuntimeConfig } from "@/components/runtime-config";
import { formatAmount } from "@/lib/format";
import { AuctionConnectPanel, type AuctionProps } from "./auction-island";

export default function AuctionPanel(props: AuctionProps) {
  const { address, isConnected } = useAccount();
  const position = useAuctionPosition(props.auctionId, address);
  const now = useChainClock(props.chainNow);
  if (!isConnected || !address) return <AuctionConnectPanel />;
  if (position === undefined) return <div className="h-40 animate-pulse rounded-lg border border-stone-200 bg-white" aria-hidden />;
  const isOperator = address.toLowerCase() === props.operator.toLowerCase();
  const open = props.phase === "priority" || props.phase === "open";
  return (
    <div className="space-y-4">
      <PositionPanel {...props} position={position} />
      {open && <BidForm {...props} allocationLeft={props.phase === "priority" ? position.allocation - position.bought : undefined} />}
      {props.phase === "settled" && position.bought > 0n && !position.tokensClaimed && <ClaimButton {...props} action="claimTokens" title="Your IBT" text={`You bought ${formatAmount(position.bought)} IBT: claim them.`} label="Claim your IBT" testId="claim-tokens" />}
      {props.phase === "settled" && isOperator && !props.proceedsClaimed && props.raised > 0n && (
        <ClaimButton {...props} action="claimProceeds" title="Proceeds" text={`The auction raised ${formatAmount(props.raised)} ETH for you.`} label="Claim the proceeds" testId="claim-proceeds" />
      )}
      {props.phase === "settled" && !position.commonPoolClaimed && <CommonPoolPanel {...props} />}
      {isOperator && props.sold === 0n && props.phase !== "settled" && (
        <ClaimButton {...props} action="cancelAuction" title="Cancel" text="Nobody has bid yet: cancelling releases this auction's raise from the investment." label="Cancel the auction" testId="cancel-auction" />
      )}
      {props.phase === "settled" && props.commonPool > props.commonPoolClaimed && BigInt(now) > props.commonPoolClosesAt && (
        <ClaimButton {...props} action="sweepCommonPool" title="Unclaimed Common Pool" text="The Common Pool's claims have closed: anyone may send what is left to the treasury." label="Send it to the treasury" testId="sweep-common-pool" />
      )}
    </div>
  );
}

type Position = NonNullable<ReturnType<typeof useAuctionPosition>>;

function PositionPanel({ phase, position }: AuctionProps & { position: Position }) {
  const started = phase !== "upcoming";
  return (
    <Panel title="Your position" testId="auction-position">
      <dl className="grid grid-cols-2 gap-2 text-sm text-stone-700 sm:grid-cols-3">
        <div>
          <dt className="text-stone-600">My allocation</dt>
          <dd className="font-semibold tabular-nums" data-testid="my-allocation">
            {started ? `${formatAmount(position.allocation)} IBT` : "Fixed at the start"}
          </dd>
        </div>
        <div>
          <dt className="text-stone-600">Bought</dt>
          <dd className="font-semibold tabular-nums" data-testid="my-bought">
            {formatAmount(position.bought)} IBT
          </dd>
        </div>
        <div>
          <dt className="text-stone-600">Allocation left</dt>
          <dd className="font-semibold tabular-nums" data-testid="my-allocation-left">
            {started ? `${formatAmount(position.allocation > position.bought ? position.allocation - position.bought : 0n)} IBT` : "—"}
          </dd>
        </div>
      </dl>
      <p className="text-xs text-stone-600">
        Your allocation is the auction&apos;s offer times your share of the SPT supply at the start, counting the lower of
        what you held then and 7 days before. It limits you only in the 48-hour priority window.
      </p>
    </Panel>
  );
}

function BidForm({ auctionId, remaining, allocationLeft }: AuctionProps & { allocationLeft: bigint | undefined }) {
  const { address, chainId } = useAccount();
  const { chainId: appChainId } = useRuntimeConfig();
  const { bid, state, available } = useBid(auctionId);
  const field = useSchemaField(bidSchema({ remaining, allocationLeft }));
  const live = bidSchema({ remaining, allocationLeft }).safeParse(field.text);
  const cost = useBidCost(auctionId, address, live.success ? live.data : undefined);
  // Beyond the allocation or what is left is said as it is typed, not only on sending.
  const problem = field.problem ?? (field.text.trim() !== "" && !live.success ? live.error.issues[0]?.message : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const amount = field.attempt();
    if (amount === undefined || cost === undefined) return;
    if (await bid(amount, cost)) field.clear();
  }

  return (
    <Panel title="Bid" testId="auction-bid">
      <form onSubmit={submit} noValidate className="space-y-3">
        <TextField
          label="IBT to buy"
          unit="IBT"
          inputMode="decimal"
          value={field.text}
          onChange={field.setText}
          problem={problem}
          hint={allocationLeft !== undefined ? `Up to ${formatAmount(allocationLeft)} IBT in the priority window.` : `${formatAmount(remaining)} IBT left.`}
        />
        <p className="text-sm text-stone-700">
          You pay <strong data-testid="bid-cost">{cost !== undefined && live.success ? `${formatAmount(cost, 6)} ETH` : "—"}</strong>.
        </p>
        <SubmitButton state={state} disabled={!available || chainId !== appChainId || (live.success && cost === undefined)}>
          Bid
        </SubmitButton>
        <TransactionStatus state={state} />
      </form>
    </Panel>
  );
}

function ClaimButton({
  auctionId,
  action,
  title,
  text,
  label,
  testId,
}: AuctionProps & { action: "claimTokens" | "claimProceeds" | "cancelAuction" | "sweepCommonPool"; title: string; text: string; label: string; testId: string }) {
  const { run, state, available } = useAuctionAction(auctionId, action);
  return (
    <Panel title={title} testId={testId}>
      <p className="text-sm text-stone-700">{text}</p>
      <SubmitButton type="button" state={state} disabled={!available} onClick={() => void run()}>
        {label}
      </SubmitButton>
      <TransactionStatus state={state} />
    </Panel>
  );
}

function CommonPoolPanel({ auctionId, commonPool, sptSupplyAtStart, commonPoolClosesAt, chainNow }: AuctionProps) {
  const { address } = useAccount();
  const holding = useAuctionHolding(auctionId, address);
  const now = useChainClock(chainNow);
  const { run, state, available } = useAuctionAction(auctionId, "claimCommonPool");
  if (holding === undefined || holding === 0n || sptSupplyAtStart === 0n) return null;
  const share = (commonPool * holding) / sptSupplyAtStart;
  if (share === 0n) return null;
  const closed = BigInt(now) > commonPoolClosesAt;
  return (
    <Panel title="Common Pool" testId="claim-common-pool">
      <p className="text-sm text-stone-700">
        {closed
          ? "The Common Pool's claims have closed; what was left went to the treasury."
          : `Your SPT holding gives you ${formatAmount(share)} IBT of the Common Pool.`}
      </p>
      {!closed && (
        <SubmitButton type="button" state={state} disabled={!available} onClick={() => void run()}>
          Claim your Common Pool share
        </SubmitButton>
      )}
      <TransactionStatus state={state} />
    </Panel>
  );
}
