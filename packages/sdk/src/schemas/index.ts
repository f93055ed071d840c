export * from "./common.ts";
