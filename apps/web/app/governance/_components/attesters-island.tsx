"use client";

import { lazy } from "react";
import type { Address } from "viem";
import { WalletIsland } from "@/components/wallet/wallet-root";
import { AttesterList } from "./attester-list";

const AttesterControls = lazy(() => import("./attester-controls"));

/** The list renders on the server; the approve/revoke controls load with the wallet. */
export function AttestersIsland({ attesters }: { attesters: Address[] }) {
  return (
    <section aria-labelledby="attesters" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" data-testid="attesters">
      <h2 id="attesters" className="text-lg font-semibold">
        Identity attesters
      </h2>
      <p className="text-sm text-stone-600">Accounts whose signed attestations grant a new identity its first reputation.</p>
      <AttesterList attesters={attesters} />
      <WalletIsland>
        <AttesterControls />
      </WalletIsland>
    </section>
  );
}
