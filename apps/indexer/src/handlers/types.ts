import type { EventNames, IndexingFunctionArgs } from "ponder:registry";

/** Every log event of every indexed contract ("Contract:Event"), without Ponder's setup hooks and block sources. */
export type LogEventName = Exclude<EventNames, `${string}:setup` | `${string}:block`>;

export type Handler<name extends LogEventName> = (args: IndexingFunctionArgs<name>) => Promise<void>;

/**
 * A handler for every event: `null` says the event is kept in the activity table only (no page needs
 * more of it yet). The type lists every event of the config's ABIs, so leaving one out fails the
 * typecheck; test/coverage.test.ts checks the same at run time against the deployment's ABIs.
 */
export type HandlerMap = { [name in LogEventName]: Handler<name> | null };
