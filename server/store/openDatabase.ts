import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { boardAuthorId } from "../auth/authors";
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
  // NET-6, ERASE-1: what is deleted (a business card, the op log's copies of it) is overwritten with
  // zeros, free-list and overflow pages included (FAST left freed overflow pages as they were).
  db.pragma("secure_delete = ON");
  // Another writer on the file (a second process, a backup) is waited for, not failed on; this only
  // helps transactions that begin IMMEDIATE (SYNC-14), as SQLite never waits to upgrade a read one.
  db.pragma("busy_timeout = 5000");
  // Used by migration 5 to give the cards of earlier versions' authors their per-board ids.
  db.function("board_author_id", { deterministic: true }, (boardId, tokenHash) =>
    boardAuthorId(String(boardId), String(tokenHash)),
  );
  migrate(db);
  return db;
}
