import { postgresUnavailableReason, startPostgres } from "../../../scripts/lib/postgres.mjs";
import { indexerSuites } from "./suite.mjs";

const postgresUnavailable = postgresUnavailableReason();
if (postgresUnavailable) console.log(`# the Postgres run is skipped: ${postgresUnavailable}`);

indexerSuites([
  { label: "PGlite", database: async (workDir) => ({ indexerOptions: { dataDir: `${workDir}/pglite` } }) },
  {
    label: "Postgres",
    skip: postgresUnavailable && `Postgres is not available: ${postgresUnavailable}`,
    database: async () => {
      const postgres = await startPostgres();
      return { indexerOptions: { databaseUrl: postgres.url }, stop: postgres.stop };
    },
  },
]);
