import type { IndexedRecords } from "../../shared/core/indexedRecords";
import { RecentlyUsed } from "../core/recentlyUsed";

/** A board's records in memory and the revision they belong to. */
export interface CachedBoard {
  revision: number;
  records: IndexedRecords;
}

/**
 * The records of recently used boards, in memory, each tagged with its revision. A transaction
 * trusts an entry only when its revision equals the one it just read from the database, so another
 * process writing the same board can never make it stale unnoticed. Least recently used goes first.
 */
export class StateCache {
  private readonly boards: RecentlyUsed<string, CachedBoard>;

  constructor(capacity = 32) {
    this.boards = new RecentlyUsed(capacity);
  }

  get(boardId: string, revision: number): CachedBoard | undefined {
    const entry = this.boards.peek(boardId);
    if (!entry || entry.revision !== revision) return undefined;
    return this.boards.get(boardId);
  }

  /**
   * An entry older than `revision`, taken out of the cache: another process wrote the board since.
   * Its caller may bring it up to date from the op log and set it again.
   */
  takeBehind(boardId: string, revision: number): CachedBoard | undefined {
    const entry = this.boards.peek(boardId);
    if (!entry || entry.revision >= revision) return undefined;
    this.boards.delete(boardId);
    return entry;
  }

  set(boardId: string, entry: CachedBoard): void {
    this.boards.set(boardId, entry);
  }

  forget(boardId: string): void {
    this.boards.delete(boardId);
  }
}
