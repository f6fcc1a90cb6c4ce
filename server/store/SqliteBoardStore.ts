import type Database from "better-sqlite3";
import type { Committed } from "../../shared/changes";
import { IndexedRecords } from "../../shared/core/indexedRecords";
import type { BaseRecord, RecordKey } from "../../shared/core/records";
import { type BoardModel, themenwandModel } from "../core/boardModel";
import { boardRef, errorFields, log } from "../observability/logger";
import type { BoardAtRevision, BoardStore, CommitRequest, CommitResponse, NewBoard } from "./BoardStore";
import {
  type BoardShare,
  committedFromRow,
  decideBoardBatch,
  forgottenIn,
  inRequestOrder,
  type LoggedRow,
  logNeedle,
  pruneLogThrough,
  type ReceiptRow,
  receiptFromRow,
  refuseAll,
  sharesByBoard,
  withoutPutsOf,
} from "./boardBatch";
import type { Receipt } from "./idempotency";
import { prepareStatements, type Statements } from "./sqliteStatements";
import { type CachedBoard, StateCache } from "./stateCache";
import { WalEraser } from "./walEraser";

export interface SqliteStoreOptions {
  /** How many committed changes per board the op log keeps for catching up; older clients get a snapshot. */
  opLogRetention?: number;
  /** How many boards' records stay in memory. */
  cachedBoards?: number;
  /** The rules ops are applied with; the store itself never looks inside a record. */
  applyOp?: BoardModel["applyOp"];
}

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
  private readonly walEraser: WalEraser;
  /** Set while a transaction forgets a record: its commit asks for the log's copies to go too. */
  private forgotten = false;

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
    this.walEraser = new WalEraser(db);
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

  async readRecord(boardId: string, type: string, id: string): Promise<BaseRecord | undefined> {
    return this.read(boardId)?.records.get(type, id);
  }

  async revision(boardId: string): Promise<number | undefined> {
    return this.sql.revision.get(boardId) as number | undefined;
  }

  async moderatorKeyHash(boardId: string): Promise<string | undefined> {
    return this.sql.moderatorKeyHash.get(boardId) as string | undefined;
  }

  async commit(requests: CommitRequest[], now: number): Promise<CommitResponse[]> {
    if (requests.length === 0) return [];
    this.forgotten = false;
    try {
      const responses = this.commitAll(requests, now);
      if (this.forgotten) this.walEraser.schedule();
      return responses;
    } catch (error) {
      log.error({ err: errorFields(error) }, "commit failed");
      for (const request of requests) this.cache.forget(request.boardId);
      return refuseAll(requests, "internal");
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

  async deleteBoard(boardId: string): Promise<boolean> {
    const deleted = this.db.transaction(() => this.sql.deleteBoard.run(boardId).changes > 0).immediate();
    this.cache.forget(boardId);
    if (deleted) this.walEraser.schedule();
    return deleted;
  }

  async lastActivity(boardId: string): Promise<number | undefined> {
    return this.sql.lastActivity.get(boardId) as number | undefined;
  }

  async idleBoards(before: number, limit: number): Promise<string[]> {
    return this.sql.idleBoards.all(before, limit) as string[];
  }

  async isHealthy(): Promise<boolean> {
    return this.sql.ping.get() === 1;
  }

  async close(): Promise<void> {
    this.walEraser.stop();
    this.db.close();
  }

  /** Runs each board's requests in its own savepoint, and puts the answers back in request order. */
  private commitGrouped(requests: CommitRequest[], now: number): CommitResponse[] {
    const answered = sharesByBoard(requests).map((share: BoardShare) => {
      try {
        return { share, answers: this.commitBoard(share.boardId, share.requests, now) };
      } catch (error) {
        // SQLite may cancel the whole transaction on SQLITE_FULL, IOERR, BUSY or NOMEM, not just the
        // savepoint. Carrying on would commit the next boards outside the batch; failing the batch
        // instead answers every op internal with nothing applied (SYNC-14).
        if (!this.db.inTransaction) throw error;
        log.error({ board: boardRef(share.boardId), err: errorFields(error) }, "commit failed");
        this.cache.forget(share.boardId);
        return { share, answers: refuseAll(share.requests, "internal") };
      }
    });
    return inRequestOrder(requests.length, answered);
  }

  private commitBoardBatch(boardId: string, requests: CommitRequest[], now: number): CommitResponse[] {
    const current = this.currentState(boardId);
    if (!current) return refuseAll(requests, "unknown_board");
    // The cached records take each op's writes as it commits; should the transaction fail, commit()
    // forgets them and the next transaction reads the board from disk again.
    const batch = decideBoardBatch({
      current,
      requests,
      now,
      applyOp: this.applyOp,
      storedReceipt: (key, opId) => this.storedReceipt(boardId, key, opId),
    });
    if (batch.committed.length === 0) return batch.results;
    this.cache.forget(boardId); // until the writes below are in: a throw must not leave them cached

    for (const { committed, binding } of batch.committed) {
      for (const write of committed.writes) {
        if ("remove" in write) this.sql.removeRecord.run(boardId, write.remove.type, write.remove.id);
        else this.putRecord(boardId, write.put);
      }
      this.sql.appendLog.run(boardId, committed.revision, committed.opId, JSON.stringify(committed.writes), now);
      this.sql.insertReceipt.run(boardId, binding.key, binding.sender, binding.request, committed.revision, now);
      for (const key of forgottenIn(committed)) this.forget(boardId, key, committed.revision);
    }
    this.sql.setRevision.run(batch.revision, boardId);
    const prune = pruneLogThrough(current.revision, batch.revision, this.retention);
    if (prune !== undefined) this.sql.pruneLog.run(boardId, prune);
    current.revision = batch.revision;
    // Written, not yet committed: should the COMMIT itself fail, commit() forgets the board again.
    this.cache.set(boardId, current);
    return batch.results;
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

  /**
   * NET-6: erases a removed record's content from the board's earlier changes (receipts answer
   * retries with these same changes, so they hold none of it either). In the commit's transaction.
   */
  private forget(boardId: string, key: RecordKey, before: number): void {
    this.forgotten = true;
    const rows = this.sql.logMentioning.all(boardId, before, logNeedle(key)) as { revision: number; writes: string }[];
    for (const row of rows) {
      const scrubbed = withoutPutsOf(row.writes, key);
      if (scrubbed !== undefined) this.sql.rewriteLog.run(scrubbed, boardId, row.revision);
    }
  }

  private storedReceipt(boardId: string, key: string, opId: string): Receipt | undefined {
    const row = this.sql.receipt.get(boardId, key) as ReceiptRow | undefined;
    return row && receiptFromRow(row, opId);
  }

  private putRecord(boardId: string, record: BaseRecord): void {
    this.sql.putRecord.run(boardId, record.type, record.id, record.audience, record.authorId, JSON.stringify(record));
  }
}
