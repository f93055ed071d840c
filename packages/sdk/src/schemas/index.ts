export * from "./common.ts";
export * from "./distribute.ts";
