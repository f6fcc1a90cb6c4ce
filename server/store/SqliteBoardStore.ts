import type Database from "better-sqlite3";
import type { Committed } from "../../shared/changes";
import { IndexedRecords } from "../../shared/core/indexedRecords";
import type { BaseRecord, RecordWrite } from "../../shared/core/records";
import { problem } from "../../shared/errors";
import { type BoardModel, themenwandModel } from "../core/boardModel";
import { decideBatch } from "../ops/decideBatch";
import type { BoardAtRevision, BoardStore, CommitRequest, CommitResponse, NewBoard } from "./BoardStore";
import { answerRepeat, type Receipt, type ReceiptBinding, receiptBinding } from "./idempotency";
import { prepareStatements, type Statements } from "./sqliteStatements";
import { type CachedBoard, StateCache } from "./stateCache";

export interface SqliteStoreOptions {
  /** How many committed changes per board the op log keeps for catching up; older clients get a snapshot. */
  opLogRetention?: number;
  /** How many boards' records stay in memory. */
  cachedBoards?: number;
  /** The rules ops are applied with; the store itself never looks inside a record. */
  applyOp?: BoardModel["applyOp"];
}

interface LoggedRow {
  revision: number;
  opId: string;
  writes: string;
}

/** An idempotency receipt row (SYNC-13); sender and request are NULL for ops from before receipts. */
interface ReceiptRow {
  sender: Buffer | null;
  request: Buffer | null;
  revision: number;
  /** From the op log; null once the log no longer holds the revision. */
  writes: string | null;
}

const committedFromRow = (row: LoggedRow): Committed => ({
  revision: row.revision,
  opId: row.opId,
  writes: JSON.parse(row.writes) as RecordWrite[],
});

const failed = (): CommitResponse => ({
  ok: false,
  problem: problem("internal", "The server could not save this change."),
});

/**
 * The embedded store: one SQLite file in WAL mode. Better-sqlite3 is synchronous, so each method
 * finishes its transaction before it returns; the promises only fit the asynchronous store seam.
 */
export class SqliteBoardStore implements BoardStore {
  private readonly sql: Statements;
  private readonly retention: number;
  private readonly cache: StateCache;
  private readonly applyOp: BoardModel["applyOp"];
  private readonly commitAll: (requests: CommitRequest[], now: number) => CommitResponse[];
  private readonly commitBoard: (boardId: string, requests: CommitRequest[], now: number) => CommitResponse[];
  private readonly read: (boardId: string) => CachedBoard | undefined;

  constructor(
    private readonly db: Database.Database,
    options: SqliteStoreOptions = {},
  ) {
    this.sql = prepareStatements(db);
    this.retention = options.opLogRetention ?? 10_000;
    this.cache = new StateCache(options.cachedBoards);
    this.applyOp = options.applyOp ?? themenwandModel.applyOp;
    // Each board's batch runs in a savepoint of the one transaction: a board that fails rolls back alone.
    this.commitBoard = db.transaction((boardId: string, requests: CommitRequest[], now: number) =>
      this.commitBoardBatch(boardId, requests, now),
    );
    const all = db.transaction((requests: CommitRequest[], now: number) => this.commitGrouped(requests, now));
    // IMMEDIATE takes the write lock at BEGIN: a second writer waits (busy_timeout) instead of failing later.
    this.commitAll = (requests, now) => all.immediate(requests, now);
    this.read = db.transaction((boardId: string) => this.currentState(boardId));
  }

  async createBoard(board: NewBoard): Promise<void> {
    this.db
      .transaction(() => {
        this.sql.insertBoard.run(board.id, board.moderatorKeyHash, board.createdAt);
        for (const record of board.records) this.putRecord(board.id, record);
      })
      .immediate();
  }

  async readBoard(boardId: string): Promise<BoardAtRevision | undefined> {
    const current = this.read(boardId);
    return current && { revision: current.revision, records: current.records.all() };
  }

  async revision(boardId: string): Promise<number | undefined> {
    return this.sql.revision.get(boardId) as number | undefined;
  }

  async moderatorKeyHash(boardId: string): Promise<string | undefined> {
    return this.sql.moderatorKeyHash.get(boardId) as string | undefined;
  }

  async commit(requests: CommitRequest[], now: number): Promise<CommitResponse[]> {
    if (requests.length === 0) return [];
    try {
      return this.commitAll(requests, now);
    } catch (error) {
      console.error("commit failed", error);
      for (const request of requests) this.cache.forget(request.boardId);
      return requests.map(failed);
    }
  }

  async changesSince(boardId: string, since: number): Promise<Committed[] | undefined> {
    return this.db.transaction(() => {
      const revision = this.sql.revision.get(boardId) as number | undefined;
      if (revision === undefined || since > revision) return undefined;
      if (since === revision) return [];
      const oldest = this.sql.oldestLogged.get(boardId) as number | null;
      if (oldest === null || oldest > since + 1) return undefined;
      return (this.sql.logSince.all(boardId, since) as LoggedRow[]).map(committedFromRow);
    })();
  }

  async isHealthy(): Promise<boolean> {
    return this.sql.ping.get() === 1;
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /** Runs each board's requests in its own savepoint, and puts the answers back in request order. */
  private commitGrouped(requests: CommitRequest[], now: number): CommitResponse[] {
    const byBoard = new Map<string, number[]>();
    requests.forEach((request, index) => {
      const indexes = byBoard.get(request.boardId);
      if (indexes) indexes.push(index);
      else byBoard.set(request.boardId, [index]);
    });
    const results: CommitResponse[] = new Array(requests.length);
    for (const [boardId, indexes] of byBoard) {
      const batch = indexes.map((index) => requests[index]);
      let answers: CommitResponse[];
      try {
        answers = this.commitBoard(boardId, batch, now);
      } catch (error) {
        // SQLite may cancel the whole transaction on SQLITE_FULL, IOERR, BUSY or NOMEM, not just the
        // savepoint. Carrying on would commit the next boards outside the batch; failing the batch
        // instead answers every op internal with nothing applied (SYNC-14).
        if (!this.db.inTransaction) throw error;
        console.error("commit failed", boardId, error);
        this.cache.forget(boardId);
        answers = batch.map(failed);
      }
      indexes.forEach((index, position) => {
        results[index] = answers[position];
      });
    }
    return results;
  }

  private commitBoardBatch(boardId: string, requests: CommitRequest[], now: number): CommitResponse[] {
    const current = this.currentState(boardId);
    if (!current)
      return requests.map(() => ({ ok: false, problem: problem("unknown_board", "This board does not exist.") }));
    const bindings = new Map<CommitRequest, ReceiptBinding>(requests.map((r) => [r, receiptBinding(r)]));
    const newReceipts = new Map<string, Receipt>();
    // The cached records take each op's writes as it commits; should the transaction fail, commit()
    // forgets them and the next transaction reads the board from disk again.
    const decision = decideBatch({
      records: current.records,
      revision: current.revision,
      requests,
      now,
      applyOp: this.applyOp,
      repeatOf: (request) => {
        const binding = bindings.get(request) as ReceiptBinding;
        const receipt = newReceipts.get(binding.key) ?? this.storedReceipt(boardId, binding.key, request.opId);
        return receipt && answerRepeat(receipt, binding);
      },
      onCommitted: (request, committed) => {
        const { key, sender, request: asked } = bindings.get(request) as ReceiptBinding;
        newReceipts.set(key, { sender, request: asked, committed });
      },
    });
    if (decision.committed.length === 0) return decision.results;
    this.cache.forget(boardId); // until the writes below are in: a throw must not leave them cached

    for (const { request, committed } of decision.committed) {
      for (const write of committed.writes) {
        if ("remove" in write) this.sql.removeRecord.run(boardId, write.remove.type, write.remove.id);
        else this.putRecord(boardId, write.put);
      }
      const writes = JSON.stringify(committed.writes);
      const { key, sender, request: asked } = bindings.get(request) as ReceiptBinding;
      this.sql.appendLog.run(boardId, committed.revision, committed.opId, writes, now);
      this.sql.insertReceipt.run(boardId, key, sender, asked, committed.revision, now);
    }
    this.sql.setRevision.run(decision.revision, boardId);
    if (
      Math.floor(decision.revision / 1000) > Math.floor(current.revision / 1000) &&
      decision.revision > this.retention
    ) {
      this.sql.pruneLog.run(boardId, decision.revision - this.retention);
    }
    current.revision = decision.revision;
    // Written, not yet committed: should the COMMIT itself fail, commit() forgets the board again.
    this.cache.set(boardId, current);
    return decision.results;
  }

  /** The board's records at the revision the database holds now (from memory when still current). */
  private currentState(boardId: string): CachedBoard | undefined {
    const revision = this.sql.revision.get(boardId) as number | undefined;
    if (revision === undefined) return undefined;
    const cached = this.cache.get(boardId, revision);
    if (cached) return cached;
    const records = (this.sql.records.all(boardId) as string[]).map((data) => JSON.parse(data) as BaseRecord);
    const loaded = { revision, records: new IndexedRecords(records) };
    this.cache.set(boardId, loaded);
    return loaded;
  }

  private storedReceipt(boardId: string, key: string, opId: string): Receipt | undefined {
    const row = this.sql.receipt.get(boardId, key) as ReceiptRow | undefined;
    if (!row) return undefined;
    // A retry whose change the log dropped comes from a client that has joined since, at a later
    // revision: it ignores the writes, and only needs to know the op is done.
    const writes = row.writes === null ? [] : (JSON.parse(row.writes) as RecordWrite[]);
    const committed = { revision: row.revision, opId, writes };
    return { sender: row.sender, request: row.request, committed };
  }

  private putRecord(boardId: string, record: BaseRecord): void {
    this.sql.putRecord.run(boardId, record.type, record.id, record.audience, record.authorId, JSON.stringify(record));
  }
}
