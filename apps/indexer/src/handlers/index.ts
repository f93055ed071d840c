import { distributeHandlers } from "./distribute";
import { networkHandlers } from "./network";
import { operationHandlers } from "./operations";
import { roleHandlers } from "./roles";
import type { HandlerMap } from "./types";

/** Every event of every indexed contract, each with its table writes (or `null`: activity only). */
export const handlers: HandlerMap = { ...distributeHandlers, ...roleHandlers, ...networkHandlers, ...operationHandlers };
