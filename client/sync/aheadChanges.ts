import type { Committed } from "../../shared/changes";

/** How long a change ahead of the client's revision waits for the ones before it (SCALE-4). */
export const AHEAD_WAIT_MS = 500;

/**
 * Changes that arrived ahead of the client's revision. With several server processes, frames relayed
 * through Redis may overtake one another by a few milliseconds; resyncing at once would turn every
 * such overtaking into a join. They wait here instead, and only a gap that outlasts the wait asks
 * for a resync.
 */
export class AheadChanges {
  private readonly byRevision = new Map<number, Committed>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly resync: () => void,
    private readonly waitMs = AHEAD_WAIT_MS,
  ) {}

  /** Keeps the changes after `revision`; the ones the client holds already are dropped. */
  add(batch: readonly Committed[], revision: number): void {
    for (const committed of batch) {
      if (committed.revision > revision) this.byRevision.set(committed.revision, committed);
    }
  }

  /** Takes the change with this revision, if it is here. */
  take(revision: number): Committed | undefined {
    const committed = this.byRevision.get(revision);
    if (committed) this.byRevision.delete(revision);
    return committed;
  }

  /**
   * After the client applied what it could up to `revision`: forgets what that covers, and waits
   * for a remaining gap to close, or asks for a resync when it does not close in time.
   */
  settled(revision: number): void {
    for (const held of this.byRevision.keys()) if (held <= revision) this.byRevision.delete(held);
    if (this.byRevision.size === 0) {
      this.cancel();
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (this.byRevision.size > 0) this.resync();
    }, this.waitMs);
  }

  get waiting(): boolean {
    return this.byRevision.size > 0;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
