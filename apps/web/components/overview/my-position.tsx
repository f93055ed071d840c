"use client";

import { useCapitalTokenBalance, useReputationBalance } from "@scipio/sdk/hooks";
import { useAccount } from "wagmi";
import { MyPositionConnectPrompt } from "./my-position-island";
import { formatAmount } from "@/lib/format";

const WAD = 10n ** 18n;

/** The resale value the server read (wei per whole token), to value the account's tokens. */
export type MyPositionProps = { resaleValue: bigint };

export default function MyPosition({ resaleValue }: MyPositionProps) {
  const { address, isConnected } = useAccount();
  const tokens = useCapitalTokenBalance(address);
  const reputation = useReputationBalance(address);

  if (!isConnected) return <MyPositionConnectPrompt />;
  return (
    <div>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Figure label="My tokens" testId="my-tokens">
          {tokens.data !== undefined ? formatAmount(tokens.data, 2) : "…"}
        </Figure>
        <Figure label="Worth at resale value" testId="my-tokens-value">
          {tokens.data !== undefined ? `${formatAmount((tokens.data * resaleValue) / WAD)} ETH` : "…"}
        </Figure>
        <Figure label="My reputation" testId="my-reputation">
          {reputation.data !== undefined ? `${formatAmount(reputation.data, 2)} REP` : "…"}
        </Figure>
      </dl>
    </div>
  );
}

function Figure({ label, testId, children }: { label: string; testId: string; children: string }) {
  return (
    <div data-testid={testId}>
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{children}</dd>
    </div>
  );
}
