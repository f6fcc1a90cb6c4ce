import { type BoardState, boardOf } from "../../shared/boardState";
import type { Committed } from "../../shared/changes";
import { getRecord } from "../../shared/core/recordState";
import type { BaseRecord } from "../../shared/core/records";
import type { Problem } from "../../shared/errors";
import type { OpResponse } from "../../shared/events";
import type { Op } from "../../shared/ops";
import type { PendingOp, PendingOps } from "./pendingOps";

/** The ops that carry a baseVersion: text edits, which must never win over text their author did not see. */
export type TextEdit = Extract<Op, { type: "card.edit" | "board.update" | "column.rename" | "column.update" }>;

const TEXT_EDITS: ReadonlySet<Op["type"]> = new Set(["card.edit", "board.update", "column.rename", "column.update"]);

export function isTextEdit(op: Op): op is TextEdit {
  return TEXT_EDITS.has(op.type);
}

/**
 * The record a text edit changes. A board has one `board` record, whose id the op does not name:
 * its id is null here and any record of type `board` is meant.
 */
export interface EditTarget {
  type: string;
  id: string | null;
}

export function editTarget(op: TextEdit): EditTarget {
  switch (op.type) {
    case "board.update":
      return { type: "board", id: null };
    // Both edit the column record: an update queued on a pending rename (or the reverse) chains on it.
    case "column.rename":
    case "column.update":
      return { type: "column", id: op.columnId };
    case "card.edit":
      return { type: "card", id: op.cardId };
  }
}

const sameTarget = (a: EditTarget, b: EditTarget) => a.type === b.type && a.id === b.id;

const isTarget = (target: EditTarget, record: { type: string; id: string }) =>
  record.type === target.type && (target.id === null || record.id === target.id);

/** The record a text edit changes, as a state holds it; undefined when it is gone. */
export function targetIn(state: BoardState | null, op: TextEdit): BaseRecord | undefined {
  if (!state) return undefined;
  const target = editTarget(op);
  return target.id === null ? boardOf(state) : getRecord(state, { type: target.type, id: target.id });
}

/** The version of the edited record in a state; undefined when it is gone. */
export function versionIn(state: BoardState | null, op: TextEdit): number | undefined {
  return targetIn(state, op)?.version;
}

/** The version a committed change gave the edited record; undefined when it removed it or left it alone. */
function committedVersion(committed: Committed, op: TextEdit): number | undefined {
  const target = editTarget(op);
  for (const write of committed.writes) if ("put" in write && isTarget(target, write.put)) return write.put.version;
  return undefined;
}

/**
 * SYNC-9: a text edit based on the predicted version of a still pending edit of the same record
 * waits for that one. The user's new words also replace words held back by a conflict there.
 */
export function chained(pending: PendingOps, entry: PendingOp, confirmed: BoardState | null): PendingOp {
  const { op } = entry;
  if (!isTextEdit(op)) return entry;
  const target = editTarget(op);
  const sameRecord = (other: PendingOp) => isTextEdit(other.op) && sameTarget(editTarget(other.op), target);
  for (const held of pending.list()) if (held.blockedBy && sameRecord(held)) pending.remove(held.opId);
  const predecessor = pending.list().findLast(sameRecord);
  // Based on what the server committed (the user saw it): nothing to wait for.
  if (!predecessor || op.baseVersion === versionIn(confirmed, op)) return entry;
  return { ...entry, after: predecessor.opId };
}

/**
 * An op ended: the edits queued on it are rebased onto the version the server committed for it and
 * may go (`released`), or, when it was refused, are held back for the user (`held`, in order).
 */
export function settleChain(pending: PendingOps, opId: string, response: OpResponse) {
  const behind = new Set([opId]);
  const released: string[] = [];
  const held: PendingOp[] = [];
  for (const entry of pending.list()) {
    if (!entry.after || !behind.has(entry.after)) continue;
    const version =
      response.ok && entry.after === opId && isTextEdit(entry.op)
        ? committedVersion(response.committed, entry.op)
        : undefined;
    if (version !== undefined && isTextEdit(entry.op)) {
      pending.update({ opId: entry.opId, op: { ...entry.op, baseVersion: version } });
      released.push(entry.opId);
    } else if (!response.ok) {
      behind.add(entry.opId);
      pending.update({ opId: entry.opId, op: entry.op, blockedBy: opId });
      held.push(entry);
    }
  }
  return { released, held };
}

/**
 * After a reload (or another tab's acknowledgement) an edit may wait on one that is no longer
 * pending, whose committed version this page never learnt. It cannot be rebased safely, so it is
 * held back like one behind a conflict. Returns the op ids newly held.
 */
export function holdOrphans(pending: PendingOps): string[] {
  const pendingIds = new Set(pending.list().map((entry) => entry.opId));
  const orphans = pending.list().filter((entry) => entry.after && !pendingIds.has(entry.after));
  for (const entry of orphans) pending.update({ opId: entry.opId, op: entry.op, blockedBy: entry.opId });
  return orphans.map((entry) => entry.opId);
}

/** Held-back edits whose problem is not shown (say, after a reload): the newest op of each group. */
export function unshownHeld(pending: PendingOps, shown: ReadonlySet<string>): Map<string, Op> {
  const newest = new Map<string, Op>();
  for (const entry of pending.list()) {
    if (entry.blockedBy && !shown.has(entry.blockedBy)) newest.set(entry.blockedBy, entry.op);
  }
  return newest;
}

/** The problem to show again for held-back words: the record as the server has it now. */
export function heldProblem(op: Op, confirmed: BoardState | null): Problem {
  const current = isTextEdit(op) ? targetIn(confirmed, op) : undefined;
  if (!current) return { code: "not_found", message: "This no longer exists." };
  return { code: "conflict", message: "This was saved meanwhile by someone else.", current };
}
