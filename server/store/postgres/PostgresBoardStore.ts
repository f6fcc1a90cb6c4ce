import type { Pool, PoolClient } from "pg";
import type { Committed } from "../../../shared/changes";
import { IndexedRecords } from "../../../shared/core/indexedRecords";
import type { BaseRecord, RecordWrite } from "../../../shared/core/records";
import { type BoardModel, themenwandModel } from "../../core/boardModel";
import { boardRef, errorFields, log } from "../../observability/logger";
import type { BoardAtRevision, BoardStore, CommitRequest, CommitResponse, NewBoard } from "../BoardStore";
import {
  type BoardBatch,
  type BoardShare,
  committedFromRow,
  decideBoardBatch,
  forgottenIn,
  inRequestOrder,
  type LoggedRow,
  pruneLogThrough,
  type ReceiptRow,
  receiptFromRow,
  refuseAll,
  sharesByBoard,
} from "../boardBatch";
import { receiptKey } from "../idempotency";
import { StoreUnavailableError } from "../StoreUnavailableError";
import { type CachedBoard, StateCache } from "../stateCache";
import { deleteBoardRows, idleBoardIds, lastActivityOf } from "./boardLifetime";
import { ErasureVacuum } from "./erasureVacuum";
import { forgetInLog } from "./logErasure";
import { netWrites, putColumns } from "./netWrites";
import { answersWithin, inTransaction, readOnce } from "./poolAccess";
import { SQL } from "./postgresStatements";

export interface PostgresStoreOptions {
  /** How many committed changes per board the op log keeps for catching up; older clients get a snapshot. */
  opLogRetention?: number;
  /** How many boards' records stay in memory (each trusted only at the revision a transaction reads). */
  cachedBoards?: number;
  /** The rules ops are applied with; the store itself never looks inside a record. */
  applyOp?: BoardModel["applyOp"];
  /** How long isHealthy waits for the database before saying no (default 2 s). */
  healthTimeoutMs?: number;
}

interface ChangesRow extends LoggedRow {
  current: number;
  oldest: number | null;
}

/**
 * The store for several processes: boards live in PostgreSQL, which they share. Each board's batch
 * is one transaction that locks the board's row before reading its revision (SCALE-1), decides the
 * batch with the same code as SQLite (decideBoardBatch) and writes it with a few multi-row statements.
 * When the database cannot be reached, commits answer store_unavailable and reads throw
 * StoreUnavailableError (SCALE-3). The pool is the store's own: close() ends it.
 */
export class PostgresBoardStore implements BoardStore {
  private readonly retention: number;
  private readonly cache: StateCache;
  private readonly applyOp: BoardModel["applyOp"];
  private readonly healthTimeoutMs: number;
  private closed = false;
  private readonly erasureVacuum: ErasureVacuum;

  constructor(
    private readonly pool: Pool,
    options: PostgresStoreOptions = {},
  ) {
    this.retention = options.opLogRetention ?? 10_000;
    this.cache = new StateCache(options.cachedBoards);
    this.applyOp = options.applyOp ?? themenwandModel.applyOp;
    this.healthTimeoutMs = options.healthTimeoutMs ?? 2_000;
    this.erasureVacuum = new ErasureVacuum(pool);
  }

  async createBoard(board: NewBoard): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(SQL.insertBoard, [board.id, board.moderatorKeyHash, board.createdAt]);
      await client.query({ ...SQL.putRecords, values: [board.id, ...putColumns(board.records)] });
    });
  }

  async readRecord(boardId: string, type: string, id: string): Promise<BaseRecord | undefined> {
    const revision = await this.revision(boardId);
    if (revision === undefined) return undefined;
    const cached = this.cache.get(boardId, revision);
    if (cached) return cached.records.get(type, id);
    return (await this.readBoard(boardId))?.records.find((record) => record.type === type && record.id === id);
  }

  async readBoard(boardId: string): Promise<BoardAtRevision | undefined> {
    const revision = await this.revision(boardId);
    if (revision === undefined) return undefined;
    const cached = this.cache.get(boardId, revision);
    if (cached) return { revision, records: cached.records.all() };
    // Maybe later than the revision just read: this statement reads both together.
    const { rows } = await readOnce<{ revision: number; data: string | null }>(this.pool, SQL.boardWithRecords, [
      boardId,
    ]);
    if (rows.length === 0) return undefined;
    const records = rows.flatMap((row) => (row.data === null ? [] : [JSON.parse(row.data) as BaseRecord]));
    this.cache.set(boardId, { revision: rows[0].revision, records: new IndexedRecords(records) });
    return { revision: rows[0].revision, records };
  }

  async revision(boardId: string): Promise<number | undefined> {
    const { rows } = await readOnce<{ revision: number }>(this.pool, SQL.revision, [boardId]);
    return rows[0]?.revision;
  }

  async moderatorKeyHash(boardId: string): Promise<string | undefined> {
    const { rows } = await readOnce<{ hash: string }>(this.pool, SQL.moderatorKeyHash, [boardId]);
    return rows[0]?.hash;
  }

  async deleteBoard(boardId: string): Promise<boolean> {
    const deleted = await deleteBoardRows(this.pool, boardId);
    this.cache.forget(boardId);
    if (deleted) this.erasureVacuum.schedule();
    return deleted;
  }

  lastActivity(boardId: string): Promise<number | undefined> {
    return lastActivityOf(this.pool, boardId);
  }

  idleBoards(before: number, limit: number): Promise<string[]> {
    return idleBoardIds(this.pool, before, limit);
  }

  /** One transaction per board, all at once on separate connections; a failing board fails alone. */
  async commit(requests: CommitRequest[], now: number): Promise<CommitResponse[]> {
    if (requests.length === 0) return [];
    const answered = await Promise.all(
      sharesByBoard(requests).map(async (share) => ({ share, answers: await this.commitShare(share, now) })),
    );
    return inRequestOrder(requests.length, answered);
  }

  async changesSince(boardId: string, since: number): Promise<Committed[] | undefined> {
    const { rows } = await readOnce<ChangesRow>(this.pool, SQL.changesSince, [boardId, since]);
    if (rows.length === 0) return undefined;
    const { current, oldest } = rows[0];
    if (since > current) return undefined;
    if (since === current) return [];
    if (oldest === null || oldest > since + 1) return undefined;
    return rows.map(committedFromRow);
  }

  isHealthy(): Promise<boolean> {
    return answersWithin(this.pool, this.healthTimeoutMs);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.erasureVacuum.stop();
    await this.pool.end();
  }

  private async commitShare({ boardId, requests }: BoardShare, now: number): Promise<CommitResponse[]> {
    try {
      const { results, after, forgot } = await inTransaction(this.pool, (client) =>
        this.commitBoardBatch(client, boardId, requests, now),
      );
      // Committed: the records that took the batch's writes are the board at its new revision.
      if (after) this.cache.set(boardId, after);
      if (forgot) this.erasureVacuum.schedule();
      return results;
    } catch (error) {
      this.cache.forget(boardId);
      if (error instanceof StoreUnavailableError) return refuseAll(requests, "store_unavailable");
      log.error({ board: boardRef(boardId), err: errorFields(error) }, "commit failed");
      return refuseAll(requests, "internal");
    }
  }

  /** Inside the board's transaction: lock, read, decide, write. */
  private async commitBoardBatch(
    client: PoolClient,
    boardId: string,
    requests: CommitRequest[],
    now: number,
  ): Promise<{ results: CommitResponse[]; after?: CachedBoard; forgot?: boolean }> {
    const locked = await client.query<{ revision: number }>({ ...SQL.lockBoard, values: [boardId] });
    if (locked.rows.length === 0) return { results: refuseAll(requests, "unknown_board") };
    const revision = locked.rows[0].revision;
    // Another process may have written the board: the cache counts only at the revision just read.
    const current = this.cache.get(boardId, revision) ?? (await this.loadBoard(client, boardId, revision));
    const receipts = await this.storedReceipts(client, boardId, requests);
    const batch = decideBoardBatch({
      current,
      requests,
      now,
      applyOp: this.applyOp,
      storedReceipt: (key, opId) => {
        const row = receipts.get(key);
        return row && receiptFromRow(row, opId);
      },
    });
    if (batch.committed.length === 0) return { results: batch.results };
    // The cached records took the batch's writes (in the same turn, so no reader saw them): they are
    // not the board at any revision until the transaction commits.
    this.cache.forget(boardId);
    await this.writeBatch(client, boardId, revision, batch, now);
    const forgot = batch.committed.some(({ committed }) => forgottenIn(committed).length > 0);
    return { results: batch.results, after: { revision: batch.revision, records: current.records }, forgot };
  }

  /** The batch's records, op log entries, receipts and revision in one statement; a second to prune. */
  private async writeBatch(
    client: PoolClient,
    boardId: string,
    before: number,
    batch: BoardBatch,
    now: number,
  ): Promise<void> {
    const changes = batch.committed.map(({ committed }) => committed);
    const net = netWrites(changes);
    const receipts = batch.committed.map(({ binding }) => binding);
    await client.query({
      ...SQL.writeBatch,
      values: [
        boardId,
        net.removed.type,
        net.removed.id,
        ...putColumns(net.put),
        changes.map((change) => change.revision),
        changes.map((change) => change.opId),
        changes.map((change) => JSON.stringify(change.writes)),
        receipts.map((receipt) => receipt.key),
        receipts.map((receipt) => receipt.sender),
        receipts.map((receipt) => receipt.request),
        now,
        batch.revision,
      ],
    });
    for (const change of changes) {
      for (const key of forgottenIn(change)) await forgetInLog(client, boardId, key, change.revision);
    }
    const prune = pruneLogThrough(before, batch.revision, this.retention);
    if (prune !== undefined) await client.query({ ...SQL.pruneLog, values: [boardId, prune] });
  }

  /**
   * The board at `revision`. A copy this process cached at an older revision (the other processes
   * committed since) is brought up to date from the op log: with clients on every process each flush
   * finds its copy behind, and reading a 5,000-card board afresh each time would cost far more.
   */
  private async loadBoard(client: PoolClient, boardId: string, revision: number): Promise<CachedBoard> {
    const behind = this.cache.takeBehind(boardId, revision);
    if (behind) {
      const caughtUp = await this.catchUp(client, boardId, behind, revision);
      if (caughtUp) return caughtUp;
    }
    const { rows } = await client.query<{ data: string }>({ ...SQL.records, values: [boardId] });
    const loaded = { revision, records: new IndexedRecords(rows.map((row) => JSON.parse(row.data) as BaseRecord)) };
    this.cache.set(boardId, loaded);
    return loaded;
  }

  /** Applies the logged changes after `cached` up to `revision`; undefined when the log has a hole there. */
  private async catchUp(
    client: PoolClient,
    boardId: string,
    cached: CachedBoard,
    revision: number,
  ): Promise<CachedBoard | undefined> {
    const { rows } = await client.query<{ revision: number; writes: string }>({
      ...SQL.logBetween,
      values: [boardId, cached.revision, revision],
    });
    if (rows.length !== revision - cached.revision || rows.some((row, i) => row.revision !== cached.revision + 1 + i))
      return undefined;
    for (const row of rows) cached.records.apply(JSON.parse(row.writes) as RecordWrite[]);
    const caughtUp = { revision, records: cached.records };
    this.cache.set(boardId, caughtUp);
    return caughtUp;
  }

  /** The receipts of every op id the batch uses, in one query (read after the lock: nothing is missed). */
  private async storedReceipts(
    client: PoolClient,
    boardId: string,
    requests: readonly CommitRequest[],
  ): Promise<Map<string, ReceiptRow>> {
    const keys = [...new Set(requests.map(receiptKey))];
    const { rows } = await client.query<ReceiptRow & { key: string }>({ ...SQL.receipts, values: [boardId, keys] });
    return new Map(rows.map((row) => [row.key, row]));
  }
}
