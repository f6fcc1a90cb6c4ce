/**
 * npm run backup -- <target file>
 *
 * A consistent copy of the SQLite database (DATABASE_PATH, default ./data/themenwand.db) while the board
 * is in use. Restore: stop the server, put the copy in place of the database file (and delete the old
 * file's -wal and -shm beside it), start the server. With DATABASE_URL (PostgreSQL) use pg_dump instead;
 * docs/DEPLOY.md says how.
 */
import { resolve } from "node:path";
import { readConfig } from "../server/config";
import { backupDatabase } from "../server/store/backupDatabase";

const target = process.argv[2];
const config = readConfig();
if (!target) {
  console.error("Usage: npm run backup -- <target file>   (copies DATABASE_PATH while the server runs)");
  process.exit(2);
}
if (config.databaseUrl) {
  console.error("DATABASE_URL is set: back PostgreSQL up with pg_dump (docs/DEPLOY.md, Backups).");
  process.exit(2);
}
const result = await backupDatabase(config.databasePath, resolve(target));
console.log(`Backed up ${config.databasePath} to ${result.target}: ${result.pages} pages, ${result.bytes} bytes`);
