import type Database from "better-sqlite3";

/**
 * Numbered schema migrations. Never edit one that has shipped: add the next number instead.
 * The database's user_version records how many have run.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE boards (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    version INTEGER NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    moderator_key_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;

  CREATE TABLE columns (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    rank TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (board_id, id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX columns_by_rank ON columns (board_id, rank);

  CREATE TABLE cards (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    column_id TEXT NOT NULL,
    rank TEXT NOT NULL,
    author_id TEXT,
    author_name TEXT,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (board_id, id)
  ) STRICT;
  CREATE INDEX cards_by_column_rank ON cards (board_id, column_id, rank);

  CREATE TABLE op_log (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    op_id TEXT NOT NULL,
    change TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (board_id, revision)
  ) STRICT, WITHOUT ROWID;
  CREATE UNIQUE INDEX op_log_by_op_id ON op_log (board_id, op_id);

  CREATE TABLE authors (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
  ) STRICT;
  `,
  // 2: a card count kept by triggers, so the card limit check need not count a big board's cards.
  `
  ALTER TABLE boards ADD COLUMN card_count INTEGER NOT NULL DEFAULT 0;
  UPDATE boards SET card_count = (SELECT count(*) FROM cards WHERE cards.board_id = boards.id);
  CREATE TRIGGER cards_count_insert AFTER INSERT ON cards BEGIN
    UPDATE boards SET card_count = card_count + 1 WHERE id = NEW.board_id;
  END;
  CREATE TRIGGER cards_count_delete AFTER DELETE ON cards BEGIN
    UPDATE boards SET card_count = card_count - 1 WHERE id = OLD.board_id;
  END;
  `,
  // 3: idempotency receipts (SYNC-13). One row per committed op, kept for the board's lifetime, so an
  // op id stays recognised after the op log has pruned its change. `op_key` is namespaced: "op:" for
  // socket op ids, "api:" for the REST Idempotency-Key. `sender` and `request` are SHA-256 hashes of
  // "role:authorId" and of the canonical request JSON; NULL for ops committed before this migration,
  // whose sender is unknown (their op ids are carried over into both namespaces). Lookups by op id
  // now go to this table, and the op log may hold one id twice (once per namespace): its unique
  // index goes.
  `
  CREATE TABLE op_receipts (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    op_key TEXT NOT NULL,
    sender BLOB,
    request BLOB,
    revision INTEGER NOT NULL,
    change TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (board_id, op_key)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO op_receipts (board_id, op_key, sender, request, revision, change, created_at)
    SELECT board_id, 'op:' || op_id, NULL, NULL, revision, change, created_at FROM op_log
    UNION ALL
    SELECT board_id, 'api:' || op_id, NULL, NULL, revision, change, created_at FROM op_log;
  DROP INDEX op_log_by_op_id;
  `,
  // 4: the record model. Boards, columns and cards become typed records stored alike; the boards
  // table keeps only what the store itself needs. Old op-log entries have the former change format:
  // they go, and clients behind get a snapshot. Receipts keep answering retries, with their stored
  // change emptied: a client that retries one joined at a later revision and ignores it anyway.
  `
  CREATE TABLE records (
    board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    audience TEXT NOT NULL,
    author_id TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (board_id, type, id)
  ) STRICT;
  INSERT INTO records (board_id, type, id, audience, author_id, data)
    SELECT id, 'board', id, 'board', NULL, json_object('type', 'board', 'id', id, 'version', version,
      'audience', 'board', 'authorId', NULL, 'title', title, 'description', description, 'createdAt', created_at)
    FROM boards;
  INSERT INTO records (board_id, type, id, audience, author_id, data)
    SELECT board_id, 'column', id, 'board', NULL, json_object('type', 'column', 'id', id, 'version', version,
      'audience', 'board', 'authorId', NULL, 'title', title, 'rank', rank)
    FROM columns;
  INSERT INTO records (board_id, type, id, audience, author_id, data)
    SELECT board_id, 'card', id, 'board', author_id, json_object('type', 'card', 'id', id, 'version', version,
      'audience', 'board', 'authorId', author_id, 'columnId', column_id, 'rank', rank, 'authorName', author_name,
      'content', json(content), 'createdAt', created_at, 'updatedAt', updated_at)
    FROM cards;
  DROP TRIGGER cards_count_insert;
  DROP TRIGGER cards_count_delete;
  DROP TABLE cards;
  DROP TABLE columns;
  ALTER TABLE boards DROP COLUMN title;
  ALTER TABLE boards DROP COLUMN description;
  ALTER TABLE boards DROP COLUMN version;
  ALTER TABLE boards DROP COLUMN card_count;
  DELETE FROM op_log;
  ALTER TABLE op_log RENAME COLUMN change TO writes;
  UPDATE op_receipts SET change = '[]';
  ALTER TABLE op_receipts RENAME COLUMN change TO writes;
  `,
  // 5: per-board author ids (AUTH-4). Earlier versions gave an author one random id on every board and
  // kept it in `authors` beside the token's hash; their records get the id that token derives on their
  // board (board_author_id, registered by openDatabase), so they stay their authors' cards. Changes in
  // the op log keep the old ids until it rolls over; the server decides by the records.
  `
  UPDATE records
    SET author_id = board_author_id(board_id, (SELECT token_hash FROM authors WHERE authors.id = records.author_id))
    WHERE author_id IN (SELECT id FROM authors);
  UPDATE records SET data = json_set(data, '$.authorId', author_id) WHERE author_id IS NOT NULL;
  DROP TABLE authors;
  `,
  // 6: receipts no longer keep a copy of their writes: a retry is answered with the op log's, while
  // the log holds them, else with none (its client has joined since, at a later revision). Writing
  // every change twice had cost a fifth of the durable op rate.
  `
  ALTER TABLE op_receipts DROP COLUMN writes;
  `,
];

export function migrate(db: Database.Database): void {
  const applied = db.pragma("user_version", { simple: true }) as number;
  if (applied > MIGRATIONS.length) {
    throw new Error(`Database schema ${applied} is newer than this Themenwand (${MIGRATIONS.length}).`);
  }
  for (let index = applied; index < MIGRATIONS.length; index++) {
    // IMMEDIATE, with the version read again under the write lock: two processes opening one file at
    // once run each migration once.
    db.transaction(() => {
      if ((db.pragma("user_version", { simple: true }) as number) !== index) return;
      db.exec(MIGRATIONS[index]);
      db.pragma(`user_version = ${index + 1}`);
    }).immediate();
  }
}
