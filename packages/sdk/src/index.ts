export * from "./abi/generated.ts";
export * from "./deployments/index.ts";
export * from "./errors/index.ts";
export * from "./schemas/index.ts";
export * from "./gas.ts";
