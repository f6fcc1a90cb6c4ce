import { defineConfig } from "vitest/config";

/** A throwaway PostgreSQL for the run (inline projects inherit nothing: each lists it). */
const POSTGRES_SETUP = "test/helpers/services/postgresGlobalSetup.ts";

/** The client's features, started as client/boot.tsx starts them (tests that run the sync engine need them). */
const CLIENT_FEATURES = "test/helpers/clientFeatures.ts";

/** Three projects: fast unit tests, real-server integration tests, and real-browser journeys. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/shared/**/*.test.ts", "test/client/**/*.test.{ts,tsx}"],
          environment: "node",
          setupFiles: [CLIENT_FEATURES],
        },
      },
      {
        test: {
          name: "server",
          include: ["test/server/**/*.test.ts"],
          environment: "node",
          setupFiles: [CLIENT_FEATURES],
          globalSetup: [POSTGRES_SETUP],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: [POSTGRES_SETUP],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
