import type { Address } from "viem";
import accounts from "./demo-accounts.json" with { type: "json" };

export type DemoAccount = { address: Address; name: string; role: string };

/** anvil's default accounts as the local demo community (the local stack prints the same list). */
export const demoAccounts = accounts as DemoAccount[];
