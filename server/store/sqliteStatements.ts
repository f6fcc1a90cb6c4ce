import type Database from "better-sqlite3";

/** Every statement the SQLite store runs, prepared once per connection. */
export function prepareStatements(db: Database.Database) {
  const one = (sql: string) => db.prepare(sql);
  return {
    insertBoard: one(`INSERT INTO boards (id, title, description, version, revision, moderator_key_hash, created_at)
      VALUES (@id, @title, @description, 1, 0, @moderatorKeyHash, @createdAt)`),
    board: one("SELECT id, title, description, version, revision, card_count, created_at FROM boards WHERE id = ?"),
    moderatorKeyHash: one("SELECT moderator_key_hash FROM boards WHERE id = ?").pluck(),
    updateBoard: one("UPDATE boards SET title = @title, description = @description, version = @version WHERE id = @id"),
    bumpRevision: one("UPDATE boards SET revision = revision + 1 WHERE id = ? RETURNING revision").pluck(),
    revision: one("SELECT revision FROM boards WHERE id = ?").pluck(),

    columns: one("SELECT id, title, rank, version FROM columns WHERE board_id = ? ORDER BY rank, id"),
    column: one("SELECT id, title, rank, version FROM columns WHERE board_id = ? AND id = ?"),
    columnCount: one("SELECT count(*) FROM columns WHERE board_id = ?").pluck(),
    upsertColumn:
      one(`INSERT INTO columns (board_id, id, title, rank, version) VALUES (@boardId, @id, @title, @rank, @version)
      ON CONFLICT (board_id, id) DO UPDATE SET title = excluded.title, rank = excluded.rank, version = excluded.version`),
    deleteColumn: one("DELETE FROM columns WHERE board_id = ? AND id = ?"),
    columnRankTaken: one("SELECT 1 FROM columns WHERE board_id = ? AND rank = ? AND id <> ? LIMIT 1").pluck(),
    nextColumnRank: one("SELECT min(rank) FROM columns WHERE board_id = ? AND rank > ? AND id <> ?").pluck(),
    lastColumnRank: one("SELECT max(rank) FROM columns WHERE board_id = ? AND id <> ?").pluck(),

    cards: one(`SELECT id, column_id, rank, author_id, author_name, content, version, created_at, updated_at
      FROM cards WHERE board_id = ? ORDER BY column_id, rank, id`),
    card: one(`SELECT id, column_id, rank, author_id, author_name, content, version, created_at, updated_at
      FROM cards WHERE board_id = ? AND id = ?`),
    cardIdsInColumn: one("SELECT id FROM cards WHERE board_id = ? AND column_id = ?").pluck(),
    upsertCard:
      one(`INSERT INTO cards (board_id, id, column_id, rank, author_id, author_name, kind, content, version, created_at, updated_at)
      VALUES (@boardId, @id, @columnId, @rank, @authorId, @authorName, @kind, @content, @version, @createdAt, @updatedAt)
      ON CONFLICT (board_id, id) DO UPDATE SET column_id = excluded.column_id, rank = excluded.rank,
        author_name = excluded.author_name, kind = excluded.kind, content = excluded.content,
        version = excluded.version, updated_at = excluded.updated_at`),
    deleteCard: one("DELETE FROM cards WHERE board_id = ? AND id = ?"),
    deleteCardsInColumn: one("DELETE FROM cards WHERE board_id = ? AND column_id = ?"),
    cardRankTaken: one(
      "SELECT 1 FROM cards WHERE board_id = ? AND column_id = ? AND rank = ? AND id <> ? LIMIT 1",
    ).pluck(),
    nextCardRank: one(
      "SELECT min(rank) FROM cards WHERE board_id = ? AND column_id = ? AND rank > ? AND id <> ?",
    ).pluck(),
    lastCardRank: one("SELECT max(rank) FROM cards WHERE board_id = ? AND column_id = ? AND id <> ?").pluck(),

    boardJson: one(`SELECT json_object('id', id, 'title', title, 'description', description, 'version', version,
      'createdAt', created_at) AS board, revision FROM boards WHERE id = ?`),
    columnsJson: one(`SELECT json_group_array(json_object('id', id, 'title', title, 'rank', rank, 'version', version)
      ORDER BY rank, id) FROM columns WHERE board_id = ?`).pluck(),
    cardsJson: one(`SELECT json_group_array(json_object('id', id, 'columnId', column_id, 'rank', rank,
      'authorId', author_id, 'authorName', author_name, 'content', json(content), 'version', version,
      'createdAt', created_at, 'updatedAt', updated_at) ORDER BY column_id, rank, id) FROM cards WHERE board_id = ?`).pluck(),

    loggedChange: one("SELECT revision, op_id AS opId, change FROM op_log WHERE board_id = ? AND op_id = ?"),
    appendLog: one("INSERT INTO op_log (board_id, revision, op_id, change, created_at) VALUES (?, ?, ?, ?, ?)"),
    logSince: one(
      "SELECT revision, op_id AS opId, change FROM op_log WHERE board_id = ? AND revision > ? ORDER BY revision",
    ),
    oldestLogged: one("SELECT min(revision) FROM op_log WHERE board_id = ?").pluck(),
    pruneLog: one("DELETE FROM op_log WHERE board_id = ? AND revision <= ?"),

    ping: one("SELECT 1").pluck(),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
