import type { Op } from "../../shared/ops";
import { type KeyValueStorage, readJson } from "./storage";

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

/**
 * Ops sent but not yet acknowledged, kept in browser storage so that a reload or a closed laptop
 * does not lose them: they are sent again, with their original ids, on the next connection.
 */
export class PendingOps {
  private items: PendingOp[];
  private readonly key: string;

  constructor(
    private readonly storage: KeyValueStorage,
    boardId: string,
  ) {
    this.key = `themenwand:pending:${boardId}`;
    this.items = readJson<PendingOp[]>(storage, this.key, []);
  }

  list(): readonly PendingOp[] {
    return this.items;
  }

  add(pending: PendingOp): void {
    this.items = [...this.items, pending];
    this.save();
  }

  /** Replaces the entry with the same op id, if it is still pending. */
  update(next: PendingOp): void {
    if (!this.items.some((item) => item.opId === next.opId)) return;
    this.items = this.items.map((item) => (item.opId === next.opId ? next : item));
    this.save();
  }

  remove(opId: string): boolean {
    const before = this.items.length;
    this.items = this.items.filter((item) => item.opId !== opId);
    if (this.items.length === before) return false;
    this.save();
    return true;
  }

  private save(): void {
    try {
      if (this.items.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(this.items));
    } catch {
      // Storage full or denied: the ops stay in memory and are still sent.
    }
  }
}
