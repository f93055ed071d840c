"use client";

import { useConnectModal } from "@rainbow-me/rainbowkit";
import { useEffect } from "react";
import { useAccount } from "wagmi";

/**
 * Opens RainbowKit's connect modal as soon as it can: a connect button was pressed before the wallet
 * stack had loaded. Nothing to open if the wallet turned out to be connected already.
 */
export default function OpenConnectModal({ onDone }: { onDone: () => void }) {
  const { openConnectModal } = useConnectModal();
  const { status } = useAccount();
  useEffect(() => {
    if (status === "connected") onDone();
    else if (openConnectModal) {
      openConnectModal();
      onDone();
    }
  }, [status, openConnectModal, onDone]);
  return null;
}
