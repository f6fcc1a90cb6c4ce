import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { readConfig } from "../server/config";
import { withoutPassword } from "../server/core/withoutPassword";
import { copySqliteToPostgres } from "../server/store/copyToPostgres";
import { openDatabase } from "../server/store/openDatabase";
import { openPool } from "../server/store/postgres/openPool";
import { migratePostgres } from "../server/store/postgres/postgresMigrations";

/**
 * `DATABASE_URL=postgres://… npm run copy-to-postgres [-- path/to/themenwand.db]`: copies every board
 * of the SQLite file (default DATABASE_PATH, ./data/themenwand.db) into PostgreSQL, creating its tables
 * first. Stop the server before; start it with DATABASE_URL after (docs/DEPLOY.md).
 */
const config = readConfig();
const path = resolve(process.argv[2] ?? config.databasePath);
if (!config.databaseUrl) {
  console.error("Set DATABASE_URL=postgres://… to the database the boards go to.");
  process.exit(2);
}
if (!existsSync(path)) {
  console.error(`There is no SQLite file at ${path}.`);
  process.exit(2);
}
const sqlite = openDatabase(path);
const pool = openPool(config.databaseUrl, config.postgres);
try {
  await migratePostgres(pool);
  console.log(`Copying ${path} to ${withoutPassword(config.databaseUrl)} …`);
  const copied = await copySqliteToPostgres(sqlite, pool, (line) => console.log(`  ${line}`));
  console.log(
    `Done: ${copied.boards} boards, ${copied.records} records, ${copied.logEntries} op log entries, ` +
      `${copied.receipts} receipts. Start the server with DATABASE_URL set.`,
  );
} catch (error) {
  console.error(`Nothing was copied: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  sqlite.close();
  await pool.end();
}
