import type { BoardState } from "../../shared/boardState";
import type { Committed } from "../../shared/changes";
import { isAuthorOf } from "../../shared/core/authorTags";
import type { RecordKey, RecordWrite } from "../../shared/core/records";
import { RecordDraft, type RecordView } from "../../shared/core/recordView";
import type { Actor } from "../../shared/model";
import type { Op } from "../../shared/ops";
import { predictOp } from "./clientRules";
import { type Footprint, footprintOfWrites, keysOfWrites } from "./footprint";
import { footprintOfOp } from "./opTraits";

interface Prediction {
  opId: string;
  /** What the rules predicted; null when it predicted a refusal (the op then changes nothing here). */
  writes: readonly RecordWrite[] | null;
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

/** Leaves out the times the server stamps itself (a card's createdAt and updatedAt). */
function withoutTimes(write: RecordWrite): unknown {
  if ("remove" in write) return write;
  return { ...write, put: { ...write.put, createdAt: 0, updatedAt: 0 } };
}

/** Whether the author id this browser predicted with shows as `committed`: the same, or its tag (ANON-1). */
function sameAuthor(predicted: string | null, committed: string | null, key: RecordKey): boolean {
  return predicted === committed || (committed !== null && isAuthorOf({ ...key, authorId: committed }, predicted));
}

/** A predicted write with the author as the committed one shows it, when it is the same author. */
function withCommittedAuthor(predicted: RecordWrite, committed: RecordWrite): RecordWrite {
  if ("remove" in predicted) {
    return "remove" in committed && sameAuthor(predicted.was.authorId, committed.was.authorId, predicted.remove)
      ? { ...predicted, was: committed.was }
      : predicted;
  }
  return "put" in committed && sameAuthor(predicted.put.authorId, committed.put.authorId, predicted.put)
    ? { ...predicted, put: { ...predicted.put, authorId: committed.put.authorId } }
    : predicted;
}

/** The same writes, but for what the server stamps itself: times, and the author's tag. */
function sameButStamps(predicted: readonly RecordWrite[], committed: readonly RecordWrite[]): boolean {
  return (
    predicted.length === committed.length &&
    predicted.every((write, index) =>
      equal(withoutTimes(withCommittedAuthor(write, committed[index])), withoutTimes(committed[index])),
    )
  );
}

const overlaps = (a: Footprint, b: Footprint) =>
  a === "all" || b === "all" || a.some((key) => (b as readonly string[]).includes(key));

/**
 * What the user sees: the confirmed board with the pending ops predicted on top (SYNC-12). The
 * predictions live in one RecordDraft over the board (a board of thousands of cards is not copied
 * per op), and are kept up to date incrementally: a committed change that is the next pending op's
 * own predicted change only drops that prediction; a change by someone else that touches no record
 * a pending op reads or writes is applied on top. Anything else marks the predictions stale, and the
 * owner replays them once.
 */
export class Predictions {
  private predictions: Prediction[] = [];
  private draft: RecordDraft | null = null;
  private shown: BoardState | null = null;
  /** True when the predictions no longer follow from confirmed + pending: replay before showing. */
  stale = true;

  constructor(private readonly now: () => number = Date.now) {}

  /** The predicted board; the same object until something changes it. */
  view(): BoardState | null {
    if (!this.shown && this.draft) this.shown = this.draft.result();
    return this.shown;
  }

  /** Replays every pending op from the confirmed state: the reference the increments must match. */
  replay(confirmed: BoardState | null, ops: readonly { opId: string; op: Op }[], actor: Actor | null): void {
    this.predictions = [];
    this.reset(confirmed);
    this.stale = false;
    if (!confirmed || !actor) return;
    for (const { opId, op } of ops) this.push(opId, op, actor);
  }

  /** A new op on top of the others. */
  push(opId: string, op: Op, actor: Actor): void {
    if (this.stale || !this.draft) return;
    // What it reads is read before it writes: a removed card's cluster is known only before.
    const footprint = footprintOfOp(op, this.draft);
    const outcome = predictOp(this.draft, op, actor, this.now());
    const writes = outcome.ok ? outcome.writes : null;
    if (writes) this.write(writes);
    this.predictions.push({ opId, writes, footprint });
  }

  /** A committed change arrived; `before` is the confirmed state it was applied to, `after` the result. */
  /**
   * A committed change, read against the confirmed records as they were before it. Call
   * `confirmedAt` with the new confirmed state once a batch of them is applied.
   */
  committed({ opId, writes }: Committed, before: RecordView): void {
    if (this.stale || !this.draft) return;
    // Nothing pending: the user sees the confirmed board itself (set in confirmedAt).
    if (this.predictions.length === 0) return;
    const index = this.predictions.findIndex((prediction) => prediction.opId === opId);
    if (index === 0) {
      this.ownHead(writes);
      return;
    }
    const footprint = index > 0 ? "all" : footprintOfWrites(writes, before, this.predictions.length);
    if (this.predictions.some((prediction) => overlaps(footprint, prediction.footprint))) this.markStale();
    else this.write(writes);
  }

  /** The confirmed state after the changes just told: what the user sees when nothing is pending. */
  confirmedAt(confirmed: BoardState): void {
    if (!this.stale && this.draft && this.predictions.length === 0) this.reset(confirmed);
  }

  /** An op left the outbox without a commit (refused, or held back for the user). */
  dropped(opId: string): void {
    const index = this.predictions.findIndex((prediction) => prediction.opId === opId);
    if (index < 0) return;
    // A prediction that changed nothing leaves nothing to undo.
    if (this.predictions[index].writes?.length) this.markStale();
    else this.predictions.splice(index, 1);
  }

  markStale(): void {
    this.stale = true;
  }

  private reset(state: BoardState | null): void {
    this.draft = state ? new RecordDraft(state) : null;
    this.shown = state;
  }

  private write(writes: readonly RecordWrite[]): void {
    if (writes.length === 0 || !this.draft) return;
    this.draft.apply(writes);
    this.shown = null;
  }

  private ownHead(committed: readonly RecordWrite[]): void {
    const [head, ...rest] = this.predictions;
    const predicted = head.writes;
    if (predicted && equal(predicted, committed)) {
      // The board already shows exactly this: later predictions were made on top of it.
      this.predictions = rest;
      return;
    }
    const written = keysOfWrites(committed);
    const rewritten = rest.some(
      (prediction) => prediction.writes && overlaps(keysOfWrites(prediction.writes), written),
    );
    if (predicted && sameButStamps(predicted, committed) && !rewritten) {
      // Only the server's timestamps and author tags differ, and no later prediction wrote these
      // records (copying the predicted times): take the server's copies.
      this.write(committed);
      this.predictions = rest;
      return;
    }
    this.markStale();
  }
}
