"use client";

import { useMakeAuctionMinter } from "@scipio/sdk/hooks";
import { useAccount } from "wagmi";
import { SubmitButton, TransactionStatus } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import type { MinterProps } from "./minter-island";

export default function MinterPanel({ token, operator, auctionMints }: MinterProps) {
  const { address } = useAccount();
  const { addMinter, state, available } = useMakeAuctionMinter();
  if (!address || address.toLowerCase() !== operator.toLowerCase()) return null;
  return (
    <Panel title="Auctions" testId="token-minter">
      {auctionMints || state.status === "confirmed" ? (
        <p className="text-sm text-stone-700" data-testid="auction-minter-status">
          The auctions may mint this token: create an auction on the auctions page.
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-700">An auction mints the IBT as they are bought, so it needs this token&apos;s minting right.</p>
          <SubmitButton type="button" state={state} disabled={!available} onClick={() => void addMinter(token)}>
            Let the auctions mint it
          </SubmitButton>
        </>
      )}
      <TransactionStatus state={state} />
    </Panel>
  );
}
