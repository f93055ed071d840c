import { db } from "ponder:api";
import schema from "ponder:schema";
import { Hono } from "hono";
import { client, graphql } from "ponder";

/**
 * The indexer's API beside Ponder's own `/health`, `/ready` and `/status`: GraphQL (filters, sort,
 * cursor pages, `_meta.status` for the indexed block) read by the sdk's `indexer` module, and SQL over
 * HTTP for `@ponder/client`.
 */
const app = new Hono();
app.use("/sql/*", client({ db, schema }));
app.use("/graphql", graphql({ db, schema }));
app.use("/", graphql({ db, schema }));

export default app;
