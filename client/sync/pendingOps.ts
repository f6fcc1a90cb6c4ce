import type { Op } from "../../shared/ops";
import { type KeyValueStorage, keysWithPrefix, readJson } from "./storage";

export interface PendingOp {
  opId: string;
  op: Op;
  /**
   * A text edit queued on a still pending edit of the same entity (SYNC-9): held back until that one
   * is acknowledged, then rebased onto the version the server committed for it.
   */
  after?: string;
  /** Held back for good because the edit it was queued on was refused: waits for the user. */
  blockedBy?: string;
}

/** One op as stored: with its place in the queue, which the tabs of a browser share. */
interface StoredOp extends PendingOp {
  seq: number;
}

const isStoredOp = (value: unknown): value is StoredOp =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as StoredOp).opId === "string" &&
  typeof (value as StoredOp).op === "object" &&
  typeof (value as StoredOp).seq === "number";

const bySeq = (a: StoredOp, b: StoredOp) => a.seq - b.seq || (a.opId < b.opId ? -1 : a.opId > b.opId ? 1 : 0);

/**
 * Ops sent but not yet acknowledged, kept in browser storage so that a reload or a closed laptop
 * does not lose them: they are sent again, with their original ids, on the next connection.
 *
 * Each op has a key of its own (`themenwand:op:<boardId>:<opId>`), so two tabs of one browser on one
 * board never overwrite each other's ops (SYNC-11); `reload` reads what other tabs wrote since.
 */
export class PendingOps {
  private items: StoredOp[] = [];
  /** Ops storage refused (full, denied): kept for this page, and across reloads of the list. */
  private readonly unsaved = new Map<string, StoredOp>();
  readonly prefix: string;

  constructor(
    private readonly storage: KeyValueStorage,
    boardId: string,
  ) {
    this.prefix = `themenwand:op:${boardId}:`;
    this.migrate(`themenwand:pending:${boardId}`);
    this.reload();
  }

  list(): readonly PendingOp[] {
    return this.items;
  }

  /**
   * Reads the ops again, with those other tabs added, changed or removed meanwhile. Says what
   * differs, and whether the added ops all come after the ones this page knew (`appended`).
   */
  reload(): { added: PendingOp[]; changed: PendingOp[]; removed: string[]; appended: boolean } {
    const stored = new Map<string, StoredOp>();
    for (const key of keysWithPrefix(this.storage, this.prefix)) {
      const entry = readJson<unknown>(this.storage, key, null);
      if (isStoredOp(entry)) stored.set(entry.opId, entry);
    }
    for (const [opId, entry] of this.unsaved) if (!stored.has(opId)) stored.set(opId, entry);
    const before = new Map(this.items.map((item) => [item.opId, item]));
    this.items = [...stored.values()].sort(bySeq);
    const added = this.items.filter((item) => !before.has(item.opId));
    const changed = this.items.filter((item) => {
      const old = before.get(item.opId);
      return old !== undefined && JSON.stringify(old) !== JSON.stringify(item);
    });
    const removed = [...before.keys()].filter((opId) => !stored.has(opId));
    const appended = this.items.slice(this.items.length - added.length).every((item) => !before.has(item.opId));
    return { added, changed, removed, appended };
  }

  /**
   * `reload` for one key another tab wrote (a storage event names it): reads that op alone, so a tab
   * queueing 200 ops costs the other tab 200 small reads, not 200 reads of everything.
   */
  reloadKey(key: string): ReturnType<PendingOps["reload"]> {
    const nothing = { added: [], changed: [], removed: [], appended: true };
    if (!key.startsWith(this.prefix)) return nothing;
    const opId = key.slice(this.prefix.length);
    const entry = readJson<unknown>(this.storage, key, null);
    const before = this.items.find((item) => item.opId === opId);
    if (!isStoredOp(entry) || entry.opId !== opId) {
      if (!before || this.unsaved.has(opId)) return nothing;
      this.items = this.items.filter((item) => item !== before);
      return { ...nothing, removed: [opId] };
    }
    if (before && JSON.stringify(before) === JSON.stringify(entry)) return nothing;
    this.items = [...this.items.filter((item) => item !== before), entry].sort(bySeq);
    if (before) return { ...nothing, changed: [entry] };
    return { ...nothing, added: [entry], appended: this.items.at(-1) === entry };
  }

  add(pending: PendingOp): void {
    const last = this.items.at(-1)?.seq ?? 0;
    const entry: StoredOp = { ...pending, seq: Math.max(Date.now(), last + 1) };
    this.items = [...this.items, entry];
    this.write(entry);
  }

  /** Replaces the entry with the same op id, if it is still pending. */
  update(next: PendingOp): void {
    const current = this.items.find((item) => item.opId === next.opId);
    if (!current) return;
    const entry: StoredOp = { ...next, seq: current.seq };
    this.items = this.items.map((item) => (item === current ? entry : item));
    this.write(entry);
  }

  remove(opId: string): boolean {
    const before = this.items.length;
    this.items = this.items.filter((item) => item.opId !== opId);
    this.unsaved.delete(opId);
    try {
      this.storage.removeItem(this.prefix + opId);
    } catch {
      // Storage denied: nothing was kept there either.
    }
    return this.items.length !== before;
  }

  private write(entry: StoredOp): void {
    try {
      this.storage.setItem(this.prefix + entry.opId, JSON.stringify(entry));
      this.unsaved.delete(entry.opId);
    } catch {
      // Storage full or denied: the op stays in memory and is still sent.
      this.unsaved.set(entry.opId, entry);
    }
  }

  /** Ops kept by an older version as one list under one key: each gets its own key, in order. */
  private migrate(oldKey: string): void {
    const old = readJson<unknown>(this.storage, oldKey, null);
    if (old === null) return;
    if (Array.isArray(old)) {
      const base = Date.now() - old.length;
      old.forEach((entry: PendingOp, index) => {
        if (typeof entry?.opId === "string" && typeof entry.op === "object" && entry.op !== null) {
          this.write({ opId: entry.opId, op: entry.op, seq: base + index });
        }
      });
    }
    try {
      this.storage.removeItem(oldKey);
    } catch {
      // Denied: read again next time, which writes the same keys again.
    }
  }
}
