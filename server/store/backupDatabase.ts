import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";

export interface BackupResult {
  target: string;
  bytes: number;
  pages: number;
}

/**
 * Copies a live SQLite database with SQLite's online backup API: a consistent copy of the last commit,
 * WAL included, while the server keeps writing (in WAL mode the copy only reads). The copy is written
 * beside the target and renamed when it passed `integrity_check`, so a target is never half a backup.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupResult> {
  if (!existsSync(source)) throw new Error(`No database at ${source}.`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    await db.backup(partial);
  } finally {
    db.close();
  }
  const copy = new Database(partial, { readonly: true });
  try {
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`The copy failed SQLite's integrity check: ${String(check)}`);
    const pages = Number(copy.pragma("page_count", { simple: true }));
    copy.close();
    renameSync(partial, target);
    return { target, bytes: statSync(target).size, pages };
  } catch (error) {
    if (copy.open) copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
}
