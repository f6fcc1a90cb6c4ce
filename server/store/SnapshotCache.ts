import type { BoardStore } from "./BoardStore";

export interface CachedSnapshot {
  boardId: string;
  revision: number;
  /** The snapshot as JSON text, as the store made it. */
  json: string;
  /**
   * The end of a join's answer that carries this snapshot (`<json>}}]`) as text and as UTF-8 bytes,
   * made on first use and shared by every socket that joins at this revision.
   */
  joinTail?: { text: string; bytes: Buffer };
}

/** The end of `[{"ok":true,…,"catchUp":{"kind":"snapshot","snapshot":<json>}}]`. */
export function joinTail(entry: CachedSnapshot): { text: string; bytes: Buffer } {
  if (!entry.joinTail) {
    const text = `${entry.json}}}]`;
    entry.joinTail = { text, bytes: Buffer.from(text) };
  }
  return entry.joinTail;
}

/**
 * LIMIT-2: a board's snapshot is built once per revision and shared by every socket join and
 * HTTP read at that revision, instead of once per reader. An entry is good while the board's
 * revision (one indexed read) has not moved. Memory is bounded: the most recently used boards,
 * at most `maxEntries` of them and `maxBytes` of memory together (text and bytes).
 */
export class SnapshotCache {
  private readonly entries = new Map<string, CachedSnapshot>();
  private bytes = 0;

  constructor(
    private readonly store: BoardStore,
    private readonly maxEntries = 8,
    private readonly maxBytes = 96 * 1024 * 1024,
  ) {}

  /** Bytes of the board's last snapshot built (any revision), 0 when none is kept: to price a join. */
  lastSize(boardId: string): number {
    return this.entries.get(boardId)?.json.length ?? 0;
  }

  /** The board's snapshot at its current revision; undefined when there is no such board. */
  get(boardId: string): CachedSnapshot | undefined {
    const revision = this.store.revision(boardId);
    const cached = this.entries.get(boardId);
    if (cached) this.remove(cached);
    if (revision === undefined) return undefined;
    if (cached?.revision === revision) {
      this.add(cached);
      return cached;
    }
    // Synchronous: nothing commits between reading the revision and building the snapshot.
    const json = this.store.snapshotJson(boardId);
    if (json === undefined) return undefined;
    const fresh = { boardId, revision, json };
    this.add(fresh);
    return fresh;
  }

  private add(entry: CachedSnapshot): void {
    this.entries.set(entry.boardId, entry);
    this.bytes += 3 * entry.json.length; // the text, and its UTF-8 bytes for joins
    for (const oldest of this.entries.values()) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      if (oldest === entry) break;
      this.remove(oldest);
    }
  }

  private remove(entry: CachedSnapshot): void {
    this.entries.delete(entry.boardId);
    this.bytes -= 3 * entry.json.length;
  }
}
