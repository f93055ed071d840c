export * from "./common.ts";
export * from "./distribute.ts";
export * from "./distribute-tasks.ts";
