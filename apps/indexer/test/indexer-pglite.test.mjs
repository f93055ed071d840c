import { indexerSuite } from "./suite.mjs";

indexerSuite("PGlite", {
  database: async (workDir) => ({ indexerOptions: { dataDir: `${workDir}/pglite` } }),
});
