"use client";

import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { useAccount } from "wagmi";

/** Opens the connected account's dashboard when the address names none (or another account, after a switch). */
export default function FollowAccount({ account, prompt }: { account: string | undefined; prompt: ReactNode }) {
  const router = useRouter();
  const { address } = useAccount();
  useEffect(() => {
    if (address && address.toLowerCase() !== account?.toLowerCase()) router.replace(`/operator?account=${address}`);
  }, [address, account, router]);
  return address ? null : prompt;
}
