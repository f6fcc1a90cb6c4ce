import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { openPool } from "../../../server/store/postgres/openPool";
import { migratePostgres } from "../../../server/store/postgres/postgresMigrations";
import { createDatabase } from "./postgresServer";

/**
 * The tests' throwaway PostgreSQL (postgresServer.ts), started once per test run by the global setup
 * (postgresGlobalSetup.ts). Each test file makes a database of its own with freshPostgresDatabase().
 */
export { startTestPostgres, type TestPostgres } from "./postgresServer";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** The URL of a new, empty database on the test server: one per test file, so files run in parallel. */
export async function freshPostgresDatabase(): Promise<string> {
  const serverUrl = inject("postgresUrl");
  if (!serverUrl) throw new Error("No test PostgreSQL: is the global setup (postgresGlobalSetup.ts) configured?");
  return createDatabase(serverUrl, `themenwand_test_${randomBytes(6).toString("hex")}`);
}

/** A new database with the store's schema in place. */
export async function migratedPostgresDatabase(): Promise<string> {
  const url = await freshPostgresDatabase();
  const pool = openPool(url);
  try {
    await migratePostgres(pool);
  } finally {
    await pool.end();
  }
  return url;
}
