import type { IndexedRecords } from "../../shared/core/indexedRecords";

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
  private readonly boards = new Map<string, CachedBoard>();

  constructor(private readonly capacity = 32) {}

  get(boardId: string, revision: number): CachedBoard | undefined {
    const entry = this.boards.get(boardId);
    if (!entry || entry.revision !== revision) return undefined;
    this.boards.delete(boardId);
    this.boards.set(boardId, entry);
    return entry;
  }

  set(boardId: string, entry: CachedBoard): void {
    this.boards.delete(boardId);
    this.boards.set(boardId, entry);
    if (this.boards.size > this.capacity) {
      const oldest = this.boards.keys().next().value;
      if (oldest !== undefined) this.boards.delete(oldest);
    }
  }

  forget(boardId: string): void {
    this.boards.delete(boardId);
  }
}
