import type { QueryConfig } from "pg";

/**
 * Every statement the PostgreSQL store runs. None knows a record type. Named ones are prepared once
 * per connection. A batch's rows go in as arrays (`unnest`), so a batch of any size costs the same few
 * round trips.
 */
const named = (name: string, text: string): Pick<QueryConfig, "name" | "text"> => ({ name, text });

export const SQL = {
  insertBoard: "INSERT INTO boards (id, revision, moderator_key_hash, created_at) VALUES ($1, 0, $2, $3)",
  revision: named("revision", "SELECT revision FROM boards WHERE id = $1"),
  moderatorKeyHash: named("moderator_key_hash", "SELECT moderator_key_hash AS hash FROM boards WHERE id = $1"),
  /** SCALE-1: the board's row stays locked until the transaction ends; a second writer waits here. */
  lockBoard: named("lock_board", "SELECT revision FROM boards WHERE id = $1 FOR UPDATE"),

  records: named("records", "SELECT data FROM records WHERE board_id = $1"),
  /** The revision and the records in one statement: one snapshot, so they belong together. */
  boardWithRecords: named(
    "board_with_records",
    "SELECT b.revision, r.data FROM boards b LEFT JOIN records r ON r.board_id = b.id WHERE b.id = $1",
  ),
  /** $2..$6: type, id, audience, author_id, data of each record (a new board's). */
  putRecords: named(
    "put_records",
    `INSERT INTO records (board_id, type, id, audience, author_id, data)
      SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
  ),

  /**
   * A receipt's writes are the op log's, while the log still holds them (see receiptFromRow). Each op
   * key is one index probe, and so is its change: the LIMITs keep the planner from turning the lookups
   * into a scan of all the board's receipts or changes, which it did as a board aged (the durable op
   * rate fell to a quarter).
   */
  receipts: named(
    "receipts",
    `SELECT k.key, r.sender, r.request, r.revision, l.writes
      FROM unnest($2::text[]) AS k(key)
      CROSS JOIN LATERAL (
        SELECT sender, request, revision FROM op_receipts WHERE op_key = k.key AND board_id = $1 LIMIT 1
      ) r
      LEFT JOIN LATERAL (SELECT writes FROM op_log WHERE board_id = $1 AND revision = r.revision LIMIT 1) l ON true`,
  ),
  /**
   * One batch in one statement: its records, op log entries, receipts and the board's revision.
   * $2, $3: type and id of each removed record; $4..$8: type, id, audience, author_id and data of each
   * record put (no record both removed and put); $9..$11: revision, op id and writes of each change;
   * $12..$14: op key, sender and request of each receipt (the changes' order and revisions); $15: now;
   * $16: the board's new revision.
   */
  writeBatch: named(
    "write_batch",
    `WITH removed AS (
        DELETE FROM records r USING unnest($2::text[], $3::text[]) AS gone(type, id)
        WHERE r.board_id = $1 AND r.type = gone.type AND r.id = gone.id
      ), put AS (
        INSERT INTO records (board_id, type, id, audience, author_id, data)
        SELECT $1, * FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
        ON CONFLICT (board_id, type, id) DO UPDATE SET audience = excluded.audience, author_id = excluded.author_id,
          data = excluded.data
      ), logged AS (
        INSERT INTO op_log (board_id, revision, op_id, writes, created_at)
        SELECT $1, l.revision, l.op_id, l.writes, $15 FROM unnest($9::bigint[], $10::text[], $11::text[])
          AS l(revision, op_id, writes)
      ), receipts AS (
        INSERT INTO op_receipts (board_id, op_key, sender, request, revision, created_at)
        SELECT $1, r.op_key, r.sender, r.request, r.revision, $15 FROM unnest($12::text[], $13::bytea[],
          $14::bytea[], $9::bigint[]) AS r(op_key, sender, request, revision)
      )
      UPDATE boards SET revision = $16 WHERE id = $1`,
  ),
  /** The changes another process committed since this one's cached copy ($2) up to the locked revision ($3). */
  logBetween: named(
    "log_between",
    "SELECT revision, writes FROM op_log WHERE board_id = $1 AND revision > $2 AND revision <= $3 ORDER BY revision",
  ),
  /**
   * NET-6: earlier changes that may have put a forgotten record ($3: the text each must contain; each
   * is parsed before it is rewritten). A statement of its own, after the batch's: it sees its rows.
   */
  logMentioning: named(
    "log_mentioning",
    "SELECT revision, writes FROM op_log WHERE board_id = $1 AND revision < $2 AND strpos(writes, $3) > 0",
  ),
  /** $2, $3: revision and rewritten writes of each change. */
  rewriteLog: named(
    "rewrite_log",
    `UPDATE op_log l SET writes = w.writes FROM unnest($2::bigint[], $3::text[]) AS w(revision, writes)
      WHERE l.board_id = $1 AND l.revision = w.revision`,
  ),
  /** A statement of its own: a statement's deletes do not see the rows it inserts. */
  // OPS-5: no foreign keys here (see postgresMigrations.ts): each table's rows go in one transaction.
  deleteBoard: "DELETE FROM boards WHERE id = $1",
  deleteBoardRows: [
    "DELETE FROM records WHERE board_id = $1",
    "DELETE FROM op_log WHERE board_id = $1",
    "DELETE FROM op_receipts WHERE board_id = $1",
  ],
  lastActivity: named(
    "last_activity",
    `SELECT coalesce((SELECT created_at FROM op_log WHERE board_id = boards.id ORDER BY revision DESC LIMIT 1),
      created_at) AS at FROM boards WHERE id = $1`,
  ),
  idleBoards: named(
    "idle_boards",
    `SELECT id FROM boards WHERE coalesce((SELECT created_at FROM op_log WHERE board_id = boards.id
      ORDER BY revision DESC LIMIT 1), created_at) < $1 LIMIT $2`,
  ),
  pruneLog: named("prune_log", "DELETE FROM op_log WHERE board_id = $1 AND revision <= $2"),
  /** The board's revision, the oldest change the log holds and every change after $2, in one snapshot. */
  changesSince: named(
    "changes_since",
    `SELECT b.revision AS current, (SELECT min(revision) FROM op_log WHERE board_id = $1) AS oldest,
        l.revision, l.op_id AS "opId", l.writes
      FROM boards b LEFT JOIN op_log l ON l.board_id = b.id AND l.revision > $2
      WHERE b.id = $1 ORDER BY l.revision`,
  ),

  ping: "SELECT 1",
};
