import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { upgradeLegacyAuthors } from "./legacyAuthors";
import { migrate } from "./migrations";

/**
 * Opens (or creates) the database file with the settings durability depends on: WAL with
 * synchronous=FULL, so a commit that returned is on disk and survives a crash or power cut.
 */
export function openDatabase(path: string): Database.Database {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  upgradeLegacyAuthors(db);
  return db;
}
