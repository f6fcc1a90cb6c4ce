import type Database from "better-sqlite3";

/** Every statement the SQLite store runs, prepared once per connection. None knows a record type. */
export function prepareStatements(db: Database.Database) {
  const one = (sql: string) => db.prepare(sql);
  return {
    insertBoard: one("INSERT INTO boards (id, revision, moderator_key_hash, created_at) VALUES (?, 0, ?, ?)"),
    revision: one("SELECT revision FROM boards WHERE id = ?").pluck(),
    setRevision: one("UPDATE boards SET revision = ? WHERE id = ?"),
    moderatorKeyHash: one("SELECT moderator_key_hash FROM boards WHERE id = ?").pluck(),

    records: one("SELECT data FROM records WHERE board_id = ?").pluck(),
    putRecord: one(`INSERT INTO records (board_id, type, id, audience, author_id, data) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (board_id, type, id) DO UPDATE SET audience = excluded.audience, author_id = excluded.author_id,
        data = excluded.data`),
    removeRecord: one("DELETE FROM records WHERE board_id = ? AND type = ? AND id = ?"),

    // A receipt's writes are the op log's, while the log still holds them (see SqliteBoardStore.storedReceipt).
    receipt: one(`SELECT r.sender, r.request, r.revision, l.writes FROM op_receipts r
      LEFT JOIN op_log l ON l.board_id = r.board_id AND l.revision = r.revision
      WHERE r.board_id = ? AND r.op_key = ?`),
    insertReceipt: one(`INSERT INTO op_receipts (board_id, op_key, sender, request, revision, created_at)
      VALUES (?, ?, ?, ?, ?, ?)`),
    appendLog: one("INSERT INTO op_log (board_id, revision, op_id, writes, created_at) VALUES (?, ?, ?, ?, ?)"),
    logSince: one(
      "SELECT revision, op_id AS opId, writes FROM op_log WHERE board_id = ? AND revision > ? ORDER BY revision",
    ),
    oldestLogged: one("SELECT min(revision) FROM op_log WHERE board_id = ?").pluck(),
    pruneLog: one("DELETE FROM op_log WHERE board_id = ? AND revision <= ?"),
    // NET-6: earlier changes that may have put a forgotten record (a text match first; each is parsed).
    logMentioning: one(
      "SELECT revision, writes FROM op_log WHERE board_id = ? AND revision < ? AND instr(writes, ?) > 0",
    ),
    rewriteLog: one("UPDATE op_log SET writes = ? WHERE board_id = ? AND revision = ?"),

    // OPS-5: the board's row goes, and with it (ON DELETE CASCADE) its records, op log and receipts.
    deleteBoard: one("DELETE FROM boards WHERE id = ?"),
    lastActivity: one(`SELECT coalesce(
        (SELECT created_at FROM op_log WHERE board_id = boards.id ORDER BY revision DESC LIMIT 1), created_at)
      FROM boards WHERE id = ?`).pluck(),
    idleBoards: one(`SELECT id FROM boards WHERE coalesce(
        (SELECT created_at FROM op_log WHERE board_id = boards.id ORDER BY revision DESC LIMIT 1), created_at) < ?
      LIMIT ?`).pluck(),

    ping: one("SELECT 1").pluck(),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
