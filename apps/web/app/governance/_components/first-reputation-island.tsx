"use client";

import { MAX_FIRST_REPUTATION, MIN_FIRST_REPUTATION } from "@scipio/sdk/protocol";
import { lazy } from "react";
import { WalletIsland } from "@/components/wallet/wallet-root";
import { formatAmount } from "@/lib/format";

const FirstReputationControls = lazy(() => import("./first-reputation-controls"));

/** Who may change the first reputation renders on the server; the form loads with the wallet. */
export function FirstReputationIsland() {
  return (
    <>
      <p className="text-sm text-stone-600" data-testid="first-reputation-note">
        Only the governance account can change the first reputation, to between {formatAmount(MIN_FIRST_REPUTATION)} and{" "}
        {formatAmount(MAX_FIRST_REPUTATION)} REP. A change applies to identities registered afterwards; accounts already registered
        keep what they received.
      </p>
      <WalletIsland>
        <FirstReputationControls />
      </WalletIsland>
    </>
  );
}
