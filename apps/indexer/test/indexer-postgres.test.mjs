import { test } from "node:test";
import { postgresUnavailableReason, startPostgres } from "../../../scripts/lib/postgres.mjs";
import { indexerSuite } from "./suite.mjs";

const unavailable = postgresUnavailableReason();
if (unavailable) {
  test(`Postgres: skipped because ${unavailable}`, { skip: unavailable }, () => {});
} else {
  indexerSuite("Postgres", {
    database: async () => {
      const postgres = await startPostgres();
      return { indexerOptions: { databaseUrl: postgres.url }, stop: postgres.stop };
    },
  });
}
