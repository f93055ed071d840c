"use client";

import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { useAccount } from "wagmi";

/** Opens `path?account=<connected>` when the address names no account (or another one, after a switch). */
export default function ExpensesFollowAccount({ path, account, prompt }: { path: string; account: string | undefined; prompt: ReactNode }) {
  const router = useRouter();
  const { address } = useAccount();
  useEffect(() => {
    if (address && address.toLowerCase() !== account?.toLowerCase()) router.replace(`${path}?account=${address}`);
  }, [address, account, path, router]);
  return address ? null : prompt;
}
