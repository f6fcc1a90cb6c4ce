import type Database from "better-sqlite3";
import { applyOp } from "../../shared/applyOp";
import type { Change, Committed } from "../../shared/changes";
import { problem } from "../../shared/errors";
import type { OpResponse } from "../../shared/events";
import type { BoardSnapshot, Column } from "../../shared/model";
import type { BoardStore, CommitRequest, NewBoard } from "./BoardStore";
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

const committedFromRow = (row: LoggedRow): Committed => ({
  revision: row.revision,
  opId: row.opId,
  change: JSON.parse(row.change) as Change,
});

export class SqliteBoardStore implements BoardStore {
  private readonly sql: Statements;
  private readonly retention: number;
  private readonly commitAll: (requests: CommitRequest[], now: number) => OpResponse[];
  private readonly commitOne: (request: CommitRequest, now: number) => OpResponse;

  constructor(
    private readonly db: Database.Database,
    options: SqliteStoreOptions = {},
  ) {
    this.sql = prepareStatements(db);
    this.retention = options.opLogRetention ?? 10_000;
    // Each request runs in a savepoint of the batch's transaction: one that throws rolls back alone.
    this.commitOne = db.transaction((request: CommitRequest, now: number) => this.commitRequest(request, now));
    this.commitAll = db.transaction((requests: CommitRequest[], now: number) =>
      requests.map((request) => this.commitGuarded(request, now)),
    );
  }

  createBoard(board: NewBoard): BoardSnapshot {
    this.db.transaction(() => {
      const { id, title, description, moderatorKeyHash, createdAt } = board;
      this.sql.insertBoard.run({ id, title, description, moderatorKeyHash, createdAt });
      for (const column of board.columns) {
        this.sql.upsertColumn.run({ boardId: board.id, ...column, version: 1 });
      }
    })();
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

  revision(boardId: string): number | undefined {
    return this.sql.revision.get(boardId) as number | undefined;
  }

  lastCardRank(boardId: string, columnId: string): string | null {
    return this.sql.lastCardRank.get(boardId, columnId, "") as string | null;
  }

  moderatorKeyHash(boardId: string): string | undefined {
    return this.sql.moderatorKeyHash.get(boardId) as string | undefined;
  }

  commit(requests: CommitRequest[], now: number): OpResponse[] {
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

  isHealthy(): boolean {
    return this.sql.ping.get() === 1;
  }

  close(): void {
    this.db.close();
  }

  private commitGuarded(request: CommitRequest, now: number): OpResponse {
    try {
      return this.commitOne(request, now);
    } catch (error) {
      console.error("commit failed", request.boardId, request.op.type, error);
      return { ok: false, problem: problem("internal", "The server could not save this change.") };
    }
  }

  private commitRequest({ boardId, opId, op, actor }: CommitRequest, now: number): OpResponse {
    const logged = this.sql.loggedChange.get(boardId, opId) as LoggedRow | undefined;
    if (logged) return { ok: true, committed: committedFromRow(logged) };
    const board = this.sql.board.get(boardId) as BoardRow | undefined;
    if (!board) return { ok: false, problem: problem("unknown_board", "This board does not exist.") };
    const outcome = applyOp(sqliteView(this.sql, boardId, board), op, actor, now);
    if (!outcome.ok) return outcome;
    this.persist(boardId, outcome.change);
    const revision = this.sql.bumpRevision.get(boardId) as number;
    this.sql.appendLog.run(boardId, revision, opId, JSON.stringify(outcome.change), now);
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
