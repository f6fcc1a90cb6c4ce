import type { Pool } from "pg";

/**
 * Numbered schema migrations of the PostgreSQL store. Never edit one that has shipped: add the next
 * number instead. `schema_migrations` records which have run. The schema matches SQLite's current one
 * (server/store/migrations.ts); records and changes are JSON text, which the store never looks into.
 *
 * Unlike SQLite's, the child tables carry no foreign key to boards: every row is written in a
 * transaction that holds the lock on its board's row, so the board exists, and boards are never
 * deleted (a deletion would remove the board's rows in the same transaction). Checking the key for
 * each row cost some 40% of the durable op rate, as each check locks the board row once more.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE boards (
    id TEXT COLLATE "C" PRIMARY KEY,
    revision BIGINT NOT NULL DEFAULT 0,
    moderator_key_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL
  );
  CREATE TABLE records (
    board_id TEXT COLLATE "C" NOT NULL,
    type TEXT COLLATE "C" NOT NULL,
    id TEXT COLLATE "C" NOT NULL,
    audience TEXT NOT NULL,
    author_id TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (board_id, type, id)
  );
  CREATE TABLE op_log (
    board_id TEXT COLLATE "C" NOT NULL,
    revision BIGINT NOT NULL,
    op_id TEXT NOT NULL,
    writes TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (board_id, revision)
  );
  CREATE TABLE op_receipts (
    board_id TEXT COLLATE "C" NOT NULL,
    op_key TEXT COLLATE "C" NOT NULL,
    sender BYTEA,
    request BYTEA,
    revision BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (board_id, op_key)
  );
  `,
];

/** Names Themenwand's migrations among the database's advisory locks (any fixed number would do). */
const MIGRATION_LOCK = 0x7e4e_0001;

/**
 * Runs the migrations this database lacks, all in one transaction under an advisory lock: processes
 * starting together wait for each other, and the later ones find everything done (SCALE-1). A
 * database from a newer version is refused rather than touched.
 */
export async function migratePostgres(pool: Pool, migrations: readonly string[] = POSTGRES_MIGRATIONS): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1::bigint)", [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ applied: number }>(
      "SELECT coalesce(max(version), 0)::integer AS applied FROM schema_migrations",
    );
    const applied = rows[0].applied;
    if (applied > migrations.length) {
      throw new Error(`Database schema ${applied} is newer than this Themenwand (${migrations.length}).`);
    }
    for (let index = applied; index < migrations.length; index++) {
      await client.query(migrations[index]);
      await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [index + 1]);
    }
    await client.query("COMMIT");
    client.release();
  } catch (error) {
    // A connection that failed mid-transaction is not given back to the pool.
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}
