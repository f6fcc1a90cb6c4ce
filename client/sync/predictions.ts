import { applyOp } from "../../shared/applyOp";
import { applyChange, type BoardState, viewOfState } from "../../shared/boardState";
import type { Change, Committed } from "../../shared/changes";
import type { Actor } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { entityOfChange, type Footprint, footprintOfChange, footprintOfOp } from "./footprint";

interface Prediction {
  opId: string;
  /** What applyOp predicted; null when it predicted a refusal (the op then changes nothing here). */
  change: Change | null;
  footprint: Footprint;
}

/** Deep equality of plain JSON values, whatever the order of their keys. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => equal((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The same change, leaving out the times the server stamps itself. */
function sameButTimes(a: Change, b: Change): boolean {
  if (a.type !== "card.put" || b.type !== "card.put") return false;
  return equal({ ...a.card, createdAt: 0, updatedAt: 0 }, { ...b.card, createdAt: 0, updatedAt: 0 });
}

const touches = (footprint: Footprint, key: string) => footprint === "all" || footprint.includes(key);

/**
 * What the user sees: the confirmed board with the pending ops predicted on top (SYNC-12). Kept up
 * to date incrementally: a committed change that is the next pending op's own predicted change only
 * drops that prediction; a change by someone else that touches nothing a pending op reads or writes
 * is applied on top. Anything else marks the predictions stale, and the owner replays them once.
 */
export class Predictions {
  private predictions: Prediction[] = [];
  private board: BoardState | null = null;
  /** True when the predictions no longer follow from confirmed + pending: replay before showing. */
  stale = true;

  constructor(private readonly now: () => number = Date.now) {}

  view(): BoardState | null {
    return this.board;
  }

  /** Replays every pending op from the confirmed state: the reference the increments must match. */
  replay(confirmed: BoardState | null, ops: readonly { opId: string; op: Op }[], actor: Actor | null): void {
    this.predictions = [];
    this.board = confirmed;
    this.stale = false;
    if (!confirmed || !actor) return;
    for (const { opId, op } of ops) this.push(opId, op, actor);
  }

  /** A new op on top of the others. */
  push(opId: string, op: Op, actor: Actor): void {
    if (this.stale || !this.board) return;
    const outcome = applyOp(viewOfState(this.board), op, actor, this.now());
    const change = outcome.ok ? outcome.change : null;
    if (change) this.board = applyChange(this.board, change);
    this.predictions.push({ opId, change, footprint: footprintOfOp(op) });
  }

  /** A committed change arrived; `before` is the confirmed state it was applied to, `after` the result. */
  committed({ opId, change }: Committed, before: BoardState, after: BoardState): void {
    if (this.stale || !this.board) return;
    if (this.predictions.length === 0) {
      // Nothing pending: the user sees the confirmed board itself.
      this.board = after;
      return;
    }
    const index = this.predictions.findIndex((prediction) => prediction.opId === opId);
    if (index === 0) {
      this.ownHead(change);
      return;
    }
    const footprint = index > 0 ? "all" : footprintOfChange(change, before, this.predictions.length);
    const clash = this.predictions.some((p) =>
      footprint === "all" ? true : p.footprint === "all" || footprint.some((key) => p.footprint.includes(key)),
    );
    if (clash) this.markStale();
    else this.board = applyChange(this.board, change);
  }

  /** An op left the outbox without a commit (refused, or held back for the user). */
  dropped(opId: string): void {
    const index = this.predictions.findIndex((prediction) => prediction.opId === opId);
    if (index < 0) return;
    // A prediction that changed nothing leaves nothing to undo.
    if (this.predictions[index].change !== null) this.markStale();
    else this.predictions.splice(index, 1);
  }

  markStale(): void {
    this.stale = true;
  }

  private ownHead(committed: Change): void {
    const [head, ...rest] = this.predictions;
    const predicted = head.change;
    if (predicted && equal(predicted, committed)) {
      // The board already shows exactly this: later predictions were made on top of it.
      this.predictions = rest;
      return;
    }
    const entity = entityOfChange(committed);
    if (predicted && sameButTimes(predicted, committed) && !rest.some((p) => touches(p.footprint, entity))) {
      // Only the server's timestamps differ, and nothing later wrote this card: take the server's copy.
      this.board = applyChange(this.board as BoardState, committed);
      this.predictions = rest;
      return;
    }
    this.markStale();
  }
}
