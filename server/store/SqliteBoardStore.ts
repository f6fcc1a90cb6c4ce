import type Database from "better-sqlite3";
import { applyOp } from "../../shared/applyOp";
import type { Change, Committed } from "../../shared/changes";
import { problem } from "../../shared/errors";
import type { BoardSnapshot, Column } from "../../shared/model";
import type { BoardStore, CommitRequest, CommitResponse, NewBoard } from "./BoardStore";
import { receiptBinding } from "./idempotency";
import { type BoardRow, boardFromRow, type CardRow, cardFromRow, columnFromRow } from "./rows";
import { prepareStatements, type Statements } from "./sqliteStatements";
import { sqliteView } from "./sqliteView";

export interface SqliteStoreOptions {
  /** How many committed changes per board the op log keeps for catching up; older clients get a snapshot. */
  opLogRetention?: number;
}

interface LoggedRow {
  revision: number;
  opId: string;
  change: string;
}

/** An idempotency receipt (migration 3); sender and request are NULL for ops from before it. */
interface ReceiptRow {
  sender: Buffer | null;
  request: Buffer | null;
  revision: number;
  change: string;
}

const committedFromRow = (row: LoggedRow): Committed => ({
  revision: row.revision,
  opId: row.opId,
  change: JSON.parse(row.change) as Change,
});

export class SqliteBoardStore implements BoardStore {
  private readonly sql: Statements;
  private readonly retention: number;
  private readonly commitAll: (requests: CommitRequest[], now: number) => CommitResponse[];
  private readonly commitOne: (request: CommitRequest, now: number) => CommitResponse;

  constructor(
    private readonly db: Database.Database,
    options: SqliteStoreOptions = {},
  ) {
    this.sql = prepareStatements(db);
    this.retention = options.opLogRetention ?? 10_000;
    // Each request runs in a savepoint of the batch's transaction: one that throws rolls back alone.
    this.commitOne = db.transaction((request: CommitRequest, now: number) => this.commitRequest(request, now));
    // Write transactions begin IMMEDIATE (SYNC-14): they take the write lock first, waiting up to the
    // busy timeout for another writer on the file. A DEFERRED one reads first and then fails to
    // upgrade at once with SQLITE_BUSY, since SQLite never waits when upgrading a read transaction.
    const commitAll = db.transaction((requests: CommitRequest[], now: number) =>
      requests.map((request) => this.commitGuarded(request, now)),
    );
    this.commitAll = commitAll.immediate;
  }

  createBoard(board: NewBoard): BoardSnapshot {
    this.db
      .transaction(() => {
        const { id, title, description, moderatorKeyHash, createdAt } = board;
        this.sql.insertBoard.run({ id, title, description, moderatorKeyHash, createdAt });
        for (const column of board.columns) {
          this.sql.upsertColumn.run({ boardId: board.id, ...column, version: 1 });
        }
      })
      .immediate();
    return this.snapshot(board.id) as BoardSnapshot;
  }

  snapshot(boardId: string): BoardSnapshot | undefined {
    return this.db.transaction(() => {
      const board = this.sql.board.get(boardId) as BoardRow | undefined;
      if (!board) return undefined;
      return {
        board: boardFromRow(board),
        columns: (this.sql.columns.all(boardId) as Column[]).map(columnFromRow),
        cards: (this.sql.cards.all(boardId) as CardRow[]).map(cardFromRow),
        revision: board.revision,
      };
    })();
  }

  snapshotJson(boardId: string): string | undefined {
    return this.db.transaction(() => {
      const board = this.sql.boardJson.get(boardId) as { board: string; revision: number } | undefined;
      if (!board) return undefined;
      const columns = this.sql.columnsJson.get(boardId) as string;
      const cards = this.sql.cardsJson.get(boardId) as string;
      return `{"board":${board.board},"columns":${columns},"cards":${cards},"revision":${board.revision}}`;
    })();
  }

  lastCardRank(boardId: string, columnId: string): string | null {
    return this.sql.lastCardRank.get(boardId, columnId, "") as string | null;
  }

  moderatorKeyHash(boardId: string): string | undefined {
    return this.sql.moderatorKeyHash.get(boardId) as string | undefined;
  }

  commit(requests: CommitRequest[], now: number): CommitResponse[] {
    if (requests.length === 0) return [];
    return this.commitAll(requests, now);
  }

  changesSince(boardId: string, since: number): Committed[] | undefined {
    return this.db.transaction(() => {
      const revision = this.sql.revision.get(boardId) as number | undefined;
      if (revision === undefined || since > revision) return undefined;
      if (since === revision) return [];
      const oldest = this.sql.oldestLogged.get(boardId) as number | null;
      if (oldest === null || oldest > since + 1) return undefined;
      return (this.sql.logSince.all(boardId, since) as LoggedRow[]).map(committedFromRow);
    })();
  }

  createAuthor(authorId: string, tokenHash: string, now: number): void {
    this.sql.insertAuthor.run(authorId, tokenHash, now);
  }

  authorIdByTokenHash(tokenHash: string): string | undefined {
    return this.sql.authorByTokenHash.get(tokenHash) as string | undefined;
  }

  isHealthy(): boolean {
    return this.sql.ping.get() === 1;
  }

  close(): void {
    this.db.close();
  }

  private commitGuarded(request: CommitRequest, now: number): CommitResponse {
    try {
      return this.commitOne(request, now);
    } catch (error) {
      // SQLite may cancel the whole transaction on SQLITE_FULL, IOERR, BUSY or NOMEM, not just the
      // statement. Carrying on would commit the next requests one by one outside the batch; failing
      // the batch instead answers every op internal with nothing applied (SYNC-14).
      if (!this.db.inTransaction) throw error;
      console.error("commit failed", request.boardId, request.op.type, error);
      return { ok: false, problem: problem("internal", "The server could not save this change.") };
    }
  }

  private commitRequest(request: CommitRequest, now: number): CommitResponse {
    const { boardId, opId, op, actor } = request;
    const binding = receiptBinding(request);
    const receipt = this.sql.receipt.get(boardId, binding.key) as ReceiptRow | undefined;
    if (receipt) return answerRepeat(receipt, binding.sender, binding.request, opId);
    const board = this.sql.board.get(boardId) as BoardRow | undefined;
    if (!board) return { ok: false, problem: problem("unknown_board", "This board does not exist.") };
    const outcome = applyOp(sqliteView(this.sql, boardId, board), op, actor, now);
    if (!outcome.ok) return outcome;
    this.persist(boardId, outcome.change);
    const revision = this.sql.bumpRevision.get(boardId) as number;
    const change = JSON.stringify(outcome.change);
    this.sql.appendLog.run(boardId, revision, opId, change, now);
    this.sql.insertReceipt.run(boardId, binding.key, binding.sender, binding.request, revision, change, now);
    if (revision % 1000 === 0 && revision > this.retention) this.sql.pruneLog.run(boardId, revision - this.retention);
    return { ok: true, committed: { revision, opId, change: outcome.change } };
  }

  private persist(boardId: string, change: Change): void {
    switch (change.type) {
      case "board.put":
        this.sql.updateBoard.run({
          id: change.board.id,
          title: change.board.title,
          description: change.board.description,
          version: change.board.version,
        });
        return;
      case "column.put":
        this.sql.upsertColumn.run({ boardId, ...change.column });
        return;
      case "column.removed":
        this.sql.deleteCardsInColumn.run(boardId, change.columnId);
        this.sql.deleteColumn.run(boardId, change.columnId);
        return;
      case "card.put": {
        const { card } = change;
        this.sql.upsertCard.run({
          boardId,
          id: card.id,
          columnId: card.columnId,
          rank: card.rank,
          authorId: card.authorId,
          authorName: card.authorName,
          kind: card.content.kind,
          content: JSON.stringify(card.content),
          version: card.version,
          createdAt: card.createdAt,
          updatedAt: card.updatedAt,
        });
        return;
      }
      case "card.removed":
        this.sql.deleteCard.run(boardId, change.cardId);
        return;
    }
  }
}

/**
 * A repeated op id (SYNC-13). The same sender asking for the same gets the stored result, marked as a
 * replay; anyone else, or the same sender asking for something else, is refused and learns nothing of
 * it. A receipt from before migration 3 knows no sender and answers as the op log did: the stored result.
 */
function answerRepeat(receipt: ReceiptRow, sender: Buffer, request: Buffer, opId: string): CommitResponse {
  const unbound = receipt.sender === null || receipt.request === null;
  if (!unbound && !(receipt.sender?.equals(sender) && receipt.request?.equals(request))) {
    return {
      ok: false,
      problem: problem("op_id_reused", "This op id was already used for another change; send it with a new id."),
    };
  }
  return {
    ok: true,
    committed: { revision: receipt.revision, opId, change: JSON.parse(receipt.change) as Change },
    replayed: true,
  };
}
