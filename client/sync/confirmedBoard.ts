import { type BoardState, stateFromSnapshot } from "../../shared/boardState";
import type { Committed } from "../../shared/changes";
import { RecordDraft } from "../../shared/core/recordView";
import type { BoardSnapshot } from "../../shared/model";
import { AheadChanges } from "./aheadChanges";

/** Told of each committed change as it lands: before it is applied to the draft, and after. */
export interface ChangeListener {
  before(committed: Committed, draft: RecordDraft): void;
  after(committed: Committed): void;
}

/**
 * The board as the server committed it: a snapshot, then changes strictly in revision order. A change
 * ahead of a missing one waits for it (AheadChanges), and a gap that lasts asks for a resync (SYNC-4,
 * SCALE-4). The pending ops' predictions live elsewhere (predictions.ts).
 */
export class ConfirmedBoard {
  state: BoardState | null = null;
  revision = 0;
  private readonly ahead: AheadChanges;

  constructor(resync: () => void) {
    this.ahead = new AheadChanges(resync);
  }

  adopt(snapshot: BoardSnapshot): void {
    this.state = stateFromSnapshot(snapshot);
    this.revision = snapshot.revision;
  }

  /**
   * Applies what of `batch` (and of the changes waiting) is next in order. One draft for the whole
   * batch: a frame of 200 changes copies the board once, not 200 times. Returns whether the state moved.
   */
  apply(batch: readonly Committed[], listener: ChangeListener): boolean {
    if (!this.state) return false;
    this.ahead.add(batch, this.revision);
    const draft = new RecordDraft(this.state);
    for (
      let committed = this.ahead.take(this.revision + 1);
      committed;
      committed = this.ahead.take(this.revision + 1)
    ) {
      listener.before(committed, draft);
      draft.apply(committed.writes);
      this.revision = committed.revision;
      listener.after(committed);
    }
    this.state = draft.result();
    this.ahead.settled(this.revision);
    return true;
  }

  stop(): void {
    this.ahead.cancel();
  }
}
