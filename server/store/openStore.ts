import type { BoardModel } from "../core/boardModel";
import { withoutPassword } from "../core/withoutPassword";
import type { BoardStore } from "./BoardStore";
import { openDatabase } from "./openDatabase";
import { PostgresBoardStore } from "./postgres/PostgresBoardStore";
import type { PostgresPoolOptions } from "./postgres/poolOptions";
import { migratePostgres } from "./postgres/postgresMigrations";
import { SqliteBoardStore } from "./SqliteBoardStore";

export interface StoreConfig {
  /** postgres://…: the PostgreSQL store (several processes may share it). */
  databaseUrl?: string;
  /** The SQLite file, used when there is no databaseUrl. */
  databasePath: string;
  /** Pool size and timeouts for PostgreSQL. */
  postgres?: PostgresPoolOptions;
}

export interface StoreOptions {
  opLogRetention?: number;
  cachedBoards?: number;
  applyOp?: BoardModel["applyOp"];
}

/**
 * The store the configuration asks for, migrated and ready: PostgreSQL when a database URL is set,
 * else the SQLite file. Fails (and leaves nothing open) when PostgreSQL cannot be reached at start.
 */
export async function openStore(config: StoreConfig, options: StoreOptions = {}): Promise<BoardStore> {
  if (!config.databaseUrl) return new SqliteBoardStore(openDatabase(config.databasePath), options);
  // Loaded only here: the pg driver costs a SQLite server's every start (LOAD-1's restart) for nothing.
  const { openPool } = await import("./postgres/openPool");
  const pool = openPool(config.databaseUrl, config.postgres);
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return new PostgresBoardStore(pool, options);
}

/** Which database the configuration uses, for the log: never with its password. */
export function describeDatabase(config: StoreConfig): string {
  return config.databaseUrl ? `PostgreSQL ${withoutPassword(config.databaseUrl)}` : `SQLite ${config.databasePath}`;
}
