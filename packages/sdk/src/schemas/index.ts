// Contract facts free of zod and viem, importable alone as `@scipio/sdk/protocol`.
export * from "../protocol.ts";
export * from "./common.ts";
export * from "./distribute.ts";
export * from "./distribute-tasks.ts";
export * from "./network.ts";
export * from "./invoice.ts";
export * from "./expenses.ts";
export * from "./nodes.ts";
export * from "./disputes.ts";
export * from "./operations-money.ts";
